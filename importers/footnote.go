package importers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file handles footnotes in running text: reference digits glued to
// sentence ends, and the reference lists web pages append.

// stripRefDigits removes footnote reference digits glued to the end of a
// sentence or clause ("...and the UAE.1 In this future", "“lynchpin”2",
// "in 2023.1 This year") while real numbers stay ("2.8 percent", "1953",
// "F-35", "$1.5 billion", "No.1").
func stripRefDigits(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < '0' || c > '9' || i == 0 {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if refDigitsAt(s, i, j) {
			sb.WriteString(s[last:i])
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	sb.WriteString(s[last:])
	return sb.String()
}

// refDigitsAt reports whether s[i:j], a run of digits, is a footnote
// reference glued to the punctuation before it.
func refDigitsAt(s string, i, j int) bool {
	if j-i > 3 {
		return false
	}
	prev, size := utf8.DecodeLastRuneInString(s[:i])
	// What follows: end of text, a space, or closing punctuation.
	var next rune = -1
	var after rune = -1
	if j < len(s) {
		next, _ = utf8.DecodeRuneInString(s[j:])
		if next != ' ' && next != ',' && next != ';' && next != ')' {
			return false
		}
		if next == ' ' && j+1 < len(s) {
			after, _ = utf8.DecodeRuneInString(s[j+1:])
		}
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i-size])
	switch prev {
	case '.', '!', '?':
		if i-size == 0 {
			return false
		}
		if unicode.IsDigit(before) {
			// "in 2023.1 This": only before a new sentence or at the end,
			// and only after a year-like number, so "2.8 percent" stays.
			k := i - size
			n := 0
			for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
				k--
				n++
			}
			return n == 4 && (next == -1 || unicode.IsUpper(after) || after == '“' || after == '"')
		}
		if !unicode.IsLetter(before) && before != ')' && before != '”' && before != '"' && before != '’' {
			return false
		}
		return !abbrevBefore(s[:i-size])
	case '”', '"', '’', ')', ']':
		// “lynchpin”2 — but not "(1)2" style numbering.
		return unicode.IsLetter(before) || before == '.' || before == ',' || before == '?' || before == '!'
	case ',', ';', ':':
		return unicode.IsLetter(before) && (next == ' ' || next == -1)
	}
	return false
}

// abbrevBefore reports whether s ends with an abbreviation that takes a
// number after its dot ("No.", "Vol.", "p.", "Art.", "Fig.").
func abbrevBefore(s string) bool {
	k := strings.LastIndexAny(s, " (\u00a0")
	w := strings.ToLower(s[k+1:])
	switch w {
	case "no", "nos", "vol", "p", "pp", "art", "fig", "sec", "ch", "para", "op", "v", "vs", "ver", "rev", "no.", "ed", "n":
		return true
	}
	return false
}

// hasURL reports whether s holds a web address.
func hasURL(s string) bool {
	return strings.Contains(s, "http://") || strings.Contains(s, "https://") || strings.Contains(s, "www.")
}

// numberedEntry reports whether s starts like a numbered note: "1.", "12 ",
// "[3]", "(4)", "^5".
func numberedEntry(s string) bool {
	s = strings.TrimLeft(s, "[(^")
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 || n == len(s) {
		return false
	}
	switch s[n] {
	case '.', ' ', ']', ')', '\t':
		return true
	}
	return false
}

// referenceEntry reports whether a block is one entry of a reference list:
// it ends with a back-link arrow, or it cites a web address and is numbered,
// a list item, or short and citation-like (several commas).
func referenceEntry(text string, listItem bool) bool {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, "↩") || strings.HasSuffix(t, "↩\ufe0e") || strings.HasSuffix(t, "↩︎") {
		return true
	}
	if !hasURL(t) {
		return false
	}
	if numberedEntry(t) || listItem {
		return true
	}
	return len(strings.Fields(t)) <= 60 && strings.Count(t, ",") >= 2
}

// notesHeading reports whether s is the heading of a notes or references
// section.
func notesHeading(s string) bool {
	switch strings.ToLower(strings.TrimRight(s, ": ")) {
	case "notes", "endnotes", "footnotes", "references", "sources", "bibliography", "works cited", "citations":
		return true
	}
	return false
}
