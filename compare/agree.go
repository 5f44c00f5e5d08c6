package compare

// Agreements between passages (see "Differences" in doc.go): aligned rows
// whose passages make the same point. Near-identical clusters are found
// with the wording differences (wording_near.go); both are checked for
// where their passages point by the stance reader beside this file
// (stance.go).

import (
	"math"
	"slices"
	"sort"

	"briefbench/brief"
)

// rowAgreements reports topic rows where at least min(3, number of briefs)
// briefs make the same point: cells whose content stems have a cosine
// similarity of at least agreeMinSim with the rest of the row, that st
// finds pointing the same way and that share specific terms (nil st: any
// shared terms, no stance check).
func rowAgreements(t *Topic, toks [][]token, briefs []*brief.Brief, st *stance, workers int) []Difference {
	// Rows are read on workers goroutines (0 or 1: none), each into its own
	// slot, and collected in row order.
	need := max(2, min(3, len(briefs)))
	found := make([]*Difference, len(t.Rows))
	const chunk = 16
	inParallel(workers, (len(t.Rows)+chunk-1)/chunk, func() func(c int) {
		var cells []int
		return func(c int) {
			for r := c * chunk; r < min(len(t.Rows), (c+1)*chunk); r++ {
				found[r] = rowAgreement(t, t.Rows[r], toks, briefs, st, need, &cells)
			}
		}
	})
	var out []Difference
	for _, d := range found {
		if d != nil {
			out = append(out, *d)
		}
	}
	return out
}

// rowAgreement returns the agreement of one aligned row, or nil. cells is
// scratch space.
func rowAgreement(t *Topic, row Row, toks [][]token, briefs []*brief.Brief, st *stance, need int, scratch *[]int) *Difference {
	cells := (*scratch)[:0]
	defer func() { *scratch = cells }()
	for _, b := range briefs {
		if p := row[b.ID]; p != nil && *p >= 0 && *p < len(t.Passages) {
			cells = append(cells, *p)
		}
	}
	if len(cells) < need {
		return nil
	}
	sets := make([][]string, len(cells)) // sorted distinct content stems
	df := map[string]int{}
	for i, c := range cells {
		var st []string
		for _, tk := range toks[c] {
			if !tk.Stop && !tk.Num {
				st = append(st, tk.Stem)
			}
		}
		slices.Sort(st)
		st = slices.Compact(st)
		for _, w := range st {
			df[w]++
		}
		sets[i] = st
	}
	total2 := 0
	for _, n := range df {
		total2 += n * n
	}
	var agree []int
	for i, s := range sets {
		if len(s) == 0 {
			continue
		}
		dot, rest2 := 0, total2
		for _, w := range s {
			dot += df[w] - 1
			rest2 -= 2*df[w] - 1
		}
		if rest2 <= 0 {
			continue
		}
		if float64(dot)/math.Sqrt(float64(len(s))*float64(rest2)) >= agreeMinSim {
			agree = append(agree, i)
		}
	}
	if len(agree) < need {
		return nil
	}
	if st != nil {
		// Passages that point different ways do not agree, however many
		// words they share; the rest must share specific terms. Leaving
		// passages out never adds shared terms, so a row without enough
		// of them is dropped before its passages are read.
		all := make([][]string, len(agree))
		for k, i := range agree {
			all[k] = sets[i]
		}
		if len(st.specific(t.ID, all, need)) < agreeMinSpecific {
			return nil
		}
		ps := make([]Passage, len(agree))
		pt := make([][]token, len(agree))
		for k, i := range agree {
			ps[k], pt[k] = t.Passages[cells[i]], toks[cells[i]]
		}
		keep := st.consistent(ps, pt)
		// Without a pack's axes the reader cannot tell which way a passage
		// points (two parties both writing on nursery education may want
		// opposite things): an agreement then needs a shared
		// recommendation or figure, not shared words alone.
		if len(st.axes) == 0 && !st.sameWay(ps, pt, keep, need) {
			return nil
		}
		for k, i := range keep {
			keep[k] = agree[i]
		}
		agree = keep
		if len(agree) < need {
			return nil
		}
	}
	kept := make([][]string, len(agree))
	surf := surfaces{}
	for k, i := range agree {
		kept[k] = sets[i]
		text := t.Passages[cells[i]].Text
		for _, tk := range toks[cells[i]] {
			if !tk.Stop && !tk.Num {
				form := tk.Word
				if tk.Upper {
					form = text[tk.Start:tk.End]
				}
				surf.add(tk.Stem, form)
			}
		}
	}
	var terms []string
	if st != nil {
		terms = st.specific(t.ID, kept, need)
		if len(terms) < agreeMinSpecific {
			return nil // only the topic's own, generic or place words in common
		}
	} else {
		terms = sharedStems(kept, need)
	}
	if len(terms) > 5 {
		terms = terms[:5]
	}
	for i, w := range terms {
		terms[i] = shownForm(surf.best(w))
	}
	d := Difference{Kind: KindAgreement, Topic: t.ID, Label: t.Label, Basis: BasisPoint, Terms: terms, Items: []Item{}}
	for _, i := range agree {
		d.Items = append(d.Items, passageItem(t.Passages[cells[i]]))
	}
	return &d
}

// sharedStems returns the stems that at least need of the sets hold, most
// widely shared first (ties: alphabetical).
func sharedStems(sets [][]string, need int) []string {
	n := map[string]int{}
	for _, st := range sets {
		for _, w := range st {
			n[w]++
		}
	}
	var out []string
	for w, c := range n {
		if c >= need {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// surfaces counts the written forms of each stem, to show stems as words.
type surfaces map[string]map[string]int

func (s surfaces) add(term, form string) {
	m := s[term]
	if m == nil {
		m = map[string]int{}
		s[term] = m
	}
	m[form]++
}

// best returns the most frequent written form of term (ties: the smallest).
func (s surfaces) best(term string) string {
	best, n := term, 0
	for f, c := range s[term] {
		if c > n || c == n && f < best {
			best, n = f, c
		}
	}
	return best
}
