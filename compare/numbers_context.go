package compare

import (
	"sort"
	"strings"
)

// The words around a number: two claims can share a key (subject, measure,
// unit and time) and still be about different things, "a $5 billion
// investment package for chip plants" and "a $7 billion investment in a
// shipbuilding fund". A claim keeps the content words of the noun phrase
// its number modifies and of the one prepositional phrase qualifying it
// (Claim.context); two claims whose words are both known and share none are
// not surely comparable (contextsDiffer) and go to related figures.

// qualifierPreps open a phrase that qualifies the number's noun phrase:
// "investment in a shipbuilding fund", "package for chip plants".
var qualifierPreps = map[string]bool{
	"for": true, "in": true, "on": true, "into": true, "at": true, "of": true,
}

// qualifierSkip may stand inside a qualifier without ending it.
var qualifierSkip = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
}

// qualifierIdioms close idioms that qualify nothing: "in place", "in
// total", "on average", "in service".
var qualifierIdioms = map[string]bool{
	"place": true, "total": true, "all": true, "average": true, "service": true,
	"part": true, "fact": true, "turn": true, "practice": true, "short": true,
}

// qualifiers returns the matching forms (sorted, distinct) and the
// verbatim words ("package for semiconductor plants") of what qualifies mention i beyond its measure: the content words
// right after the number (its noun phrase, at most four) and those of one
// prepositional phrase after it (at most three). Words of the measure,
// actors, generic words, numbers and years are left out: they are in the
// key already, or say nothing of what is counted. Years have no qualifiers.
func (c *claimContext) qualifiers(i int, measure, label string) ([]string, string) {
	if c.ms[i].kind == numYear {
		return nil, ""
	}
	inMeasure := map[string]bool{}
	for _, w := range strings.Fields(measure + " " + label) {
		inMeasure[strings.ToLower(w)] = true
	}
	keepIn := func(k int) bool {
		return inMeasure[c.key[k]] || inMeasure[strings.ToLower(c.canon[k])] || inMeasure[c.toks[k].Stem]
	}
	keep := func(k int) bool {
		t := c.toks[k]
		return !c.skip[k] && c.canon[k] != "" && !entities[c.canon[k]] &&
			!genericStems[t.Stem] && !superlatives[t.Word] && numberWords[t.Word] == 0 &&
			!qualifierIdioms[t.Word] && !keepIn(k)
	}
	var keys []string
	first, last := -1, -1
	add := func(k int) {
		if keep(k) {
			keys = append(keys, c.key[k])
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	k, n := c.span[i][1], 0
	// The noun phrase the number modifies: content words up to a stop
	// word, a clause boundary or another number. After a head of people
	// ("troops", "engineers") the next word is a verb ("serve"): stop.
	people := false
	for ; k < len(c.toks) && n < 4; k, n = k+1, n+1 {
		t := c.toks[k]
		if c.owner[k] >= 0 || k > c.span[i][1] && c.bound[k] || t.Stop && !c.skip[k] {
			break
		}
		if people && !c.skip[k] && !keepIn(k) {
			break
		}
		people = people || peopleHeads[c.canon[k]]
		add(k)
	}
	// One prepositional phrase qualifying it.
	if k < len(c.toks) && !c.bound[k] && c.owner[k] < 0 && qualifierPreps[c.toks[k].Word] {
		n = 0
		for k++; k < len(c.toks) && n < 3; k++ {
			t := c.toks[k]
			if c.owner[k] >= 0 || c.bound[k] {
				break
			}
			if t.Stop && !c.skip[k] {
				if n == 0 && qualifierSkip[t.Word] {
					continue
				}
				break
			}
			n++
			add(k)
		}
	}
	if len(keys) == 0 {
		return nil, ""
	}
	phrase := c.text[c.toks[first].Start:c.toks[last].End]
	sort.Strings(keys)
	out := keys[:0]
	for j, s := range keys {
		if j == 0 || s != keys[j-1] {
			out = append(out, s)
		}
	}
	return out, phrase
}

// contextsDiffer reports whether two claims qualify their number with
// different things: both have qualifying words and they share none.
func contextsDiffer(a, b Claim) bool {
	if len(a.context) == 0 || len(b.context) == 0 {
		return false
	}
	for _, x := range a.context {
		j := sort.SearchStrings(b.context, x)
		if j < len(b.context) && b.context[j] == x {
			return false
		}
	}
	return true
}

// contextsAgree reports whether no two claims of idx from different briefs
// qualify their numbers with different things (contextsDiffer).
func contextsAgree(cs []Claim, idx []int) bool { return agreeWithin(cs, idx, false) }

// agreeWithin is contextsAgree; with same set it also compares claims of
// one brief (the points of a trajectory).
func agreeWithin(cs []Claim, idx []int, same bool) bool {
	for x, i := range idx {
		for _, j := range idx[x+1:] {
			if (same || cs[i].Brief != cs[j].Brief) && contextsDiffer(cs[i], cs[j]) {
				return false
			}
		}
	}
	return true
}
