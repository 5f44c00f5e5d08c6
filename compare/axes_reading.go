// How one sentence is read as evidence on an axis: whether it argues at
// all, which cues count, and which single pole it argues. The rules are
// described in doc.go ("Position axes").

package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	"benefit": true, "benefits": true, "strengthen": true,
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
	"notwithstanding": true, "granted": true, "whilst": true, "given": true,
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

// imperatives open a sentence that recommends ("Negotiate a reciprocal
// procurement agreement"; "Encourage Seoul's ambitions"): verbs of policy
// in their base form, language-level.
var imperatives = map[string]bool{
	"negotiate": true, "encourage": true, "expand": true, "strengthen": true, "establish": true,
	"create": true, "build": true, "invest": true, "pursue": true, "develop": true, "launch": true,
	"adopt": true, "deepen": true, "maintain": true, "increase": true, "reduce": true, "avoid": true,
	"ensure": true, "support": true, "promote": true, "consider": true, "explore": true,
	"prioritize": true, "prioritise": true, "seek": true, "resist": true, "reject": true,
	"continue": true, "keep": true, "align": true, "coordinate": true, "integrate": true,
	"conclude": true, "sign": true, "open": true, "allow": true, "enable": true, "provide": true,
	"jointly": true, "reexamine": true, "re-examine": true, "reaffirm": true, "revise": true,
	"require": true, "grant": true, "limit": true, "focus": true, "preserve": true, "protect": true,
}

// enumerators may open a recommendation before its imperative ("Fourth,
// seek a formal assurance ..."; "Finally, reject ...").
var enumerators = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "firstly": true,
	"secondly": true, "thirdly": true, "finally": true, "lastly": true, "next": true,
	"then": true, "also": true, "further": true,
}

// imperativeOpening reports whether a sentence opens with an imperative,
// after an enumerator and its comma ("Fourth, seek ...").
func imperativeOpening(text string, toks []token) bool {
	k := 0
	if len(toks) > 1 && enumerators[toks[0].Word] && strings.Contains(text[toks[0].End:toks[1].Start], ",") {
		k = 1
	}
	return k < len(toks) && imperatives[toks[k].Word]
}

// reporting verbs make what follows them someone else's words: an arguer
// after one ("the two presidents pledged to ... strengthen deterrence")
// is reported, and does not make the sentence argue. Words that are also
// nouns ("states", "claims") are left out: "the United States".
var reporting = map[string]bool{
	"pledged": true, "vowed": true, "promised": true, "announced": true, "declared": true,
	"said": true, "stated": true, "agreed": true, "claimed": true, "reported": true, "told": true,
	"says": true, "pledges": true, "vows": true, "announces": true,
	"declares": true,
}

// pastMarkers make a sentence that does not argue a history ("the last
// quarrel occurred two decades ago"), which is no evidence.
var pastMarkers = map[string]bool{
	"ago": true, "formerly": true, "previously": true, "historically": true, "earlier": true,
}

// argues reports whether a sentence argues (see arguers; not after a
// reporting verb), opens with an imperative (imperativeOpening), or rejects or asserts a cue of the axis through a contrast
// or negation construction (a compared-against "than" or a reported view
// does not argue). A negation that governs no cue takes no position on
// the axis: in "... found buyers in Europe and Southeast Asia, and ...
// proved that Korea can deliver at a speed Western firms could not
// match" the "not" rejects nothing, and the list of markets describes.
func argues(text string, toks []token, marks []mark, hits []hit) bool {
	if imperativeOpening(text, toks) {
		return true
	}
	for _, t := range toks {
		if reporting[t.Word] {
			break // what others pledged or said is theirs, not the brief's
		}
		if arguers[t.Word] {
			return true
		}
	}
	for _, h := range hits {
		for k := h.from; k < h.to; k++ {
			if marks[k].effect == flip || marks[k].effect == boost {
				return true
			}
		}
	}
	return false
}

