package compare

import (
	"slices"
	"testing"
)

// TestAverageLinkage checks the nearest-neighbour-chain average linkage on
// small distance matrices: the groups below a cut, the number of merges,
// and that a merge is never lower than the merges it builds on.
func TestAverageLinkage(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n      int
		dist   func(i, j int) float32
		cut    float32
		groups [][]int
	}{
		{
			name: "two tight groups",
			n:    5,
			dist: func(i, j int) float32 {
				if (i < 3) == (j < 3) {
					return 0.1
				}
				return 0.9
			},
			cut:    0.5,
			groups: [][]int{{0, 1, 2}, {3, 4}},
		},
		{
			// Points on a line at 0, 0.1, 0.2 and 0.55, 0.65, 0.75: single
			// linkage would chain them (no gap reaches the cut of 0.4);
			// the average distance between the two runs is 0.55.
			name: "a chain is not one group",
			n:    6,
			dist: func(i, j int) float32 {
				at := []float32{0, 0.1, 0.2, 0.55, 0.65, 0.75}
				return max(at[i]-at[j], at[j]-at[i])
			},
			cut:    0.4,
			groups: [][]int{{0, 1, 2}, {3, 4, 5}},
		},
		{
			name:   "one item",
			n:      1,
			dist:   func(int, int) float32 { return 0 },
			cut:    0.5,
			groups: [][]int{{0}},
		},
		{
			name:   "all far apart",
			n:      3,
			dist:   func(int, int) float32 { return 1 },
			cut:    0.5,
			groups: [][]int{{0}, {1}, {2}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := make([]float32, tc.n*tc.n)
			for i := range tc.n {
				for j := range tc.n {
					if i != j {
						d[i*tc.n+j] = tc.dist(i, j)
					}
				}
			}
			ms := averageLinkage(d, tc.n)
			if len(ms) != max(0, tc.n-1) {
				t.Fatalf("%d merges, want %d", len(ms), tc.n-1)
			}
			uf := newUnionFind(tc.n)
			for _, m := range ms {
				if m.height < tc.cut {
					uf.union(m.a, m.b)
				}
			}
			byRoot := map[int][]int{}
			for i := range tc.n {
				byRoot[uf.find(i)] = append(byRoot[uf.find(i)], i)
			}
			var got [][]int
			for _, g := range byRoot {
				got = append(got, g)
			}
			slices.SortFunc(got, func(a, b []int) int { return a[0] - b[0] })
			if !slices.EqualFunc(got, tc.groups, slices.Equal) {
				t.Errorf("groups %v, want %v", got, tc.groups)
			}
			// Monotone: a cluster's merge height is at least that of the
			// merges that built it.
			top := make([]float32, tc.n)
			for _, m := range ms {
				if m.height < top[m.a] || m.height < top[m.b] {
					t.Errorf("merge %v below an earlier merge of its parts (%v, %v)", m, top[m.a], top[m.b])
				}
				top[m.a] = m.height
			}
		})
	}
}
