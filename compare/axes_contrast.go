package compare

import (
	"strings"
)

// effect is what a contrast or negation construction does to the cues in its
// scope.
type effect int

const (
	plain effect = iota
	// flip: the cue is rejected ("rather than X", "no longer X", "beyond X",
	// "not X", "cannot ... solely X"); it counts toward the opposite pole at
	// axisFlipWeight.
	flip
	// damp: the cue is conceded but subordinated ("not only X but Y"); it
	// counts toward its own pole at axisFlipWeight.
	damp
	// boost: the cue is what "not only X but Y" asserts (Y); it counts
	// toward its own pole at axisBoostWeight.
	boost
)

// mark is the effect on one token of a sentence and the marker causing it.
type mark struct {
	effect effect
	marker string
}

// contrastRule is one construction: the words that open it, what it does to
// the words after it, and how far its scope reaches (in tokens, never past a
// clause boundary).
type contrastRule struct {
	words  []string
	effect effect
	reach  int
	// thenBoost: the scope ends at "but" and the clause after it is boosted.
	thenBoost bool
}

// contrastRules are tried longest first at each token.
var contrastRules = []contrastRule{
	{words: []string{"as", "opposed", "to"}, effect: flip, reach: 6},
	{words: []string{"in", "place", "of"}, effect: flip, reach: 6},
	{words: []string{"in", "lieu", "of"}, effect: flip, reach: 6},
	{words: []string{"rather", "than"}, effect: flip, reach: 6},
	{words: []string{"instead", "of"}, effect: flip, reach: 6},
	{words: []string{"no", "longer"}, effect: flip, reach: 8},
	{words: []string{"not", "merely"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "simply"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "solely"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "purely"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "exclusively"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "only"}, effect: damp, reach: 8, thenBoost: true},
	{words: []string{"not", "just"}, effect: damp, reach: 8, thenBoost: true},
	{words: []string{"beyond"}, effect: flip, reach: 5},
}

// negators open a short negation scope (4 tokens). When a limiter follows
// inside it ("cannot be defined solely by X"), the scope runs on from the
// limiter to the end of the clause.
var negators = map[string]bool{
	"not": true, "never": true, "cannot": true, "nor": true,
	"neither": true, "without": true,
}

var limiters = map[string]bool{
	"solely": true, "purely": true, "only": true, "merely": true,
	"exclusively": true, "just": true, "simply": true, "primarily": true,
}

// clauseWords start a new clause: a contrast scope never crosses them.
var clauseWords = map[string]bool{
	"but": true, "while": true, "whereas": true, "although": true,
	"though": true, "yet": true, "however": true,
}

const negationReach = 4

// contrastMarks computes the effect of contrast and negation constructions
// on each token of a sentence (see contrastRules and negators).
func contrastMarks(text string, toks []token) []mark {
	marks := make([]mark, len(toks))
	bound := make([]bool, len(toks)) // a clause starts at this token
	for k := range toks {
		if k > 0 && strings.ContainsAny(text[toks[k-1].End:toks[k].Start], ",;:—–()[]") {
			bound[k] = true
		}
		if clauseWords[toks[k].Word] {
			bound[k] = true
		}
	}
	set := func(from, to int, e effect, marker string) {
		for k := from; k < to && k < len(toks); k++ {
			if marks[k].effect == plain {
				marks[k] = mark{effect: e, marker: marker}
			}
		}
	}
	// scopeEnd returns the end of a scope starting at from with the given
	// reach, stopping at a clause boundary.
	scopeEnd := func(from, reach int) int {
		k := from
		for k < len(toks) && k-from < reach && (k == from || !bound[k]) {
			k++
		}
		return k
	}
	for i := 0; i < len(toks); i++ {
		if r, ok := ruleAt(toks, i); ok {
			from := i + len(r.words)
			end := scopeEnd(from, r.reach)
			set(from, end, r.effect, strings.Join(r.words, " "))
			if r.thenBoost && end < len(toks) && toks[end].Word == "but" {
				b := end + 1
				for b < len(toks) && (toks[b].Word == "also" || toks[b].Word == "rather") {
					b++
				}
				set(b, scopeEnd(b, 10), boost, "but")
			}
			i = end - 1
			continue
		}
		w := toks[i].Word
		if !negators[w] && !strings.HasSuffix(w, "n't") {
			continue
		}
		end := scopeEnd(i+1, negationReach)
		for k := i + 1; k < end; k++ {
			if limiters[toks[k].Word] {
				set(k+1, scopeEnd(k+1, 6), flip, w+" "+toks[k].Word)
				break
			}
		}
		set(i+1, end, flip, w)
	}
	return marks
}

func ruleAt(toks []token, i int) (contrastRule, bool) {
	for _, r := range contrastRules {
		if i+len(r.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range r.words {
			if toks[i+k].Word != w {
				ok = false
				break
			}
		}
		if ok {
			return r, true
		}
	}
	return contrastRule{}, false
}
