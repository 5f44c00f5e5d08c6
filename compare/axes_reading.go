// How one sentence is read as evidence on an axis: whether it argues at
// all, which cues count, and which single pole it argues. The rules are
// described in doc.go ("Position axes").

package compare

import "strings"

// hit is one cue matched in a sentence, after contrast and negation.
type hit struct {
	from, to int // token range
	pole     int
	weight   float64
	label    string
	name     bool // the cue is a proper name ("North Korea", "Taiwan")
}

// arguers are the words that make a sentence argue rather than describe:
// recommending modals, words of priority and focus, and evaluative
// predicates. A sentence without one of them, and without a contrast or
// negation construction, only describes (a threat, a history, a figure,
// another actor's move) and is no evidence. Language-level: no domain
// words.
var arguers = map[string]bool{
	"should": true, "must": true, "ought": true, "shall": true, "need": true, "needs": true,
	"needed": true, "would": true, "cannot": true, "can't": true, "require": true,
	"requires": true, "required": true, "essential": true, "vital": true, "crucial": true,
	"important": true, "necessary": true, "imperative": true, "priority": true,
	"priorities": true, "prioritize": true, "prioritise": true, "prioritizes": true,
	"focus": true, "focused": true, "focuses": true, "focusing": true, "focussed": true,
	"concentrate": true, "concentrated": true, "concentrates": true, "primarily": true,
	"mainly": true, "chiefly": true, "core": true, "central": true, "mission": true,
	"serve": true, "serves": true, "benefit": true, "benefits": true, "strengthen": true,
	"strengthens": true, "anchor": true, "anchors": true, "deserve": true, "deserves": true,
	"best": true, "better": true, "wise": true, "unwise": true, "mistake": true,
	"recommend": true, "recommends": true, "urge": true, "urges": true, "argue": true,
	"argues": true, "case": true, "commit": true, "committed": true,
}

// pivots end the conceded part of a sentence: what follows is what it
// asserts ("no longer ... purely X, instead Y"; "X, but Y").
var pivots = map[string]bool{"instead": true, "but": true, "yet": true, "however": true}

// concessives open a conceded clause that ends at the first comma ("While
// X remains essential, Y must ...").
var concessives = map[string]bool{
	"while": true, "although": true, "though": true, "whereas": true, "despite": true,
	"notwithstanding": true, "granted": true, "whilst": true,
}

// governing words join a cue to the phrase it belongs to ("cooperation,
// especially in X"; "cooperation on X"): a cue so governed by a cue of the
// other pole is part of that pole's phrase and does not count for its own.
var governing = map[string]bool{
	"in": true, "on": true, "of": true, "for": true, "including": true, "especially": true,
	"notably": true, "particularly": true, "such": true, "like": true,
}

// governReach is how many tokens may stand between a governing cue and a
// cue inside its phrase.
const governReach = 8

// argues reports whether a sentence argues (see arguers) or carries a
// contrast or negation construction.
func argues(toks []token, marks []mark) bool {
	for i, t := range toks {
		if arguers[t.Word] || marks[i].effect != plain {
			return true
		}
	}
	return false
}

// describes reports whether a sentence without an arguer only describes:
// it names an actor or place through a name cue ("North Korea tested
// ...", "patrols near Taiwan"), states a figure or a rank ("exports
// reached $14 billion", "the ninth-largest exporter"), opens with an
// actor other than the lexicon's home subject ("Japan, for its part, has
// chosen ..."), or rests on one single-word cue ("integral to the regional
// economy").
func describes(text string, toks []token, hits []hit, home string) bool {
	w := 0.0
	for _, h := range hits {
		if h.name {
			return true
		}
		w += h.weight
	}
	if w < axisPhraseWeight || mayHoldNumber(text) {
		return true
	}
	for k := 0; k < min(2, len(toks)); k++ {
		if e := entityOf(toks, k); e != "" && e != home {
			return true
		}
	}
	return false
}

// read scores one sentence on the axis: nothing when it does not argue
// (no arguer, no contrast or negation) and only describes (describes);
// else its cues (hits), less those inside a phrase of the other pole, and
// then one pole only: the pole of what the
// sentence asserts after a pivot or a conceded clause, else the clearly
// stronger pole (at least twice the other); a sentence balanced between
// the poles counts for neither.
func (cs cueSet) read(text string, toks []token, marks []mark) (sentenceHit, bool) {
	hits := cs.hits(toks, marks)
	if len(hits) == 0 || !argues(toks, marks) && describes(text, toks, hits, numberLex.home) {
		return sentenceHit{}, false
	}
	hits = ungoverned(text, toks, hits)
	var all [2]float64
	for _, h := range hits {
		all[h.pole] += h.weight
	}
	pole := -1
	if at := assertStart(text, toks); at > 0 {
		var after [2]float64
		for _, h := range hits {
			if h.from >= at {
				after[h.pole] += h.weight
			}
		}
		switch {
		case after[0] > after[1]:
			pole = 0
		case after[1] > after[0]:
			pole = 1
		}
	}
	if pole < 0 {
		switch {
		case all[0] > 0 && all[0] >= 2*all[1]:
			pole = 0
		case all[1] > 0 && all[1] >= 2*all[0]:
			pole = 1
		default:
			return sentenceHit{}, false
		}
	}
	var h sentenceHit
	for _, x := range hits {
		if x.pole == pole {
			h.weight[pole] += x.weight
			h.cues[pole] = appendUnique(h.cues[pole], x.label)
		}
	}
	return h, h.weight[pole] > 0
}

// assertStart is the token where the asserted part of a sentence starts:
// after the first comma of a leading concessive clause, or after the last
// pivot word; 0 when the sentence has neither.
func assertStart(text string, toks []token) int {
	if len(toks) > 0 && (concessives[toks[0].Word] || len(toks) > 1 && toks[0].Word == "even" && concessives[toks[1].Word]) {
		for k := 1; k < len(toks); k++ {
			if strings.ContainsAny(text[toks[k-1].End:toks[k].Start], ",;:—–") {
				return k
			}
		}
	}
	at := 0
	for k := 1; k < len(toks); k++ {
		if pivots[toks[k].Word] && !(toks[k].Word == "but" && k > 0 && toks[k-1].Word == "all") {
			at = k + 1
		}
	}
	return at
}

// ungoverned drops the hits that sit inside a phrase of a cue of the other
// pole: "industrial cooperation, especially in ship repair and arms
// exports" (arms exports belongs to the cooperation). The phrase runs at
// most governReach tokens, through commas and dashes but not past a pivot,
// a semicolon or a clause word, and must hold a governing word.
func ungoverned(text string, toks []token, hits []hit) []hit {
	out := hits[:0:0]
	for i, h := range hits {
		inside := false
		for j := i - 1; j >= 0 && !inside; j-- {
			g := hits[j]
			if g.pole == h.pole || h.from-g.to > governReach {
				continue
			}
			gov := false
			for k := g.to; k < h.from; k++ {
				if clauseWords[toks[k].Word] || pivots[toks[k].Word] || k > 0 && strings.ContainsAny(text[toks[k-1].End:toks[k].Start], ";") {
					gov = false
					break
				}
				gov = gov || governing[toks[k].Word]
			}
			inside = gov
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}
