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
	// drop: the cue counts for neither pole ("at the expense of Y": what a
	// rejected course would cost).
	drop
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
	{words: []string{"as", "opposed", "to"}, effect: flip, reach: alternativeReach},
	{words: []string{"in", "place", "of"}, effect: flip, reach: alternativeReach},
	{words: []string{"in", "lieu", "of"}, effect: flip, reach: alternativeReach},
	{words: []string{"rather", "than"}, effect: flip, reach: alternativeReach},
	{words: []string{"instead", "of"}, effect: flip, reach: alternativeReach},
	{words: []string{"no", "longer"}, effect: flip, reach: 8},
	{words: []string{"not", "merely"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "simply"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "solely"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "purely"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "exclusively"}, effect: flip, reach: 8, thenBoost: true},
	{words: []string{"not", "only"}, effect: damp, reach: 8, thenBoost: true},
	{words: []string{"not", "just"}, effect: damp, reach: 8, thenBoost: true},
	{words: []string{"beyond"}, effect: flip, reach: 5},
	{words: []string{"no", "need"}, effect: flip, reach: 8},
	{words: []string{"no", "reason"}, effect: flip, reach: 8},
	{words: []string{"no", "role"}, effect: flip, reach: 8},
	{words: []string{"no", "place"}, effect: flip, reach: 8},
	{words: []string{"no", "interest"}, effect: flip, reach: 8},
	{words: []string{"little", "need"}, effect: flip, reach: 8},
	{words: []string{"wary", "of"}, effect: flip, reach: 8},
	{words: []string{"skeptical", "of"}, effect: flip, reach: 8},
	{words: []string{"sceptical", "of"}, effect: flip, reach: 8},
	{words: []string{"warn", "against"}, effect: flip, reach: 8},
	{words: []string{"resist"}, effect: flip, reach: 8},
	{words: []string{"oppose"}, effect: flip, reach: 8},
	{words: []string{"reject"}, effect: flip, reach: 8},
	{words: []string{"avoid"}, effect: flip, reach: 8},
	{words: []string{"decline", "to"}, effect: flip, reach: 8},
	{words: []string{"refuse", "to"}, effect: flip, reach: 8},
	{words: []string{"stop"}, effect: flip, reach: 8},
	{words: []string{"argue", "against"}, effect: flip, reach: 8},
	{words: []string{"push", "back", "against"}, effect: flip, reach: 8},
	{words: []string{"steer", "clear", "of"}, effect: flip, reach: 8},
	{words: []string{"stay", "out", "of"}, effect: flip, reach: 8},
	{words: []string{"keep", "out", "of"}, effect: flip, reach: 8},
	{words: []string{"the", "mistake", "of"}, effect: flip, reach: 8},
	// "X at the expense of Y": Y is what X would cost, not what the writer
	// argues for or against; it counts for neither pole (X is rejected, see
	// rejectPredicates).
	{words: []string{"at", "the", "expense", "of"}, effect: drop, reach: 8},
	{words: []string{"at", "the", "cost", "of"}, effect: drop, reach: 8},
	// The thing compared against: "contributes more than a Korea stretched
	// across the region".
	{words: []string{"than"}, effect: damp, reach: 6},
}

// negationReach is how far a negator reaches; "nor" and "neither" open a
// whole clause ("Nor should Washington push Seoul into every minilateral
// grouping").
const (
	negationReach = 4
	// phraseReach is how far a negator reaches when what it negates is a
	// noun phrase or a verb with its object ("not a so-called X that would
	// let Y", "should not send units to X", "no role in X"): to the end of
	// the clause, at most this many tokens.
	phraseReach = 16
	// alternativeReach is how far "rather than", "instead of" and "as
	// opposed to" reach: the rejected alternative, to the end of its clause.
	alternativeReach = 12
	// rejectBackReach is how far back a rejecting predicate ("would cost
	// more", "would be a mistake") reaches into its subject.
	rejectBackReach = 24
	norReach        = 10
	// limiterReach is how far a scope runs on after a limiter ("solely",
	// "purely") inside a negation or rejection.
	limiterReach = 8
)

// attributors open a sentence that reports someone else's view ("Some in
// Washington want ...", "Critics argue ..."); with a reporting verb in the
// sentence, all its cues are damped.
var attributors = map[string]bool{
	"some": true, "critics": true, "proponents": true, "advocates": true, "supporters": true,
	"skeptics": true, "sceptics": true, "opponents": true, "others": true,
}

var reportingVerbs = map[string]bool{
	"argue": true, "argues": true, "claim": true, "claims": true, "contend": true,
	"want": true, "wants": true, "say": true, "says": true, "insist": true, "believe": true,
	"urge": true, "call": true, "hope": true, "prefer": true, "see": true,
}

