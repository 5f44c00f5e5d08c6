package present

import (
	"strings"
	"unicode"

	"briefbench/text"
)

// QuoteWords is the longest verbatim quote, in words: a longer sentence is
// cut with " …".
const QuoteWords = 40

// Sentences splits a paragraph into its sentences with the engine's
// splitter (text.Sentences), so a quote ends where the engine's sentence
// ends.
func Sentences(s string) []string {
	spans := text.Sentences(s)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.Start:sp.End]
	}
	return out
}

// Lead quotes the first sentence of a paragraph, cut to QuoteWords words.
func Lead(s string) string {
	ss := Sentences(s)
	if len(ss) == 0 {
		return ""
	}
	return Words(ss[0])
}

// Words cuts s to QuoteWords words, marking the cut with " …".
func Words(s string) string {
	words := strings.Fields(s)
	if len(words) > QuoteWords {
		return strings.Join(words[:QuoteWords], " ") + " …"
	}
	return s
}

// Clip shortens s to at most n runes for a one-line label, cutting at the
// last space in the second half when there is one and ending with "…".
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRightFunc(cut, unicode.IsSpace) + "…"
}
