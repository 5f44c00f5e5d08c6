package compare

import (
	"fmt"
	"slices"
	"sort"
)

// Teaching by example: passages an analyst put in a topic (Edits.Moves) or
// marked as its examples (Edits.Examples) teach the topic. Its centroid, the
// mean of its examples' own TF-IDF vectors, seeds discovery (discover.go), and
// the passages that end in its cluster join it, each naming the examples
// most like it as the reason (Passage.Terms: "like <brief> ¶N").
const teachReason = 2 // examples named per passage

// taught is one topic's examples and the passages they bring in.
type taught struct {
	id       string
	examples []int // units
	centroid dense
}

// teach gathers the analyst's examples by topic and their centroids.
// Discovery starts from these centroids (seeded k-means) and keeps the
// examples in them, so passages like the examples, from every brief, join
// the taught topic, and the rest of its subject does not become a second
// topic.
func (e *engine) teach(ed Edits) []taught {
	var ts []taught
	add := func(m Move) {
		if m.To == "" {
			return
		}
		t := slices.IndexFunc(ts, func(t taught) bool { return t.id == m.To })
		if t < 0 {
			ts = append(ts, taught{id: m.To})
			t = len(ts) - 1
		}
		for i := range e.units {
			u := &e.units[i]
			if e.briefs[u.brief].ID == m.Brief && u.para == m.Paragraph && !slices.Contains(ts[t].examples, i) {
				ts[t].examples = append(ts[t].examples, i)
			}
		}
	}
	for _, m := range ed.Examples {
		add(m)
	}
	for _, m := range ed.Moves {
		add(m)
	}
	ts = slices.DeleteFunc(ts, func(t taught) bool { return len(t.examples) == 0 })
	dim := e.lx.vocab.size()
	for t := range ts {
		c := make(dense, dim)
		for _, i := range ts[t].examples {
			v := e.idf.weigh(e.stemsOnly(e.units[i].tf)) // the example's own words, not its neighbours'

			for k, f := range v.ids {
				c[f] += v.vals[k]
			}
		}
		c.normalize()
		ts[t].centroid = c
	}
	return ts
}

// reasons names the examples most like v.
func (e *engine) reasons(v vec, examples []int) []string {
	ctxOf := e.contextVecs()
	ex := slices.Clone(examples)
	sort.SliceStable(ex, func(a, b int) bool { return ctxOf(ex[a]).dot(v) > ctxOf(ex[b]).dot(v) })
	var out []string
	for _, i := range ex[:min(teachReason, len(ex))] {
		u := &e.units[i]
		out = append(out, fmt.Sprintf("like %s ¶%d", e.briefs[u.brief].ID, u.para+1))
	}
	return out
}
