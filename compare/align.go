package compare

import (
	"slices"
	"sort"
)

// Alignment constants (see doc.go).
const (
	minAlignSim = 0.12 // cosine similarity below which two passages never share a row
	dupSim      = 0.6  // cosine similarity from which passages count as near-duplicates
)

// alignRows pairs the passages of one topic into rows, at most one passage
// per brief in a row.
//
// docs are the passages' unit-length TF-IDF vectors (stems, cue phrases and
// alias groups, so "ROK" meets "South Korea"), group their briefs. Candidate
// pairs come from a capped inverted index (invIndex.edges), so the cost is
// near-linear in the number of passages. Pairs are then taken greedily, most
// similar first: two rows merge when the pair links them and they share no
// brief (a constrained single-link clustering). Rows are returned as lists
// of passage indices, each list in group order; passages that found no
// partner form rows of their own. Candidate search runs on workers
// goroutines (0 or 1: none); the rows do not depend on it.
func alignRows(docs []vec, group []int32, workers int) [][]int32 {
	n := len(docs)
	row := make([]int32, n) // row id of each passage: union-find root
	members := make([][]int32, n)
	briefs := make([][]int32, n) // sorted groups present in each root's row
	for i := range n {
		row[i] = int32(i)
		members[i] = []int32{int32(i)}
		briefs[i] = []int32{group[i]}
	}
	find := func(x int32) int32 {
		for row[x] != x {
			row[x] = row[row[x]]
			x = row[x]
		}
		return x
	}
	ix := newInvIndex(docs, group)
	ix.workers = workers
	edges := ix.edges(minAlignSim)
	// Near-duplicates first: passages linked by pairs with cosine at least
	// dupSim form groups (whatever their briefs), and a group is dealt into
	// rows, the k-th passage of each brief in the k-th row. Without this, a
	// brief that repeats a passage would block the greedy merge below and
	// leave its duplicates scattered in rows of their own.
	dup := make([]int32, n)
	for i := range dup {
		dup[i] = int32(i)
	}
	findDup := func(x int32) int32 {
		for dup[x] != x {
			dup[x] = dup[dup[x]]
			x = dup[x]
		}
		return x
	}
	for _, e := range edges {
		if e.sim < dupSim {
			break
		}
		a, b := findDup(e.a), findDup(e.b)
		if a != b {
			dup[max(a, b)] = min(a, b)
		}
	}
	slot := map[[2]int32]int32{} // (dup root, k-th row) -> row root
	seen := map[[2]int32]int32{} // (dup root, brief) -> passages so far
	for i := range int32(n) {
		d := findDup(i)
		k := seen[[2]int32{d, group[i]}]
		seen[[2]int32{d, group[i]}] = k + 1
		r, ok := slot[[2]int32{d, k}]
		if !ok {
			slot[[2]int32{d, k}] = i
			continue
		}
		row[i] = r
		members[r] = append(members[r], i)
		briefs[r] = mergeSorted(briefs[r], briefs[i])
		members[i], briefs[i] = nil, nil
	}
	for _, e := range edges {
		a, b := find(e.a), find(e.b)
		if a == b || overlaps(briefs[a], briefs[b]) {
			continue
		}
		if len(members[a]) < len(members[b]) || len(members[a]) == len(members[b]) && b < a {
			a, b = b, a
		}
		row[b] = a
		members[a] = append(members[a], members[b]...)
		briefs[a] = mergeSorted(briefs[a], briefs[b])
		members[b], briefs[b] = nil, nil
	}
	var out [][]int32
	for i := range n {
		if find(int32(i)) != int32(i) {
			continue
		}
		m := members[i]
		sort.Slice(m, func(x, y int) bool {
			if group[m[x]] != group[m[y]] {
				return group[m[x]] < group[m[y]]
			}
			return m[x] < m[y]
		})
		out = append(out, m)
	}
	// Rows in reading order: by their first passage (earliest brief, then
	// earliest passage of it).
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// overlaps reports whether two sorted lists share an element.
func overlaps(a, b []int32) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// mergeSorted merges two sorted lists without duplicates.
func mergeSorted(a, b []int32) []int32 {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}
