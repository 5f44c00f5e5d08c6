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

// Reading is a topic laid out to be read across, the way the side-by-side
// view, the workbook's Side by side sheet and the memo show it: one column
// per brief, each brief's passages from the top of its column with no gap
// above any of them, and passages that make the same point (a row of
// Topic.Rows) on one line where they can be.
type Reading struct {
	// Lines[k][c] is the index into Topic.Passages of column c's passage
	// on line k, or -1 where column c has no more passages (or none).
	Lines [][]int
	// Point[i] is the point passage i makes: the index of its row in
	// Topic.Rows. Passages with the same point are linked.
	Point []int
	// Line[i] is the line passage i is on.
	Line []int
	// Empty[c] is true when brief c has no passage in the topic; its
	// column says why once, at the top (present.Absence: "not addressed"
	// when the brief is silent on the topic, Topic.Silent).
	Empty []bool
}

// Reading lays topic t out for the briefs with the given IDs, in column
// order. Each point (a row of Topic.Rows) weighs the summed scores of its
// passages, so a point several briefs make comes before one only one brief
// makes, and a strong passage before a weak one. Lines are filled one at a
// time from the top: the heaviest points whose briefs are all still free on
// the line go on it whole; a brief still free then takes its heaviest
// point it can make alone (a point whose other briefs' passages are already
// placed), and only if it has none, its heaviest point, whose other
// passages then follow on later lines (still linked by Point). So every
// brief that addresses the topic has a passage on the first line, no
// column has a gap, and a point is split across lines only when it must
// be. The layout is deterministic: ties go to the earlier passage.
func (t *Topic) Reading(briefs []string) Reading {
	col := make(map[string]int, len(briefs))
	for c, id := range briefs {
		col[id] = c
	}
	rd := Reading{Point: make([]int, len(t.Passages)), Line: make([]int, len(t.Passages)), Empty: make([]bool, len(briefs))}
	for i := range rd.Point {
		rd.Point[i], rd.Line[i] = -1, -1
	}
	type point struct {
		left   []int // passages not yet placed, in column order
		weight float64
		first  int
	}
	var points []*point
	remaining := make([]int, len(briefs)) // passages not yet placed, per column
	for r, row := range t.Rows {
		p := &point{first: len(t.Passages)}
		for _, id := range briefs {
			i := row[id]
			if i == nil || *i < 0 || *i >= len(t.Passages) || rd.Point[*i] >= 0 {
				continue
			}
			rd.Point[*i] = r
			p.left = append(p.left, *i)
			p.weight += t.Passages[*i].Score
			p.first = min(p.first, *i)
			remaining[col[id]]++
		}
		if len(p.left) > 0 {
			points = append(points, p)
		}
	}
	sort.SliceStable(points, func(a, b int) bool {
		if points[a].weight != points[b].weight {
			return points[a].weight > points[b].weight
		}
		return points[a].first < points[b].first
	})
	total := 0
	for c, n := range remaining {
		rd.Empty[c] = n == 0
		total += n
	}
	free := make([]bool, len(briefs))
	for total > 0 {
		line := make([]int, len(briefs))
		for c := range line {
			line[c] = -1
			free[c] = remaining[c] > 0
		}
		place := func(p *point, i int) {
			c := col[t.Passages[i].Brief]
			line[c], free[c] = i, false
			rd.Line[i] = len(rd.Lines)
			remaining[c]--
			total--
			p.left = slices.DeleteFunc(p.left, func(j int) bool { return j == i })
		}
		for _, p := range points {
			whole := len(p.left) > 0
			for _, i := range p.left {
				whole = whole && free[col[t.Passages[i].Brief]]
			}
			if whole {
				for _, i := range slices.Clone(p.left) {
					place(p, i)
				}
			}
		}
		for c := range briefs {
			if !free[c] {
				continue
			}
			var best *point
			bi := -1
			for _, p := range points {
				for _, i := range p.left {
					if col[t.Passages[i].Brief] != c {
						continue
					}
					if best == nil || len(p.left) == 1 && len(best.left) > 1 {
						best, bi = p, i
					}
				}
				if best != nil && len(best.left) == 1 {
					break
				}
			}
			place(best, bi)
		}
		rd.Lines = append(rd.Lines, line)
	}
	return rd
}