// rejectLeads in a paragraph that ends with a colon make the list items that
// follow it rejected proposals ("we are wary of the proposals now
// circulating:"), so their cues are flipped.
var rejectLeads = map[string]bool{
	"wary": true, "oppose": true, "reject": true, "against": true, "skeptical": true,
	"sceptical": true, "concerns": true, "risks": true, "dangers": true, "pitfalls": true,
	"objections": true, "flaws": true, "doubts": true,
}

// rejectsList reports whether paragraph text introduces a list of rejected
// proposals (see rejectLeads).
func rejectsList(text string, toks []token) bool {
	if !strings.HasSuffix(strings.TrimSpace(text), ":") {
		return false
	}
	for _, t := range toks {
		if rejectLeads[t.Word] {
			return true
		}
	}
	return false
}

// attributed reports whether a sentence reports others' views.
func attributed(toks []token) bool {
	if len(toks) < 2 || !attributors[toks[0].Word] {
		return false
	}
	for _, t := range toks[1:] {
		if reportingVerbs[t.Word] {
			return true
		}
	}
	return false
}

// negators open a short negation scope (4 tokens). When a limiter follows
// inside it ("cannot be defined solely by X"), the scope runs on from the
// limiter to the end of the clause.
var negators = map[string]bool{
	"not": true, "never": true, "cannot": true, "nor": true,
	"neither": true, "without": true, "no": true,
}

// notNegating follow "no" in phrases that do not negate what comes after
// ("no doubt", "no less than", "no matter").
var notNegating = map[string]bool{
	"doubt": true, "less": true, "more": true, "matter": true, "question": true,
	"sooner": true, "longer": true, "fewer": true, "least": true,
}

// harmStems are verbs of harm or loss (stems). Inside a rejection they
// negate again: in "without weakening deterrence on the peninsula" or
// "rather than abandon the peninsula" the peninsula is protected, so a
// rejecting scope ends before such a verb and the cues after it keep their
// own pole.
var harmStems = map[string]bool{
	"weaken": true, "undermin": true, "harm": true, "hurt": true, "abandon": true,
	"neglect": true, "sacrific": true, "erod": true, "damag": true, "jeopard": true,
	"jeopardis": true, "jeopardiz": true, "compromis": true, "reduc": true, "cut": true,
	"lose": true, "lost": true, "loosen": true, "dilut": true, "diminish": true,
	"sidelin": true, "endang": true, "neglig": true, "forsak": true, "drop": true,
	"downgrad": true, "shortchang": true, "starv": true,
}

// phraseOpeners right after a negator show that it negates a noun phrase
// or a verb with its object rather than one word ("not a", "not the",
// "never send"); the scope then runs to the end of the clause (phraseReach).
// Relative words inside the short scope ("not a partner that would ...")
// carry it on too.
var phraseOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "any": true, "some": true, "its": true, "their": true,
	"our": true, "this": true, "that": true, "these": true, "those": true, "so": true,
	"to": true, "be": true, "become": true, "send": true, "join": true, "commit": true,
	"deploy": true, "move": true, "sign": true, "take": true, "use": true, "let": true,
	"allow": true, "seek": true, "support": true, "pursue": true, "accept": true,
	"expand": true, "extend": true, "dispatch": true, "station": true, "tie": true,
	"turn": true, "shift": true, "pull": true, "drag": true, "push": true, "press": true,
	"enter": true, "fight": true, "plan": true, "prepare": true, "make": true,
	"role": true, "part": true, "place": true, "combat": true, "korean": true,
	"american": true, "u.s": true, "us": true, "japanese": true, "in": true, "into": true,
	"on": true, "for": true, "by": true, "from": true, "over": true, "across": true,
	"with": true, "at": true, "toward": true, "towards": true, "through": true,
}

var relativeWords = map[string]bool{"that": true, "which": true, "who": true, "whose": true, "where": true}

// rejectPredicates reject the subject before them: in "pressing Seoul to
// join X, or to plan for Y, would cost more than it adds", X and Y are
// rejected. The scope runs back to the start of the clause (a clause word,
// semicolon, colon, dash or ", and"), at most rejectBackReach tokens; commas
// inside the subject do not end it.
var rejectPredicates = func() [][]string {
	var out [][]string
	for _, p := range []string{
		"would cost more", "will cost more", "cost more than",
		"would cost too", "would be a mistake", "is a mistake",
		"would be an error", "would backfire", "will backfire",
		"would be counterproductive", "is counterproductive",
		"would be unwise", "is unwise", "would be reckless",
		"makes little sense", "make little sense", "makes no sense",
		"would make little sense", "would make no sense", "would distract",
		"would divert", "would undercut", "would do more harm",
		"does more harm", "is a distraction", "would be a distraction",
		"at the expense of", "at the cost of",
	} {
		out = append(out, strings.Fields(p))
	}
	return out
}()

var limiters = map[string]bool{
	"solely": true, "purely": true, "only": true, "merely": true,
	"exclusively": true, "just": true, "simply": true, "primarily": true,
}

// clauseWords start a new clause: a contrast scope never crosses them.
var clauseWords = map[string]bool{
	"but": true, "while": true, "whereas": true, "although": true,
	"though": true, "yet": true, "however": true,
}

