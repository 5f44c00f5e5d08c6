package compare

// Own-word evidence (see doc.go, "Discovered topics"). Context
// vectors shape the clusters, but a passage joins a discovered topic only
// when its own words hold one of the topic's characteristic terms.
const (
	charMinPassages = 2 // passages of the topic that hold a characteristic term, at least ...
	charMinBriefs   = 2 // ... from this many briefs, at least (when there are several)
)

// charTerms returns, for each of k clusters, its characteristic stems: the
// stems its passages use at a higher rate than the corpus's passages (the
// class-based document-frequency lift is above 1), held by at
// least charMinPassages of its passages from charMinBriefs briefs or more.
// of maps each clustered unit to its cluster; the counts come from these
// passages' own words, not their context vectors.
func (e *engine) charTerms(of map[int]int, k int) []map[int32]bool {
	type count struct {
		n      int
		briefs map[int]bool
	}
	df := map[int32]int{}
	in := make([]map[int32]*count, k)
	size := make([]int, k)
	for c := range in {
		in[c] = map[int32]*count{}
	}
	allBriefs := map[int]bool{}
	for i := range e.units {
		for _, f := range e.stemsOnly(e.units[i].tf).ids {
			df[f]++
		}
	}
	for i, c := range of {
		size[c]++
		b := e.units[i].brief
		allBriefs[b] = true
		for _, f := range e.stemsOnly(e.units[i].tf).ids {
			x := in[c][f]
			if x == nil {
				x = &count{briefs: map[int]bool{}}
				in[c][f] = x
			}
			x.n++
			x.briefs[b] = true
		}
	}
	minBriefs := min(charMinBriefs, len(allBriefs))
	out := make([]map[int32]bool, k)
	for c := range out {
		out[c] = map[int32]bool{}
		for f, x := range in[c] {
			// x.n/size[c] > df[f]/len(e.units): the topic's rate is above the corpus rate.
			if x.n >= charMinPassages && len(x.briefs) >= minBriefs && x.n*len(e.units) > df[f]*size[c] {
				out[c][f] = true
			}
		}
	}
	return out
}

// holdsChar reports whether unit i's own words hold one of the terms.
func (e *engine) holdsChar(i int, terms map[int32]bool) bool {
	for _, f := range e.units[i].tf.ids {
		if terms[f] {
			return true
		}
	}
	return false
}