// describes reports whether a sentence without an arguer only describes:
// it names an actor or place through a name cue ("North Korea tested
// ...", "patrols near Taiwan"), states a figure or a rank ("exports
// reached $14 billion", "the ninth-largest exporter"), opens with an
// actor other than the lexicon's home subject ("Japan, for its part, has
// chosen ..."), tells a history ("two decades ago", pastMarkers), or rests
// on one single-word cue ("integral to the regional economy").
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
	for _, t := range toks {
		if pastMarkers[t.Word] {
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
	namesAsWritten(text, toks, hits)
	if len(hits) == 0 || !argues(text, toks, marks, hits) && describes(text, toks, hits, domain.home) {
		return sentenceHit{}, false
	}
	hits = ungoverned(text, toks, hits)
	pole := -1
	if at := assertStart(text, toks); at > 0 {
		// What comes before the assertion is conceded: its cues count only
		// where the sentence rejects them ("no longer X, instead Y").
		kept := hits[:0:0]
		var after [2]float64
		for _, h := range hits {
			if h.from >= at || marks[h.from].effect == flip {
				kept = append(kept, h)
			}
			if h.from >= at {
				after[h.pole] += h.weight
			}
		}
		hits = kept
		switch {
		case after[0] > after[1]:
			pole = 0
		case after[1] > after[0]:
			pole = 1
		}
	}
	var all [2]float64
	for _, h := range hits {
		all[h.pole] += h.weight
	}
	if pole < 0 {
		switch {
		case all[0]+all[1] == 0:
			return sentenceHit{}, false
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
// after a leading concessive clause ("While X remains essential, ..."; "And
// while X — even Y — Z": the clause ends at its first comma, or after a
// parenthesis between dashes), or after the last pivot word; 0 when the
// sentence has neither.
func assertStart(text string, toks []token) int {
	first := 0
	if len(toks) > 1 && leadConjunctions[toks[0].Word] {
		first = 1
	}
	if len(toks) > first && (concessives[toks[first].Word] || len(toks) > first+1 && toks[first].Word == "even" && concessives[toks[first+1].Word]) {
		inside := false
		for k := first + 1; k < len(toks); k++ {
			gap := text[toks[k-1].End:toks[k].Start]
			switch {
			case strings.ContainsAny(gap, "—–") && !inside:
				inside = true
			case strings.ContainsAny(gap, "—–"):
				return k // the parenthesis between dashes closed: the main clause
			case strings.ContainsAny(gap, ",;:") && !inside:
				return k
			}
		}
	}
	at := 0
	for k := 1; k < len(toks); k++ {
		if pivots[toks[k].Word] && !(toks[k].Word == "but" && toks[k-1].Word == "all") {
			at = k + 1
		}
	}
	return at
}

// leadConjunctions may open a sentence before a concessive ("And while
// ...").
var leadConjunctions = map[string]bool{"and": true, "but": true, "yet": true, "so": true}

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

// namesAsWritten marks as a name a cue the sentence writes with capitals
// ("along the Demilitarized Zone" for the cue "demilitarized zone"), unless
// it opens the sentence or the sentence capitalises most of its words (a
// title).
func namesAsWritten(text string, toks []token, hits []hit) {
	caps, words := 0, 0
	for _, t := range toks {
		if !t.Stop && !t.Num {
			words++
			if r, _ := utf8.DecodeRuneInString(text[t.Start:]); unicode.IsUpper(r) {
				caps++
			}
		}
	}
	if 2*caps >= words {
		return
	}
	for i := range hits {
		h := &hits[i]
		if h.name || h.from == 0 {
			continue
		}
		all := true
		for k := h.from; k < h.to && all; k++ {
			r, _ := utf8.DecodeRuneInString(text[toks[k].Start:])
			all = toks[k].Stop || unicode.IsUpper(r)
		}
		h.name = all
	}
}
