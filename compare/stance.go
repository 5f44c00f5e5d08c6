package compare

import (
	"fmt"
	"slices"
	"strings"

	"briefbench/text"
)

// Agreement checks (see "Differences" in doc.go).
const (
	// stanceMinLean is the net axis weight (stronger pole minus weaker) a
	// passage needs to lean to a pole; it must also hold twice the weight of
	// the other pole.
	stanceMinLean = 1.0
	// agreeMinSpecific is the fewest specific terms (see stance.specific)
	// the passages of an agreement must share.
	agreeMinSpecific = 2
)

// stance decides whether passages that share words make the same point:
// they must not lean to opposite poles of an axis, one must not reject what
// the other asserts, they must not state different values for one quantity,
// and they must share terms more specific than their topic's own words.
type stance struct {
	axes    []cueSet
	generic map[string]bool            // stems of generic words, alias names and their adjectives
	own     map[string]map[string]bool // topic ID → stems of its one-word cues and label words
	names   []string                   // stems of place names (korea, seoul), for their adjectives
	claims  map[paraKey][]Claim        // conflicting claims by paragraph
}

// newStance prepares the agreement checks for a taxonomy, axes and the
// claims found in the briefs. A nil taxonomy or no axes disable those
// parts of the check.
func newStance(tax *Taxonomy, specs []AxisSpec, claims []Claim) *stance {
	s := &stance{generic: map[string]bool{}, own: map[string]map[string]bool{}, claims: map[paraKey][]Claim{}}
	for _, a := range specs {
		s.axes = append(s.axes, compileAxis(a))
	}
	for _, w := range slices.Concat(domain.generic, genericWords, genericVerbNouns) {
		for _, st := range phraseStems(w) {
			s.generic[st] = true
		}
	}
	if tax != nil {
		for _, g := range tax.Aliases {
			s.addNames(g)
		}
		for _, t := range tax.Topics {
			own := map[string]bool{}
			words := []string{t.Label}
			for _, c := range t.AllCues() {
				c, _, _ = strings.Cut(c, "^")
				if len(tokenize(c)) == 1 {
					words = append(words, c)
				}
			}
			for _, w := range words {
				for _, tk := range tokenize(w) {
					if !tk.Stop {
						own[tk.Stem] = true
					}
				}
			}
			s.own[t.ID] = own
		}
	}
	for _, c := range claims {
		if c.Conflict {
			k := paraKey{c.Brief, c.Paragraph}
			s.claims[k] = append(s.claims[k], c)
		}
	}
	return s
}

// addNames marks the words of an alias group as generic when the group
// names a place or a people: it has a one-word member that is not an
// acronym ("Seoul", "Tokyo"), so "South Korea" and "United States" are
// generic but "Special Measures Agreement" is not. Acronyms are generic
// in every group.
func (s *stance) addNames(group []string) {
	place := false
	for _, a := range group {
		if t := tokenize(a); len(t) == 1 && !t[0].Upper {
			place = true
		}
	}
	for _, a := range group {
		t := tokenize(a)
		if len(t) == 1 && t[0].Upper {
			s.generic[t[0].Stem] = true
			continue
		}
		if !place {
			continue
		}
		for _, x := range t {
			if !x.Stop && !x.Upper {
				s.generic[x.Stem] = true
				if len(x.Stem) >= 5 && !slices.Contains(s.names, x.Stem) {
					s.names = append(s.names, x.Stem)
				}
			}
		}
	}
}

// modals make a clause a recommendation: what it names unnegated is
// asserted, what it negates or rejects ("should not X", "must reject X") is
// rejected.
var modals = map[string]bool{"should": true, "must": true, "ought": true, "shall": true}

// view is what the agreement checks need to know about one passage.
type view struct {
	key  paraKey
	lean []int           // per axis: -1 first pole, +1 second, 0 neither
	sign map[string]int8 // content stem of a recommendation → +1 asserted, -1 only rejected
}

