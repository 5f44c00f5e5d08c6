package compare

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels of discovered topics: noun phrases the passages use, ranked by
// class-based TF-IDF (c-TF-IDF, after BERTopic).
const (
	labelMaxWords  = 3   // words in a label phrase at most
	labelMinDocs   = 2   // passages of the topic that use the phrase at least
	labelVerbRate  = 0.3 // a word written after a modal, "to" or a pronoun this often is a verb
	labelModRate   = 0.6 // a word followed by another content word this often is a modifier
	labelPhraseBon = 0.3 // bonus per extra word of a phrase
	labelMore      = 4   // further phrases named in the description
)

// phraseJoins may join two content words inside a label phrase.
var phraseJoins = map[string]bool{"and": true, "of": true}

// verbCues are words that come right before a verb: modals, "to" and
// subject pronouns (language-level, not domain vocabulary).
var verbCues = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "must": true, "can": true, "could": true,
	"may": true, "might": true, "cannot": true, "to": true, "we": true, "they": true, "i": true, "you": true,
	"he": true, "she": true, "it": true, "also": true, "not": true, "have": true, "has": true, "had": true,
	"been": true, "be": true, "being": true, "who": true, "which": true, "that": true,
}

// nounCues are words that come right before a noun phrase: articles,
// possessives, demonstratives and prepositions (language-level). A one-word
// label must follow one of them somewhere in the topic's passages ("the
// price", "in schools"), which keeps verbs and adverbs that slip past the
// verb test ("teachers earn less", "cancel debts") out of labels.
var nounCues = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true,
	"our": true, "their": true, "its": true, "his": true, "her": true, "my": true, "your": true,
	"of": true, "for": true, "in": true, "on": true, "with": true, "by": true, "from": true,
	"into": true, "about": true, "against": true, "between": true, "no": true, "every": true, "each": true,
}

type phraseLabel struct {
	label string
	terms []int32
	more  []string
}

type phraseStat struct {
	stems   []string
	surface map[string]int
	df      []int // per cluster: passages using it
	briefs  []map[int]bool
}

