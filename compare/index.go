package compare

import (
	"slices"
)

// Inverted index for candidate pairs. Each feature's postings are sorted by
// weight and cut to postCap entries, and each query visits only its probe
// strongest features, so finding the neighbours of one passage costs at most
// probe*postCap steps however large the corpus: the whole pass is linear in
// the number of passages.
const (
	postCap = 96 // postings kept per feature
	probe   = 24 // features of the query that are looked up
	nearCap = 12 // candidates scored exactly per passage
)

type posting struct {
	doc   int32
	w     float32
	group int32 // the document's group, kept here to spare a lookup per step
}

// invIndex indexes a set of weighted vectors.
type invIndex struct {
	docs  []vec
	group []int32 // documents of the same group (brief) are never paired; -1 pairs all
	post  map[int32][]posting
	// workers bounds the goroutines of edges (0 or 1: none). The result does
	// not depend on it.
	workers int
}

func newInvIndex(docs []vec, group []int32) *invIndex {
	ix := &invIndex{docs: docs, group: group, post: map[int32][]posting{}}
	for d, v := range docs {
		g := int32(-1)
		if group != nil {
			g = group[d]
		}
		for i, f := range v.ids {
			ix.post[f] = append(ix.post[f], posting{int32(d), v.vals[i], g})
		}
	}
	for f, ps := range ix.post {
		// Equal weights (repeated text) are ordered by a hash of document
		// and feature, so each feature keeps a different sample of them and
		// a passage's probes reach many of its duplicates, not the same few.
		slices.SortFunc(ps, func(a, b posting) int {
			if a.w != b.w {
				if a.w > b.w {
					return -1
				}
				return 1
			}
			ha, hb := mix(a.doc, f), mix(b.doc, f)
			if ha != hb {
				if ha < hb {
					return -1
				}
				return 1
			}
			return int(a.doc - b.doc)
		})
		if len(ps) > postCap {
			ix.post[f] = ps[:postCap:postCap]
		}
	}
	return ix
}

// cand is a candidate partner with its partial score and tie-break hash.
type cand struct {
	doc int32
	s   float32
	h   uint32
}

// better orders candidates: higher score first, then lower hash.
func better(s float32, h uint32, c cand) bool {
	return s > c.s || s == c.s && h < c.h
}

// mix hashes two ids into a well-spread tie-break key.
func mix(a, b int32) uint32 {
	x := uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77
	x ^= x >> 15
	x *= 0x2C1B3C6D
	x ^= x >> 12
	return x
}

// edge is a candidate pair with its cosine similarity.
type edge struct {
	a, b int32
	sim  float64
}

// edges returns, for every document, its nearCap best partners (in another
// group) with cosine similarity at least minSim. Each pair appears once
// (a < b), sorted by similarity descending then by index.
func (ix *invIndex) edges(minSim float64) []edge {
	// Documents are queried in chunks, on ix.workers goroutines each with
	// its own scratch space; the chunks' candidates are joined in document
	// order, so the result is that of one goroutine.
	const chunk = 256
	n := len(ix.docs)
	parts := make([][]edge, (n+chunk-1)/chunk)
	inParallel(ix.workers, len(parts), func() func(c int) {
		q := ix.newQuery()
		return func(c int) {
			for d := c * chunk; d < min(n, (c+1)*chunk); d++ {
				parts[c] = q.candidates(d, parts[c])
			}
		}
	})
	var out []edge
	for _, p := range parts {
		out = append(out, p...)
	}
	// Each pair once, then its exact cosine.
	slices.SortFunc(out, func(x, y edge) int {
		if x.a != y.a {
			return int(x.a - y.a)
		}
		return int(x.b - y.b)
	})
	out = slices.Compact(out)
	inParallel(ix.workers, (len(out)+4*chunk-1)/(4*chunk), func() func(c int) {
		return func(c int) {
			for i := c * 4 * chunk; i < min(len(out), (c+1)*4*chunk); i++ {
				out[i].sim = ix.docs[out[i].a].dot(ix.docs[out[i].b])
			}
		}
	})
	kept := out[:0]
	for _, e := range out {
		if e.sim >= minSim {
			kept = append(kept, e)
		}
	}
	out = kept
	slices.SortFunc(out, func(x, y edge) int {
		if x.sim != y.sim {
			if x.sim > y.sim {
				return -1
			}
			return 1
		}
		if x.a != y.a {
			return int(x.a - y.a)
		}
		return int(x.b - y.b)
	})
	return out
}

// query is one goroutine's scratch space for finding candidates.
type query struct {
	ix      *invIndex
	acc     []float32 // partial dot products by document
	touched []int32
	order   []int
	best    []cand // candidates, best first
}

func (ix *invIndex) newQuery() *query {
	return &query{ix: ix, acc: make([]float32, len(ix.docs)), order: make([]int, 0, probe), best: make([]cand, 0, nearCap)}
}

// candidates appends to out document d's nearCap best partners (in another
// group), each pair as (smaller, larger) index without its similarity.
func (q *query) candidates(d int, out []edge) []edge {
	ix, v := q.ix, q.ix.docs[d]
	order := q.order[:0]
	for i := range v.ids {
		order = append(order, i)
	}
	slices.SortFunc(order, func(a, b int) int {
		if v.vals[a] != v.vals[b] {
			if v.vals[a] > v.vals[b] {
				return -1
			}
			return 1
		}
		return a - b
	})
	if len(order) > probe {
		order = order[:probe]
	}
	q.order = order
	acc, touched := q.acc, q.touched[:0]
	g := int32(-1)
	if ix.group != nil {
		g = ix.group[d]
	}
	for _, i := range order {
		for _, p := range ix.post[v.ids[i]] {
			if int(p.doc) == d || p.group >= 0 && p.group == g {
				continue
			}
			if acc[p.doc] == 0 {
				touched = append(touched, p.doc)
			}
			acc[p.doc] += v.vals[i] * p.w
		}
	}
	q.touched = touched
	// Keep the nearCap best candidates (ties by a hash, as above), reset
	// the rest.
	best := q.best[:0]
	for _, o := range touched {
		s := acc[o]
		acc[o] = 0
		h := mix(o, int32(d))
		if len(best) == nearCap && !better(s, h, best[len(best)-1]) {
			continue
		}
		k := len(best)
		if k < nearCap {
			best = append(best, cand{})
		} else {
			k--
		}
		for k > 0 && better(s, h, best[k-1]) {
			best[k] = best[k-1]
			k--
		}
		best[k] = cand{o, s, h}
	}
	q.best = best
	for _, c := range best {
		a, b := int32(d), c.doc
		if a > b {
			a, b = b, a
		}
		out = append(out, edge{a: a, b: b})
	}
	return out
}