// look reads one passage, given its tokens.
func (s *stance) look(p Passage, all []token) view {
	v := view{key: paraKey{p.Brief, p.Paragraph}, lean: make([]int, len(s.axes)), sign: map[string]int8{}}
	tot := make([][2]float64, len(s.axes))
	for _, sp := range text.Sentences(p.Text) {
		// Token offsets are into p.Text, which contrastMarks reads between
		// tokens, so a sentence is a run of the passage's tokens.
		text := p.Text
		a := 0
		for a < len(all) && all[a].Start < sp.Start {
			a++
		}
		b := a
		for b < len(all) && all[b].End <= sp.End {
			b++
		}
		toks := all[a:b]
		all = all[b:]
		marks := contrastMarks(text, toks, plain, "")
		for _, c := range clauses(text, toks) {
			if !slices.ContainsFunc(toks[c[0]:c[1]], func(t token) bool { return modals[t.Word] }) {
				continue
			}
			for i := c[0]; i < c[1]; i++ {
				tk := toks[i]
				switch {
				case tk.Stop || tk.Num || modals[tk.Word]:
				case marks[i].effect == flip:
					if v.sign[tk.Stem] == 0 {
						v.sign[tk.Stem] = -1
					}
				case marks[i].effect == plain:
					v.sign[tk.Stem] = 1
				}
			}
		}
		for a := range s.axes {
			if h, ok := s.axes[a].read(text, toks, marks); ok {
				for pole := range 2 {
					tot[a][pole] += min(h.weight[pole], axisSentenceCap)
				}
			}
		}
	}
	for a, t := range tot {
		switch {
		case t[1]-t[0] >= stanceMinLean && t[1] >= 2*t[0]:
			v.lean[a] = 1
		case t[0]-t[1] >= stanceMinLean && t[0] >= 2*t[1]:
			v.lean[a] = -1
		}
	}
	return v
}

// clauses returns the [start, end) token ranges of the clauses of one
// sentence, cut where contrastMarks cuts scopes: at , ; : dashes, brackets
// and clause words ("but", "while", ...).
func clauses(text string, toks []token) [][2]int {
	var out [][2]int
	start := 0
	for k := 1; k <= len(toks); k++ {
		if k == len(toks) || strings.ContainsAny(text[toks[k-1].End:toks[k].Start], ",;:—–()[]") || clauseWords[toks[k].Word] {
			out = append(out, [2]int{start, k})
			start = k
		}
	}
	return out
}

// opposed reports whether two passages point different ways: they lean to
// opposite poles of an axis, one only rejects a specific word the other
// asserts, or their paragraphs state different values for one quantity.
func (s *stance) opposed(a, b view) bool {
	for i := range a.lean {
		if a.lean[i]*b.lean[i] < 0 {
			return true
		}
	}
	for st, x := range a.sign {
		if y := b.sign[st]; x*y < 0 && !s.isGeneric("", st) {
			return true
		}
	}
	for _, x := range s.claims[a.key] {
		for _, y := range s.claims[b.key] {
			if x.Key == y.Key && !sameValue(x, y) && !contextsDiffer(x, y) {
				return true
			}
		}
	}
	return false
}