// contrastMarks computes the effect of contrast and negation constructions
// on each token of a sentence (see contrastRules and negators).
func contrastMarks(text string, toks []token, whole effect, wholeMarker string) []mark {
	marks := make([]mark, len(toks))
	if whole != plain {
		for k := range marks {
			marks[k] = mark{effect: whole, marker: wholeMarker}
		}
		return marks
	}
	if attributed(toks) {
		for k := range marks {
			marks[k] = mark{effect: damp, marker: "reported view"}
		}
		return marks
	}
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
		if e == flip {
			to = harmCut(toks, from, to)
		}
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
	// Rejecting predicates first: they mark the subject before them.
	for i := range toks {
		n := rejectAt(toks, i)
		if n == 0 {
			continue
		}
		from := i
		for from > 0 && i-from < rejectBackReach && !clauseWords[toks[from].Word] {
			gap := text[toks[from-1].End:toks[from].Start]
			if strings.ContainsAny(gap, ";:—–()[]") || strings.Contains(gap, ",") && (toks[from].Word == "and" || toks[from].Word == "so") {
				break
			}
			from--
		}
		if clauseWords[toks[from].Word] || toks[from].Word == "and" || toks[from].Word == "so" {
			from++
		}
		set(from, i, flip, strings.Join(rejectPredicates[n-1], " "))
	}
	for i := 0; i < len(toks); i++ {
		if r, ok := ruleAt(toks, i); ok {
			from := i + len(r.words)
			end := scopeEnd(from, r.reach)
			for k := from; k < end && r.effect == flip; k++ {
				if limiters[toks[k].Word] {
					// "can no longer be measured purely by X": the scope
					// runs on from the limiter.
					end = max(end, scopeEnd(k+1, limiterReach))
					break
				}
			}
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
		if i+1 < len(toks) && notNegating[toks[i+1].Word] {
			continue // "no doubt", "not least"
		}
		reach := negationReach
		if w == "nor" || w == "neither" {
			reach = norReach
		}
		end := scopeEnd(i+1, reach)
		k := i + 1
		for k < len(toks) && (toks[k].Word == "be" || toks[k].Word == "have" || toks[k].Word == "been") {
			k++ // "should not be", "has not been"
		}
		if k < end && phraseOpeners[toks[k].Word] || w == "no" || w == "without" {
			end = max(end, scopeEnd(i+1, phraseReach))
		} else {
			for k := i + 1; k < end; k++ {
				if relativeWords[toks[k].Word] {
					end = max(end, scopeEnd(i+1, phraseReach))
					break
				}
			}
		}
		for k := i + 1; k < end; k++ {
			if limiters[toks[k].Word] {
				set(k+1, scopeEnd(k+1, limiterReach), flip, w+" "+toks[k].Word)
				break
			}
		}
		set(i+1, end, flip, w)
	}
	return marks
}

// harmCut returns where a rejecting scope [from, to) ends: before its
// first verb of harm (harmStems), or at to.
func harmCut(toks []token, from, to int) int {
	for k := from; k < to && k < len(toks); k++ {
		if harmStems[toks[k].Stem] {
			return k
		}
	}
	return to
}

// rejectAt returns 1 + the index in rejectPredicates of the predicate
// starting at token i, or 0.
func rejectAt(toks []token, i int) int {
	for _, n := range rejectByFirst[toks[i].Word] {
		p := rejectPredicates[n]
		if i+len(p) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p[1:] {
			if toks[i+1+k].Word != w {
				ok = false
				break
			}
		}
		if ok {
			return n + 1
		}
	}
	return 0
}

// rejectByFirst indexes rejectPredicates by their first word (read-only).
var rejectByFirst = func() map[string][]int {
	m := map[string][]int{}
	for n, p := range rejectPredicates {
		m[p[0]] = append(m[p[0]], n)
	}
	return m
}()

// rulesByFirst indexes contrastRules by the stem of their first word
// (read-only). Rules match on stems, so "rejects", "opposed" and "declined
// to" fire as "reject", "oppose" and "decline to" do.
var rulesByFirst = func() map[string][]stemRule {
	m := map[string][]stemRule{}
	for _, r := range contrastRules {
		sr := stemRule{contrastRule: r, stems: phraseStems(strings.Join(r.words, " "))}
		m[sr.stems[0]] = append(m[sr.stems[0]], sr)
	}
	return m
}()

// stemRule is a contrast rule with its words stemmed.
type stemRule struct {
	contrastRule
	stems []string
}

func ruleAt(toks []token, i int) (contrastRule, bool) {
	for _, r := range rulesByFirst[toks[i].Stem] {
		if i+len(r.stems) > len(toks) {
			continue
		}
		ok := true
		for k, w := range r.stems {
			if toks[i+k].Stem != w {
				ok = false
				break
			}
		}
		if ok {
			return r.contrastRule, true
		}
	}
	return contrastRule{}, false
}
