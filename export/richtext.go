package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mark is how a stretch of passage text is emphasised.
type mark uint8

const (
	plain    mark = iota
	term          // one of the brief's distinctive terms
	conflict      // a number another brief contradicts
)

// span is a stretch of text with one mark.
type span struct {
	text string
	mark mark
}

// spans splits text into runs, marking every occurrence of terms (matched
// case-insensitively at word starts and extended to the end of the word,
// so a stem like "self-relian" marks "self-reliance") and of numbers (as
// written, not inside a longer number). Numbers win over terms.
func spans(text string, terms, numbers []string) []span {
	if len(terms) == 0 && len(numbers) == 0 {
		return []span{{text, plain}}
	}
	marks := make([]mark, len(text))
	lower := strings.ToLower(text)
	if len(lower) != len(text) { // case folding changed byte lengths: match as written
		lower = text
	}
	for _, t := range terms {
		t = strings.ToLower(strings.TrimSpace(t))
		if t == "" {
			continue
		}
		for at := 0; ; {
			i := strings.Index(lower[at:], t)
			if i < 0 {
				break
			}
			i += at
			end := i + len(t)
			at = end
			if !wordStart(text, i) {
				continue
			}
			for end < len(text) {
				r, n := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				end += n
			}
			for k := i; k < end; k++ {
				marks[k] = max(marks[k], term)
			}
		}
	}
	for _, num := range numbers {
		num = strings.ToLower(num)
		if num == "" {
			continue
		}
		for at := 0; ; {
			i := strings.Index(lower[at:], num)
			if i < 0 {
				break
			}
			i += at
			end := i + len(num)
			at = end
			if digitAt(text, i-1) || digitAt(text, end) {
				continue
			}
			for k := i; k < end; k++ {
				marks[k] = conflict
			}
		}
	}
	var out []span
	start := 0
	for i := 1; i <= len(text); i++ {
		if i == len(text) || marks[i] != marks[start] {
			out = append(out, span{text[start:i], marks[start]})
			start = i
		}
	}
	return out
}

// wordStart reports whether byte i of s starts a word.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// digitAt reports whether byte i of s is an ASCII digit or a decimal point
// followed by one.
func digitAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	return s[i] >= '0' && s[i] <= '9'
}

// truncate shortens s to at most n runes, ending with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n-1 {
			return strings.TrimRightFunc(s[:k], unicode.IsSpace) + "…"
		}
		i++
	}
	return s
}