// consistent returns the indices of ps (with their tokens) that point the
// same way: while two
// of them are opposed, the one opposed to the most others is left out; on a
// tie, the one sharing the fewest content stems with the others, then the
// later one. The result keeps the order of ps.
func (s *stance) consistent(ps []Passage, toks [][]token) []int {
	// Passages with the same text read the same way and never oppose each
	// other, so opposition is worked out between distinct texts (groups):
	// a near-duplicate cluster of a thousand copies has a handful.
	n := len(ps)
	group := make([]int, n) // passage -> group
	var reps []int          // group -> its first passage
	byText := map[string]int{}
	for i, p := range ps {
		g, ok := byText[p.Text]
		if !ok {
			g = len(reps)
			byText[p.Text] = g
			reps = append(reps, i)
		}
		group[i] = g
	}
	m := len(reps)
	vs := make([]view, m)
	for g, i := range reps {
		vs[g] = s.look(ps[i], toks[i])
		vs[g].key = paraKey{ps[i].Brief, ps[i].Paragraph}
	}
	opp := make([][]bool, m)
	for g := range opp {
		opp[g] = make([]bool, m)
	}
	conflict := false
	for g := range m {
		for h := g + 1; h < m; h++ {
			if s.opposed(vs[g], vs[h]) {
				opp[g][h], opp[h][g] = true, true
				conflict = true
			}
		}
	}
	in := make([]bool, n)
	left := make([]int, m) // passages of each group still in
	for i := range in {
		in[i] = true
		left[group[i]]++
	}
	size := slices.Clone(left) // passages of each group
	// shared counts the content stems a group's text shares with the other
	// passages, all of them (each other passage holding a stem counts
	// once), read only on a tie.
	var sharedBy []int
	shared := func(g int) int {
		if sharedBy == nil {
			stems := make([][]string, m) // sorted distinct content stems
			df := map[string]int{}
			for h, i := range reps {
				for _, t := range toks[i] {
					if !t.Stop && !t.Num {
						stems[h] = append(stems[h], t.Stem)
					}
				}
				slices.Sort(stems[h])
				stems[h] = slices.Compact(stems[h])
				for _, w := range stems[h] {
					df[w] += size[h]
				}
			}
			sharedBy = make([]int, m)
			for h := range m {
				for _, w := range stems[h] {
					sharedBy[h] += df[w] - 1
				}
			}
		}
		return sharedBy[g]
	}
	for conflict {
		// The passages opposed to the most others (all of a group count
		// alike); among them the one sharing the fewest stems, then the
		// later one, is left out.
		most := 0
		against := make([]int, m)
		for g := range m {
			if left[g] == 0 {
				continue
			}
			for h := range m {
				if opp[g][h] {
					against[g] += left[h]
				}
			}
			most = max(most, against[g])
		}
		if most == 0 {
			break
		}
		var worst []int
		for g := range m {
			if left[g] > 0 && against[g] == most {
				worst = append(worst, g)
			}
		}
		out, overlap := -1, -1
		for i := n - 1; i >= 0; i-- { // later passages first: they win ties
			g := group[i]
			if !in[i] || against[g] != most {
				continue
			}
			if o := shared(g); len(worst) == 1 || overlap < 0 || o < overlap {
				out, overlap = i, o
				if len(worst) == 1 {
					break
				}
			}
		}
		in[out] = false
		left[group[out]]--
	}
	var out []int
	for i, ok := range in {
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// specific returns the stems that at least need of the sets share and that
// are neither generic nor topic's own words, most widely shared first
// (ties: alphabetical). sets hold sorted distinct stems.
func (s *stance) specific(topic string, sets [][]string, need int) []string {
	out := sharedStems(sets, need)
	k := 0
	for _, w := range out {
		if !s.isGeneric(topic, w) {
			out[k] = w
			k++
		}
	}
	return out[:k]
}

// isGeneric reports whether stem w says nothing specific under topic: a
// generic word, a word of an alias (a country, a capital, an acronym), an
// adjective formed from a name ("Korean", "American", "Chinese"), or one of
// the topic's one-word cues or label words.
func (s *stance) isGeneric(topic, w string) bool {
	if s.generic[w] || s.own[topic][w] {
		return true
	}
	for _, n := range s.names {
		if len(w) > len(n)-1 && strings.HasPrefix(w, n[:len(n)-1]) && len(w) <= len(n)+3 {
			return true
		}
	}
	return false
}

// sameWay reports whether need or more of the passages ps[keep] (with
// their tokens) are read pointing the same way, not merely not opposed:
// they lean to the same pole of an axis, recommend the same specific thing
// (a content word asserted after "should" or "must" in each), or state the
// same value of one quantity. Shared words alone are no agreement: two
// parties that both write about nursery education may want opposite
// things.
func (s *stance) sameWay(ps []Passage, toks [][]token, keep []int, need int) bool {
	vs := make([]view, len(keep))
	for k, i := range keep {
		vs[k] = s.look(ps[i], toks[i])
	}
	for a := range s.axes {
		for _, pole := range []int{-1, 1} {
			n := 0
			for _, v := range vs {
				if v.lean[a] == pole {
					n++
				}
			}
			if n >= need {
				return true
			}
		}
	}
	asserted := map[string]int{}
	for _, v := range vs {
		for st, x := range v.sign {
			if x > 0 && !s.isGeneric("", st) {
				asserted[st]++
			}
		}
	}
	for _, n := range asserted {
		if n >= need {
			return true
		}
	}
	values := map[string]int{}
	for k := range vs {
		seen := map[string]bool{}
		for _, c := range s.claims[paraKey{ps[keep[k]].Brief, ps[keep[k]].Paragraph}] {
			id := fmt.Sprint(c.Key, "=", c.Value)
			if !seen[id] {
				seen[id] = true
				values[id]++
			}
		}
	}
	for _, n := range values {
		if n >= need {
			return true
		}
	}
	return false
}
