package compare

import "math"

// Choosing the number of discovered topics by consensus (evidence
// accumulation, after Fred and Jain, "Combining multiple clusterings using
// evidence accumulation", IEEE TPAMI 2005). A sample of passages is
// clustered many times, with every k of a grid and discoverSeeds seeds;
// two passages are "together" in the share of those clusterings that put
// them in one cluster. Average linkage over 1 − that share, cut where
// clusters are together in at least half of the clusterings
// (discoverAgree: a majority vote), gives the consensus groups, and k is
// the number of them that could be topics (two or more passages, 2% of
// the sample, from two briefs or more).
//
// It replaced the largest k whose clusterings agreed across seeds
// (adjusted Rand index 0.8 or more): that index always favours k = 2, and
// on the manifestos k = 4 sat at 0.76 to 0.86 depending on the seeds, so
// k flipped between 2 and 4 and precision between 0.37 and 0.81. With the
// consensus, k was 6 or 7 on each of eight seeds, and precision 0.78 to
// 0.83 (see doc.go).

// chooseK picks the number of topics below maxK, at least 2.
func (d *discovery) chooseK(maxK int) int {
	sample, _, briefOf := d.sampleIdx()
	n := len(sample)
	hi := min(maxK, n/discoverMinSize)
	if hi < 2 {
		return 1
	}
	together := make([]float32, n*n) // upper triangle: clusterings that put i and j together
	runs := 0
	for k := 2; k <= hi; k++ {
		if k > discoverFineK && k%discoverFineK != 0 && k != hi {
			continue // above discoverFineK, every discoverFineK-th k is tried
		}
		for s := range discoverSeeds {
			_, a := d.kmeansBest(sample, k, d.seed*100+uint64(s+1), false)
			runs++
			for i := range n {
				row := together[i*n:]
				for j := i + 1; j < n; j++ {
					if a[i] == a[j] {
						row[j]++
					}
				}
			}
		}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			dist := 1 - together[i*n+j]/float32(runs)
			together[i*n+j], together[j*n+i] = dist, dist
		}
	}
	uf := newUnionFind(n)
	for _, m := range averageLinkage(together, n) {
		if m.height < 1-discoverAgree {
			uf.union(m.a, m.b)
		}
	}
	size := map[int]int{}
	briefs := map[int]map[int]bool{}
	all := map[int]bool{}
	for i := range n {
		r := uf.find(i)
		size[r]++
		if briefs[r] == nil {
			briefs[r] = map[int]bool{}
		}
		briefs[r][briefOf[i]] = true
		all[briefOf[i]] = true
	}
	k := 0
	for r, sz := range size {
		if sz >= discoverMinSize && float64(sz) >= discoverMinShare*float64(n) && (len(all) < 2 || len(briefs[r]) >= 2) {
			k++
		}
	}
	return max(2, min(k, hi))
}

// linkMerge is one merge of average linkage: clusters a and b (named by
// one of their items) at distance height.
type linkMerge struct {
	a, b   int
	height float32
}

// averageLinkage clusters n items whose distances are dist (n×n, symmetric;
// overwritten) by average linkage, with the nearest-neighbour chain: O(n²)
// time, no memory beyond dist. It returns the n−1 merges, not sorted;
// average linkage is monotone, so the merges below a height are a cut.
func averageLinkage(dist []float32, n int) []linkMerge {
	size := make([]float32, n)
	active := make([]bool, n)
	for i := range n {
		size[i], active[i] = 1, true
	}
	out := make([]linkMerge, 0, max(0, n-1))
	var chain []int
	next := 0
	for left := n; left > 1; {
		if len(chain) == 0 {
			for !active[next] {
				next++
			}
			chain = append(chain, next)
		}
		a := chain[len(chain)-1]
		prev, best := -1, float32(math.Inf(1))
		if len(chain) > 1 {
			prev = chain[len(chain)-2]
			best = dist[a*n+prev] // ties go to the chain's previous item, so the chain ends
		}
		b := prev
		for x := range n {
			if x != a && active[x] && dist[a*n+x] < best {
				b, best = x, dist[a*n+x]
			}
		}
		if b != prev {
			chain = append(chain, b)
			continue
		}
		chain = chain[:len(chain)-2]
		out = append(out, linkMerge{a, b, best})
		for x := range n {
			if active[x] && x != a && x != b {
				v := (size[a]*dist[a*n+x] + size[b]*dist[b*n+x]) / (size[a] + size[b])
				dist[a*n+x], dist[x*n+a] = v, v
			}
		}
		size[a] += size[b]
		active[b] = false
		left--
	}
	return out
}
