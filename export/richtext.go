package export

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbench/present"
)

// span is a stretch of passage text with one mark.
type span struct {
	text string
	mark present.Mark
}

// spans cuts text into runs, plain and marked by present.Spans: terms of
// the brief and numbers another brief contradicts.
func spans(text string, terms, numbers []string) []span {
	var out []span
	at := 0
	for _, sp := range present.Spans(text, terms, numbers) {
		if sp.Start > at {
			out = append(out, span{text[at:sp.Start], present.Plain})
		}
		out = append(out, span{text[sp.Start:sp.End], sp.Mark})
		at = sp.End
	}
	if at < len(text) || len(out) == 0 {
		out = append(out, span{text[at:], present.Plain})
	}
	return out
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
