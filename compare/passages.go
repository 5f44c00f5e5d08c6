package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbench/brief"
	"briefbench/text"
)

// Passage selection. Body paragraphs, list items and quotes are candidate
// passages; headings only give context (Passage.Section); captions and
// footnotes are skipped, and so are lines too short to discuss anything and
// leftover clutter the importer let through (bylines, credits, author bios,
// disclaimers, exact repeats such as pull quotes).
const (
	minPassageWords  = 6  // fewer words: not a passage
	sentenceMinWords = 7  // a heading this long that reads as a sentence is a passage
	clutterMaxWords  = 70 // clutter patterns apply only to paragraphs shorter than this
	splitMinWords    = 90 // a paragraph this long may be split into sentence runs
	splitMinSents    = 3  // ... when it has this many sentences or more
	repeatWindow     = 3  // a short paragraph repeating text of one this close is a pull quote
	repeatMaxWords   = 60 // ... when it has at most this many words
)

var (
	// clutterStarts are first words of page furniture (bylines, credits).
	clutterStarts = []string{"by", "author", "authors", "author:", "authors:", "published", "posted", "updated", "photo", "image", "credit", "credits", "source:", "copyright", "©", "read more", "share", "follow us", "subscribe", "click", "download", "return to", "related", "tags", "tags:", "category", "categories", "contact", "editor's note"}
	// clutterPhrases anywhere in a short text mark it as furniture.
	clutterPhrases = []string{"nonpartisan", "non-partisan", "accepts funding", "list of supporters", "about the author", "views expressed", "do not necessarily reflect", "is registered under", "all rights reserved", "sign up for", "newsletter", "http://", "https://", "www."}
)

// guessedHeadings reports whether a brief's headings were guessed from
// plain text (no markup says what a heading is).
func guessedHeadings(b *brief.Brief) bool {
	switch b.Source.Format {
	case "txt", "text", "paste":
		return true
	}
	return false
}

// candidate reports whether paragraph p may be a passage; guessed says the
// brief's headings were guessed from plain text.
func candidate(p brief.Paragraph, guessed bool) bool {
	switch p.Kind {
	case brief.Caption, brief.Footnote:
		return false
	case brief.Heading:
		// A plain-text importer cannot always tell a short unpunctuated
		// sentence from a heading; there, a "heading" that reads as a
		// sentence is a passage.
		if !guessed || !sentenceLike(p.Text) {
			return false
		}
	}
	return !clutter(p.Text)
}

// sentenceLike reports whether a heading reads as a sentence: at least
// sentenceMinWords words, most of its content words (after the first word)
// in lower case, and no colon at the end.
func sentenceLike(text string) bool {
	t := strings.TrimSpace(text)
	if brief.WordCount(t) < sentenceMinWords || strings.HasSuffix(t, ":") {
		return false
	}
	lower, content := 0, 0
	for i, tok := range tokenize(t) {
		if tok.Stop || tok.Num || i == 0 {
			continue
		}
		content++
		if r, _ := utf8.DecodeRuneInString(t[tok.Start:]); unicode.IsLower(r) {
			lower++
		}
	}
	return content > 0 && lower*2 > content
}

// leadIn reports whether paragraph i introduces a list: body text of
// three words or more ending in a colon, followed by a list item. Such a
// line is a passage even when short, and takes its topic from the list.
func leadIn(ps []brief.Paragraph, i int) bool {
	p := ps[i]
	return p.Kind == brief.Body && i+1 < len(ps) && ps[i+1].Kind == brief.ListItem &&
		strings.HasSuffix(strings.TrimSpace(p.Text), ":") && brief.WordCount(p.Text) >= 3
}

