package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// token is one word of a text with its stem and position.
type token struct {
	Word  string // lower-cased word as written (apostrophes kept)
	Stem  string // Snowball English stem of Word; Word itself for numbers
	Stop  bool   // a stop word (the, of, and, ...)
	Num   bool   // starts with a digit
	Upper bool   // written as an acronym (two or more capitals, e.g. ROK, MRO)
	Start int    // byte offsets in the source string
	End   int
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
type tokenCache map[string]token

// newTokenCache returns an empty cache.
func newTokenCache() tokenCache { return tokenCache{} }

// tokenize is tokenize (same tokens, same order) using the cache.
func (c tokenCache) tokenize(s string) []token {
	out := make([]token, 0, len(s)/6+1)
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		raw := strings.Trim(s[start:end], "'’.")
		if raw != "" {
			st := start // words start at a letter or digit: only the tail is trimmed
			if t, ok := c[raw]; ok {
				t.Start, t.End = st, st+len(raw)
				out = append(out, t)
			} else {
				t := newToken(raw, st, st+len(raw))
				if c != nil {
					c[strings.Clone(raw)] = t
				}
				out = append(out, t)
			}
		}
		start = -1
	}
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		inner := (r == '\'' || r == '’' || r == '.') && start >= 0 && i+utf8.RuneLen(r) < len(s) && isWordRune(s[i+utf8.RuneLen(r):])
		switch {
		case word || inner:
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

func isWordRune(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func newToken(raw string, start, end int) token {
	caps := 0
	for _, r := range raw {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	lower := strings.ToLower(raw)
	lower = strings.ReplaceAll(lower, "’", "'")
	t := token{Word: lower, Start: start, End: end, Upper: caps >= 2 && caps*2 >= utf8.RuneCountInString(raw)}
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
