package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is one sentence of a paragraph as byte offsets into it.
// Footnote marks glued after the final punctuation ("in 2023.1 This") stay
// with the sentence they close; Note records where such a mark starts (0
// when there is none) so number extraction can skip it.
type Span struct {
	Start, End int
	Note       int
}

// abbrevs are words that end with a period without ending a
// sentence (compared lower-case, without the final period).
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"adm": true, "col": true, "lt": true, "capt": true, "maj": true, "sgt": true,
	"sen": true, "rep": true, "gov": true, "pres": true, "amb": true, "st": true,
	"no": true, "nos": true, "vs": true, "etc": true, "e.g": true, "i.e": true,
	"cf": true, "al": true, "approx": true, "est": true, "fig": true, "p": true,
	"pp": true, "vol": true, "ch": true, "sec": true, "art": true, "para": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "jr": true, "sr": true,
	"u.s": true, "u.k": true, "u.n": true, "r.o.k": true, "d.c": true,
}

// Sentences splits a paragraph into sentences with a fast rule-based
// splitter: a sentence ends at ".", "!", "?" or "…" (plus closing quotes,
// brackets and an optional footnote number of one to three digits) followed by
// white space and a capital letter, digit, quote or bracket. A period after a
// known abbreviation, a single-letter initial or a dotted acronym (U.S.) does
// not end a sentence. Leading and trailing white space is trimmed from each
// span.
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end, note int) {
		s, e := trimSpan(text, start, end)
		if e > s {
			if note >= e || note < s {
				note = 0
			}
			out = append(out, Span{Start: s, End: e, Note: note})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += w
			continue
		}
		j := i + w
		for j < len(text) {
			c, cw := utf8.DecodeRuneInString(text[j:])
			if !strings.ContainsRune(`.!?”’"')]»`, c) {
				break
			}
			j += cw
		}
		note := 0
		k := j
		for k < len(text) && k-j < 3 && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if k > j && (r == '.' && noteCanFollow(text, i) || j > i+w) {
			note = j
			j = k
		}
		if j >= len(text) {
			i = j
			continue
		}
		c, _ := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(c) {
			i = max(j, i+w)
			continue
		}
		k = j
		for k < len(text) {
			c, cw := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(c) {
				break
			}
			k += cw
		}
		if k >= len(text) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		starts := unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`“"‘'([«`, next)
		if starts && (r != '.' || !isAbbrevBefore(text, i)) {
			emit(j, note)
		}
		i = k
	}
	emit(len(text), 0)
	return out
}

// noteCanFollow reports whether digits right after the period at i can be a
// footnote mark rather than decimals: the period follows a word or a
// four-digit year.
func noteCanFollow(text string, i int) bool {
	k := i
	for k > 0 && text[k-1] >= '0' && text[k-1] <= '9' {
		k--
	}
	if i-k == 4 && (k == 0 || !unicode.IsDigit(rune(text[k-1])) && text[k-1] != '.' && text[k-1] != ',') {
		return true
	}
	if i-k > 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

// isAbbrevBefore reports whether the period at i closes an abbreviation, an
// initial or a dotted acronym.
func isAbbrevBefore(text string, i int) bool {
	k := i
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= w
	}
	word := strings.ToLower(text[k:i])
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(text[k:])
		return unicode.IsUpper(r)
	}
	return abbrevs[word]
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}
