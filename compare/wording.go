package compare

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// OpKind is the kind of a run of a word diff (Op.Kind).
type OpKind string

// Op kinds of a word diff.
const (
	OpEqual  OpKind = "equal"
	OpDelete OpKind = "delete"
	OpInsert OpKind = "insert"
)

// WordDiff returns the word-level diff that turns a into b: runs of equal,
// deleted (only in a) and inserted (only in b) text. Concatenating the equal
// and delete runs gives a back; equal and insert runs give b.
//
// Both texts are cut into word, white-space and punctuation tokens; each
// distinct token is mapped to one rune (skipping the surrogate range), the
// rune strings are diffed with go-diff's DiffMainRunes and the result is
// mapped back and passed through DiffCleanupSemantic, so the diff never
// splits a word.
//
// timeout bounds the diff's running time; 0 means no limit, which makes the
// result independent of the machine (use 0 for anything stored or tested).
// When a positive timeout expires the diff is still correct but may be
// coarser than the minimal one.
func WordDiff(a, b string, timeout time.Duration) []Op {
	if a == b {
		if a == "" {
			return []Op{}
		}
		return []Op{{Kind: OpEqual, Text: a}}
	}
	codes := map[string]rune{}
	var table []string
	encode := func(s string) []rune {
		toks := diffTokens(s)
		rs := make([]rune, len(toks))
		for i, t := range toks {
			r, ok := codes[t]
			if !ok {
				r = tokenRune(len(table))
				codes[t] = r
				table = append(table, t)
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = timeout
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	out := make([]Op, 0, len(diffs))
	for _, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(table[runeIndex(r)])
		}
		if sb.Len() == 0 {
			continue
		}
		kind := OpEqual
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = OpDelete
		case diffmatchpatch.DiffInsert:
			kind = OpInsert
		}
		if n := len(out); n > 0 && out[n-1].Kind == kind {
			out[n-1].Text += sb.String()
			continue
		}
		out = append(out, Op{Kind: kind, Text: sb.String()})
	}
	return out
}

// tokenRune maps token number i to a rune, skipping the surrogate range
// U+D800..U+DFFF, which is not valid in UTF-8 strings.
func tokenRune(i int) rune {
	r := rune(i + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func runeIndex(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r - 1)
}

// diffTokens cuts s into tokens for WordDiff: runs of letters and digits
// (with inner apostrophes, periods and commas, so "U.S.", "Korea's" and
// "28,500" stay whole), runs of white space, and single other characters.
func diffTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		j := i + w
		switch {
		case isDiffWord(r):
			for j < len(s) {
				c, cw := utf8.DecodeRuneInString(s[j:])
				if isDiffWord(c) {
					j += cw
					continue
				}
				if strings.ContainsRune(`'’.,`, c) && j+cw < len(s) {
					n, _ := utf8.DecodeRuneInString(s[j+cw:])
					if isDiffWord(n) && (c != ',' || unicode.IsDigit(n)) {
						j += cw
						continue
					}
				}
				break
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				c, cw := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(c) {
					break
				}
				j += cw
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func isDiffWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