// phraseLabels picks a label for each cluster: among runs of one to
// labelMaxWords content words (not crossing punctuation) that neither start
// nor end with a verb, do not end with a modifier and, for one word, are
// seen after an article or preposition, the phrase with the
// highest c-TF-IDF score, rate·log(1 + A/f), where rate is the share of the
// topic's passages using it, f the number of clustered passages using it and
// A the mean topic size, with a bonus per extra word.
func (e *engine) phraseLabels(cs []cluster) []phraseLabel {
	cache := newTokenCache()
	stats := map[string]*phraseStat{}
	verbAfter, seen := map[string]int{}, map[string]int{}
	modNext := map[string]int{}
	nounAfter := map[string]int{} // a word right after a noun cue
	total := 0
	var buf []token
	for c, cl := range cs {
		for _, ui := range cl.units {
			u := &e.units[ui]
			text := u.text(e.briefs)
			buf = cache.appendTokens(buf[:0], text)
			toks := buf
			used := map[string]bool{}
			for i, t := range toks {
				if t.Stop || t.Num {
					continue
				}
				seen[t.Word]++
				if i > 0 && verbCues[toks[i-1].Word] && gap(text, toks[i-1], t) {
					verbAfter[t.Word]++
				}
				if i > 0 && nounCues[toks[i-1].Word] && gap(text, toks[i-1], t) {
					nounAfter[t.Word]++
				}
				if i+1 < len(toks) && !toks[i+1].Stop && !toks[i+1].Num && gap(text, t, toks[i+1]) {
					modNext[t.Word]++
				}
				joined := false // a phrase may hold one joining word inside ("loss and damage")
				for n := 1; n <= labelMaxWords+1 && i+n <= len(toks); n++ {
					last := toks[i+n-1]
					if last.Num || n > 1 && !gap(text, toks[i+n-2], last) {
						break
					}
					if last.Stop {
						if n == 1 || joined || !phraseJoins[last.Word] {
							break
						}
						joined = true
						continue
					}
					if !joined && n > labelMaxWords {
						break
					}
					var st, sw []string
					for _, x := range toks[i : i+n] {
						st = append(st, x.Stem)
						sw = append(sw, written(text[x.Start:x.End], x.lex, x.Start == toks[0].Start))
					}
					key := strings.Join(st, " ")
					ps := stats[key]
					if ps == nil {
						ps = &phraseStat{stems: st, surface: map[string]int{}, df: make([]int, len(cs)), briefs: make([]map[int]bool, len(cs))}
						stats[key] = ps
					}
					ps.surface[strings.Join(sw, " ")]++
					if !used[key] {
						used[key] = true
						ps.df[c]++
						if ps.briefs[c] == nil {
							ps.briefs[c] = map[int]bool{}
						}
						ps.briefs[c][u.brief] = true
					}
				}
			}
			total++
		}
	}
	verb := func(w string) bool { return float64(verbAfter[w]) >= labelVerbRate*float64(seen[w]) }
	mod := func(w string) bool { return float64(modNext[w]) >= labelModRate*float64(seen[w]) }
	avg := float64(total) / float64(max(1, len(cs)))
	type cand struct {
		key, surf string
		score     float64
		words     []string
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]phraseLabel, len(cs))
	taken := map[string]bool{}
	for c := range cs {
		var cands []cand
		for _, k := range keys {
			ps := stats[k]
			if ps.df[c] < labelMinDocs {
				continue
			}
			surf := commonest(ps.surface)
			words := strings.Fields(strings.ToLower(surf))
			if verbCues[words[0]] || verbCues[words[len(words)-1]] || verb(words[0]) || verb(words[len(words)-1]) || len(words) > 1 && mod(words[len(words)-1]) || len(words) == 1 && mod(words[0]) && !verbCues[words[0]] && seen[words[0]] > 2 || len(words) == 1 && nounAfter[words[0]] == 0 {
				continue
			}
			f := 0
			for _, x := range ps.df {
				f += x
			}
			rate := float64(ps.df[c]) / float64(len(cs[c].units))
			s := rate * math.Log(1+avg/float64(f)) * (1 + labelPhraseBon*float64(len(words)-1))
			if len(cs) > 1 && len(ps.briefs[c]) < 2 {
				s /= 2
			}
			cands = append(cands, cand{k, surf, s, ps.stems})
		}
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
		var pl phraseLabel
		var shown []string
		for _, cd := range cands {
			if pl.label == "" {
				if taken[cd.key] {
					continue
				}
				taken[cd.key] = true
				pl.label = capitalise(cd.surf)
			} else if len(pl.more) < labelMore && !sharesWord(shown, cd.words) {
				pl.more = append(pl.more, cd.surf)
			} else if len(pl.more) >= labelMore {
				break
			} else {
				continue
			}
			shown = append(shown, cd.words...)
			for _, st := range cd.words {
				if id, ok := e.lx.vocab.ids[st]; ok && len(pl.terms) < maxTerms {
					pl.terms = append(pl.terms, id)
				}
			}
		}
		if pl.label == "" {
			pl.label = "Unnamed topic"
		}
		out[c] = pl
	}
	return out
}

// gap reports whether nothing but spaces separates tokens a and b of text.
func gap(text string, a, b token) bool {
	return strings.TrimSpace(text[a.End:b.Start]) == ""
}

// written returns a word as a label shows it: acronyms and capitalised
// proper names as written, other words lower case.
func written(raw string, l *lex, first bool) string {
	if r, _ := utf8.DecodeRuneInString(raw); l.Upper || !first && unicode.IsUpper(r) {
		return raw
	}
	return l.Word
}

func commonest(m map[string]int) string {
	best, bn := "", 0
	for s, n := range m {
		if n > bn || n == bn && s < best {
			best, bn = s, n
		}
	}
	return best
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func sharesWord(a, b []string) bool {
	for _, x := range b {
		for _, y := range a {
			if x == y {
				return true
			}
		}
	}
	return false
}
