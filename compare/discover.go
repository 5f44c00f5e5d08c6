package compare

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"briefbench/brief"
)

// Discovery constants (see doc.go).
const (
	discoverMinWords = 12   // content words an unassigned passage needs to count as substantive
	discoverMinSim   = 0.22 // cosine similarity that links two unassigned passages
	discoverLabel    = 3    // top terms in a discovered topic's label
	otherTopicID     = "discovered-other"
)

// cluster is a discovered topic under construction.
type cluster struct {
	id, label string
	units     []int     // indices into engine.units
	sims      []float64 // each unit's cosine to the cluster centroid
	terms     []int32   // label features
}

// discover groups substantive passages that no taxonomy topic claimed.
// Linked pairs (cosine at least discoverMinSim, from the capped inverted
// index) are joined into clusters by union-find; each cluster of two or more
// passages becomes a topic labelled by its top terms (summed TF-IDF weight,
// stems shown as their commonest word). Substantive passages left alone go
// to one "other" topic, so nothing substantive falls through. Headings,
// bylines and clutter never reach this point: they are not passages.
func (e *engine) discover() []cluster {
	var idx []int
	var docs []vec
	for i := range e.units {
		u := &e.units[i]
		if len(u.topics) == 0 && u.length >= discoverMinWords {
			idx = append(idx, i)
			docs = append(docs, e.idf.weigh(e.stemsOnly(u.tf)))
		}
	}
	if len(idx) == 0 {
		return nil
	}
	sets := newUnionFind(len(idx))
	ix := newInvIndex(docs, nil)
	ix.workers = e.workers
	for _, ed := range ix.edges(discoverMinSim) {
		sets.union(int(ed.a), int(ed.b))
	}
	groups := map[int][]int{}
	for i := range idx {
		r := sets.find(i)
		groups[r] = append(groups[r], i)
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	var out []cluster
	var other []int
	for _, r := range roots {
		g := groups[r]
		if len(g) < 2 {
			other = append(other, g...)
			continue
		}
		out = append(out, e.makeCluster(g, idx, docs))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].units) > len(out[j].units) })
	if len(other) > 0 {
		c := e.makeCluster(other, idx, docs)
		c.id, c.label = otherTopicID, "Other: "+c.label
		out = append(out, c)
	}
	used := map[string]bool{}
	for i := range out {
		base := out[i].id
		for n := 2; used[out[i].id]; n++ {
			out[i].id = base + "-" + strconv.Itoa(n)
		}
		used[out[i].id] = true
	}
	return out
}

// makeCluster builds a cluster from members g (indices into idx and docs).
func (e *engine) makeCluster(g, idx []int, docs []vec) cluster {
	var centroid vec
	for _, i := range g {
		centroid = centroid.add(docs[i])
	}
	c := cluster{}
	type fw struct {
		f int32
		w float32
	}
	var top []fw
	for k, f := range centroid.ids {
		top = append(top, fw{f, centroid.vals[k]})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].w != top[j].w {
			return top[i].w > top[j].w
		}
		return top[i].f < top[j].f
	})
	var words []string
	for _, t := range top {
		if len(words) == discoverLabel {
			break
		}
		c.terms = append(c.terms, t.f)
		words = append(words, e.lx.vocab.surface[t.f])
	}
	c.label = strings.Join(words, ", ")
	c.id = "discovered-" + brief.Slug(strings.Join(words, " "))
	norm := centroid.dot(centroid)
	for _, i := range g {
		c.units = append(c.units, idx[i])
		s := 0.0
		if norm > 0 {
			s = docs[i].dot(centroid) / math.Sqrt(norm)
		}
		c.sims = append(c.sims, s)
	}
	return c
}

// stemsOnly keeps a vector's stem features (drops cue patterns and alias
// groups), so discovered labels are words of the text.
func (e *engine) stemsOnly(v vec) vec {
	out := vec{}
	for i, f := range v.ids {
		k := e.lx.vocab.keys[f]
		if strings.HasPrefix(k, "p:") || strings.HasPrefix(k, "=") {
			continue
		}
		out.ids = append(out.ids, f)
		out.vals = append(out.vals, v.vals[i])
	}
	return out
}
