package present

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mark is how a stretch of a passage is emphasised.
type Mark uint8

// Marks, weakest first: where two overlap, the stronger wins.
const (
	Plain    Mark = iota
	Term          // one of the brief's distinctive terms
	Conflict      // a number another brief contradicts
)

// Span is a marked stretch of text, in byte offsets.
type Span struct {
	Start, End int
	Mark       Mark
}

// Spans finds a brief's distinctive terms and disputed numbers in text, the
// one case rule for every highlight the user sees:
//   - matching ignores case (Unicode case folding, even where it changes a
//     letter's length in bytes);
//   - a term matches at the start of a word and extends to the word's end,
//     so a stem ("procur") marks the whole word ("procurement");
//   - a number matches as written, not inside a longer number: not after a
//     digit, '.' or ',' and not before a digit or a '.' or ',' followed by
//     one ("3" is not marked in "13", "3.5" or "1,300");
//   - numbers win over terms.
//
// The spans are sorted, do not overlap and hold only marked text.
func Spans(text string, terms, numbers []string) []Span {
	if len(terms) == 0 && len(numbers) == 0 {
		return nil
	}
	f := Fold(text)
	marks := make([]Mark, len(text))
	for _, t := range terms {
		for _, m := range f.Find(strings.ToLower(strings.TrimSpace(t))) {
			if m[0] > 0 && isWordRune(lastRune(text[:m[0]])) {
				continue
			}
			end := m[1]
			for end < len(text) {
				r, n := utf8.DecodeRuneInString(text[end:])
				if !isWordRune(r) {
					break
				}
				end += n
			}
			for k := m[0]; k < end; k++ {
				marks[k] = max(marks[k], Term)
			}
		}
	}
	for _, n := range numbers {
		for _, m := range f.Find(strings.ToLower(strings.TrimSpace(n))) {
			if m[0] > 0 && isNumberRune(lastRune(text[:m[0]])) || continuesNumber(text[m[1]:]) {
				continue
			}
			for k := m[0]; k < m[1]; k++ {
				marks[k] = Conflict
			}
		}
	}
	var out []Span
	for i := 0; i < len(text); {
		if marks[i] == Plain {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && marks[j] == marks[i] {
			j++
		}
		out = append(out, Span{i, j, marks[i]})
		i = j
	}
	return out
}

// Folded is a text lower-cased for case-insensitive search, with a map back
// to the original's byte offsets where folding changed them.
type Folded struct {
	lower string
	orig  []int // orig[i]: byte offset in the original of lower[i]; nil when equal
}

// Fold lower-cases s for Find.
func Fold(s string) Folded {
	var sb strings.Builder
	sb.Grow(len(s))
	var orig []int
	for i, r := range s {
		lr := unicode.ToLower(r)
		if orig == nil && utf8.RuneLen(lr) != utf8.RuneLen(r) {
			orig = make([]int, sb.Len(), len(s)+1)
			for j := range orig {
				orig[j] = j
			}
		}
		n := sb.Len()
		sb.WriteRune(lr)
		for ; orig != nil && n < sb.Len(); n++ {
			orig = append(orig, i)
		}
	}
	if orig != nil {
		orig = append(orig, len(s))
	}
	return Folded{lower: sb.String(), orig: orig}
}

// Find returns the original byte ranges of every occurrence of needle
// (already lower case), left to right, not overlapping.
func (f Folded) Find(needle string) [][2]int {
	if needle == "" {
		return nil
	}
	var out [][2]int
	for at := 0; ; {
		i := strings.Index(f.lower[at:], needle)
		if i < 0 {
			return out
		}
		s, e := at+i, at+i+len(needle)
		if f.orig != nil {
			out = append(out, [2]int{f.orig[s], f.orig[e]})
		} else {
			out = append(out, [2]int{s, e})
		}
		at = e
	}
}

func isWordRune(r rune) bool   { return unicode.IsLetter(r) || unicode.IsDigit(r) }
func isDigit(r rune) bool      { return r >= '0' && r <= '9' }
func isNumberRune(r rune) bool { return isDigit(r) || r == '.' || r == ',' }

// continuesNumber reports whether rest, the text after a match, goes on
// with the same number: a digit, or a '.' or ',' followed by a digit.
func continuesNumber(rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	if isDigit(r) {
		return true
	}
	return (r == '.' || r == ',') && isDigit(firstRune(rest[n:]))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
