package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// token is one word of a text: its analysis (shared by every occurrence of
// the same written word, so a token is three words long) and its position.
// The analysis is read-only: to change a field, copy it first.
type token struct {
	*lex
	Start int // byte offsets in the source string
	End   int
}

// lex is the analysis of one written word.
type lex struct {
	Word  string // lower-cased word as written (apostrophes kept)
	Stem  string // Snowball English stem of Word; Word itself for numbers
	Stop  bool   // a stop word (the, of, and, ...)
	Num   bool   // starts with a digit
	Upper bool   // written as an acronym (two or more capitals, e.g. ROK, MRO)
}

// tokenize splits s into word tokens. Letters, digits and inner apostrophes
// or periods (U.S.) form words; hyphens split words ("self-reliance" gives
// "self" and "reliance") so phrases match either spelling.
func tokenize(s string) []token { return tokenCache(nil).tokenize(s) }

// tokenCache remembers the analysis (lower case, stem, flags) of each distinct
// raw word, so a long text is stemmed once per distinct word rather than once
// per occurrence: several times faster on whole briefs. A nil cache works and
// caches nothing. A cache is not safe for concurrent use: give each goroutine
// its own (newTokenCache).
type tokenCache map[string]*lex

// newTokenCache returns an empty cache.
func newTokenCache() tokenCache { return tokenCache{} }

// tokenize is tokenize (same tokens, same order) using the cache.
func (c tokenCache) tokenize(s string) []token {
	return c.appendTokens(make([]token, 0, len(s)/5+1), s)
}

// appendTokens appends the tokens of s to out and returns it. Callers that
// use the tokens only until the next text reuse one buffer (buf =
// c.appendTokens(buf[:0], s)), which saves most of tokenizing's allocation.
func (c tokenCache) appendTokens(out []token, s string) []token {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		raw := trimWord(s[start:end])
		if raw != "" {
			st := start // words start at a letter or digit: only the tail is trimmed
			l, ok := c[raw]
			if !ok {
				l = newLex(raw)
				if c != nil {
					c[strings.Clone(raw)] = l
				}
			}
			out = append(out, token{l, st, st + len(raw)})
		}
		start = -1
	}
	for i, r := range s {
		var word bool
		if r < utf8.RuneSelf {
			word = asciiWord[r]
		} else {
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if !word {
			inner := (r == '\'' || r == '’' || r == '.') && start >= 0 && i+utf8.RuneLen(r) < len(s) && isWordRune(s[i+utf8.RuneLen(r):])
			if !inner {
				flush(i)
				continue
			}
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(s))
	return out
}

// asciiWord marks the ASCII letters and digits (unicode.IsLetter or IsDigit
// on ASCII), a fast path for the common case.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return t
}()

// trimWord is strings.Trim(w, "'’.") without building a cutset each call.
func trimWord(w string) string {
	for {
		if w != "" && (w[0] == '\'' || w[0] == '.') {
			w = w[1:]
		} else if strings.HasPrefix(w, "’") {
			w = w[len("’"):]
		} else {
			break
		}
	}
	for {
		if n := len(w); n > 0 && (w[n-1] == '\'' || w[n-1] == '.') {
			w = w[:n-1]
		} else if strings.HasSuffix(w, "’") {
			w = w[:len(w)-len("’")]
		} else {
			return w
		}
	}
}

func isWordRune(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// newLex analyses one written word.
func newLex(raw string) *lex {
	caps := 0
	for _, r := range raw {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	lower := strings.ToLower(raw)
	lower = strings.ReplaceAll(lower, "’", "'")
	t := &lex{Word: lower, Upper: caps >= 2 && caps*2 >= utf8.RuneCountInString(raw)}
	first, _ := utf8.DecodeRuneInString(raw)
	t.Num = unicode.IsDigit(first)
	if t.Num {
		t.Stem = lower
		return t
	}
	base := strings.TrimSuffix(strings.TrimSuffix(lower, "'s"), "'")
	base = strings.ReplaceAll(base, ".", "")
	t.Stop = english.IsStopWord(base) || len(base) < 2
	t.Stem = english.Stem(base, false)
	return t
}

// stems returns the stems of the content words of s (no stop words), in order.
func stems(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		if !t.Stop {
			out = append(out, t.Stem)
		}
	}
	return out
}

// phraseStems returns the stem sequence of a cue phrase, keeping every word
// (stop words included) so "rather than" or "burden sharing" match exactly.
func phraseStems(phrase string) []string {
	var out []string
	for _, t := range tokenize(phrase) {
		out = append(out, t.Stem)
	}
	return out
}