// clutter reports whether text is too short or looks like page furniture.
func clutter(text string) bool {
	n := brief.WordCount(text)
	if n < minPassageWords {
		return true
	}
	letters, total := 0, 0
	for _, r := range text {
		if !unicode.IsSpace(r) {
			total++
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	if letters*2 < total {
		return true // tables of numbers, link lists, stray marks
	}
	if n >= clutterMaxWords {
		return false
	}
	lower := strings.ToLower(strings.TrimSpace(text))
	for _, w := range clutterStarts {
		if strings.HasPrefix(lower, w) && (len(lower) == len(w) || !isWordRune(lower[len(w):])) {
			if w == "by" && hasVerbCue(text) {
				continue // "By April there will be ...": a sentence, not a byline
			}
			return true
		}
	}
	for _, w := range clutterPhrases {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return authorBio(text)
}

// hasVerbCue reports whether text has a word that comes with a verb (a
// modal, "to", a subject pronoun): a byline has none.
func hasVerbCue(text string) bool {
	for _, t := range tokenize(text) {
		if verbCues[t.Word] {
			return true
		}
	}
	return false
}

// bioRoles are words of an author's biography line.
var bioRoles = []string{"fellow", "director", "chair", "professor", "scholar", "analyst", "researcher", "president", "editor", "correspondent", "adviser", "advisor"}

// authorBio reports whether a short text reads like an author's biography:
// a capitalised name of two to six words, then "is a/an/the ..." or
// "serves as ...", and a role word such as fellow or director.
func authorBio(text string) bool {
	verb := -1
	rest := text
	for i := 0; i < 7 && verb < 0; i++ {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			return false
		}
		w := rest[:end]
		rest = rest[end:]
		if w == "is" || w == "was" || w == "serves" {
			verb = i
			break
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	if verb < 2 { // a person's name has two words or more
		return false
	}
	lower := strings.ToLower(text)
	for _, r := range bioRoles {
		if strings.Contains(lower, r) {
			return true
		}
	}
	return false
}

// repeats reports whether paragraph i of ps repeats text found in a nearby
// paragraph (a pull quote or a duplicated block).
func repeats(ps []brief.Paragraph, cand []bool, i int) bool {
	t := strings.TrimSpace(ps[i].Text)
	if brief.WordCount(t) > repeatMaxWords {
		return false
	}
	for j := max(0, i-repeatWindow); j <= min(len(ps)-1, i+repeatWindow); j++ {
		if j == i || !cand[j] {
			continue
		}
		o := ps[j].Text
		if len(o) > len(t) && strings.Contains(o, t) || len(o) == len(t) && o == t && j < i {
			return true
		}
	}
	return false
}

// unit is a candidate passage: a whole paragraph, or a run of its
// sentences once a long multi-topic paragraph is split.
type unit struct {
	brief  int
	para   int
	sent   int // 1-based first sentence for a split run; 0 for a whole paragraph
	start  int // byte span in the paragraph's text
	end    int
	words  int
	length int // content words
	tf     vec
	leadIn bool   // introduces the list that follows ("The agenda:")
	sents  []unit // sentence units of a long paragraph (sent set), for splitting
	topics []topicScore
	near   []int // taxonomy topics with sure evidence that lost to stronger ones (Topic.Elsewhere)
}

// text returns the unit's verbatim text.
func (u *unit) text(bs []*brief.Brief) string {
	return bs[u.brief].Paragraphs[u.para].Text[u.start:u.end]
}

// rawUnit is a unit before its stems are interned.
type rawUnit struct {
	para, sent, start, end, words int
	bag                           bag
	leadIn                        bool
	sents                         []rawUnit
}

// readBrief picks a brief's candidate paragraphs and featurizes them (and
// the sentences of long ones). It touches only the lexicon (read-only) and
// its own cache, so briefs are read in parallel.
func (lx *lexicon) readBrief(b *brief.Brief, cache tokenCache, surf map[*lex]int) []rawUnit {
	var out []rawUnit
	var buf []token // one paragraph's tokens, reused
	cand := make([]bool, len(b.Paragraphs))
	lead := make([]bool, len(b.Paragraphs))
	guessed := guessedHeadings(b)
	for i, p := range b.Paragraphs {
		cand[i] = candidate(p, guessed)
		lead[i] = leadIn(b.Paragraphs, i)
		cand[i] = cand[i] || lead[i]
	}
	for i, p := range b.Paragraphs {
		if !cand[i] || repeats(b.Paragraphs, cand, i) {
			continue
		}
		buf = cache.appendTokens(buf[:0], p.Text)
		toks := buf
		ru := rawUnit{para: i, end: len(p.Text), words: brief.WordCount(p.Text), bag: lx.featurize(toks, surf), leadIn: lead[i]}
		if ru.words >= splitMinWords {
			if ss := text.Sentences(p.Text); len(ss) >= splitMinSents {
				k := 0
				for n, s := range ss {
					j := k
					for j < len(toks) && toks[j].Start < s.End {
						j++
					}
					ru.sents = append(ru.sents, rawUnit{
						para: i, sent: n + 1, start: s.Start, end: s.End,
						words: brief.WordCount(p.Text[s.Start:s.End]), bag: lx.featurize(toks[k:j], nil),
					})
					k = j
				}
			}
		}
		out = append(out, ru)
	}
	return out
}

// internUnit turns a raw unit of brief bi, whose stems are all assigned
// ids (vocab.assign), into a unit. It only reads the vocabulary.
func (v *vocab) internUnit(bi int, r rawUnit) unit {
	u := unit{brief: bi, para: r.para, sent: r.sent, start: r.start, end: r.end, words: r.words, length: r.bag.length, tf: v.lookup(r.bag), leadIn: r.leadIn}
	for _, s := range r.sents {
		u.sents = append(u.sents, v.internUnit(bi, s))
	}
	return u
}
