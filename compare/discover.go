package compare

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"

	"briefbench/brief"
)

// Discovery constants (see doc.go, "Discovered topics"). They are fixed,
// never fitted per corpus.
const (
	discoverMinWords = 6    // content words a passage needs to shape the clusters
	discoverCtx      = 0.5  // weight of each neighbouring passage in a passage's context vector
	discoverCtxWin   = 2    // neighbours on each side (same brief)
	discoverCtxLen   = 8.0  // a passage longer than this many content words leans on its neighbours less, in proportion
	discoverOwnLen   = 16   // a passage this long (content words) goes to the topic its own words are nearest, when it fits
	discoverSample   = 1500 // passages used to choose the number of topics
	discoverIters    = 25   // k-means iterations at most
	discoverFineK    = 10   // every k up to this is tried; above it, multiples of it and maxK
	discoverRestarts = 5    // k-means runs from different seeds; the tightest is kept
	discoverMinSize  = 2    // a topic holds at least this many passages ...
	discoverMinShare = 0.02 // ... and this share of the clustered passages ...
	discoverCohesion = 0.15 // ... whose mean cosine to its centroid is at least this (no catch-all)
	discoverAssign   = 0.03 // cosine to a centroid a passage needs to join its topic
	discoverOwn      = 0.02 // cosine of a passage's own words (six or more) to its topic's centroid, at least
	discoverNearTie  = 0.8  // a runner-up topic this close (share of the nearest's cosine) that a passage also fits: its brief is not silent on it
	discoverMargin   = 0.0  // ... and its lead over the second-best centroid
	discoverSeeds    = 4    // differently seeded clusterings of the sample at each k (consensus.go)
	discoverAgree    = 0.5  // share of those clusterings that must put two passages together (consensus.go)
	// DefaultMaxDiscovered is the default of Options.MaxDiscovered.
	DefaultMaxDiscovered = 20
)

// cluster is a discovered topic under construction.
type cluster struct {
	id, label, description string
	units                  []int     // indices into engine.units
	sims                   []float64 // each unit's cosine to the cluster centroid
	terms                  []int32   // label features
	taught                 bool      // the members join the taught topic id
	reasons                [][]string
	near                   []int // units that fit the topic too but sit under a nearer topic or none
}

// discovery holds the vectors of one discovery pass.
type discovery struct {
	e    *engine
	idx  []int // units taking part (indices into engine.units)
	ctx  []vec // own plus neighbours, unit length
	dim  int
	seed uint64
	// Taught topics (teach.go) seed the first centroids; their examples
	// stay in them.
	seeds []dense
	fixed []int // per clustered passage: its taught topic, or -1
}

// contextVecs returns, for a unit, its context vector: its unit-length
// TF-IDF vector over shared stems (sharedStems) plus discoverCtx times those of the discoverCtxWin
// passages on each side in the same brief, normalised. Neighbours carry the
// subject of a short line ("We must do more."); the vectors are computed
// once and cached.
func (e *engine) contextVecs() func(int) vec {
	if e.ctxVecs == nil {
		e.ctxVecs = make([]vec, len(e.units))
		e.ownVecs = make([]vec, len(e.units))
		e.shared = e.sharedStems()
	}
	shared := e.shared
	own := func(i int) vec {
		if e.ownVecs[i].ids == nil {
			e.ownVecs[i] = e.idf.weigh(keepShared(e.stemsOnly(e.units[i].tf), shared))
			if e.ownVecs[i].ids == nil {
				e.ownVecs[i].ids = []int32{}
			}
		}
		return e.ownVecs[i]
	}
	return func(i int) vec {
		if e.ctxVecs[i].ids != nil {
			return e.ctxVecs[i]
		}
		u := &e.units[i]
		v := own(i)
		w := discoverCtx * min(1, discoverCtxLen/float64(max(1, u.length)))
		for k := i - discoverCtxWin; k <= i+discoverCtxWin; k++ {
			if k == i || k < 0 || k >= len(e.units) || e.units[k].brief != u.brief {
				continue
			}
			v = v.add(scaled(own(k), float32(w)))
		}
		v = normalized(v)
		if v.ids == nil {
			v.ids = []int32{}
		}
		e.ctxVecs[i] = v
		return v
	}
}

// discover clusters the passages no taxonomy topic claimed into topics that
// recur across briefs. maxK bounds the number of topics; seed seeds k-means. It returns the
// clusters and the units left unassigned.
func (e *engine) discover(maxK int, seed uint64, ts []taught) ([]cluster, []int) {
	if maxK <= 0 {
		maxK = DefaultMaxDiscovered
	}
	d := &discovery{e: e, seed: seed}
	example := map[int]int{}
	for t := range ts {
		for _, i := range ts[t].examples {
			example[i] = t
		}
	}
	var free []int // every unclaimed unit
	for i := range e.units {
		if _, ok := example[i]; ok || len(e.units[i].topics) == 0 {
			free = append(free, i)
		}
	}
	global := e.contextVecs()
	for _, i := range free {
		t, ok := example[i]
		if e.units[i].length >= discoverMinWords || ok {
			if !ok {
				t = -1
			}
			d.idx = append(d.idx, i)
			d.fixed = append(d.fixed, t)
		}
	}
	if len(d.idx) < discoverMinSize {
		return nil, free
	}
	// Centroids are dense over the features the clustered passages use
	// only (local ids), which keeps k-means cheap on a large vocabulary.
	local := make([]int32, e.lx.vocab.size())
	for i := range local {
		local[i] = -1
	}
	for _, i := range d.idx {
		for _, f := range global(i).ids {
			if local[f] < 0 {
				local[f] = int32(d.dim)
				d.dim++
			}
		}
	}
	toLocal := func(v vec) vec {
		out := vec{ids: make([]int32, 0, len(v.ids)), vals: make([]float32, 0, len(v.ids))}
		for k, f := range v.ids {
			if local[f] >= 0 {
				out.ids = append(out.ids, local[f])
				out.vals = append(out.vals, v.vals[k])
			}
		}
		return out
	}
	ctxOf := func(i int) vec { return toLocal(global(i)) }
	for _, i := range d.idx {
		d.ctx = append(d.ctx, ctxOf(i))
	}
	for t := range ts {
		c := make(dense, d.dim)
		for f, x := range ts[t].centroid {
			if local[f] >= 0 {
				c[local[f]] = x
			}
		}
		d.seeds = append(d.seeds, c)
	}
	k := max(d.chooseK(maxK), len(d.seeds))
	cents := d.kmeansFull(k)
	cents, taughtOf := d.prune(cents)
	if len(cents) == 0 {
		return nil, free
	}
	// The sums of the topics' members' own vectors (not their context
	// vectors, which carry their neighbours' words), to measure a passage
	// against the rest of its topic.
	ownOf := func(i int) vec { return toLocal(e.idf.weigh(e.stemsOnly(e.units[i].tf))) }
	sums := make([]dense, len(cents))
	sq := make([]float64, len(cents))
	inCluster := map[int]int{}
	for c := range sums {
		sums[c] = make(dense, d.dim)
	}
	for k, v := range d.ctx {
		c, _, _ := nearest(v, cents)
		inCluster[d.idx[k]] = c
		ov := ownOf(d.idx[k])
		for j, f := range ov.ids {
			sums[c][f] += ov.vals[j]
		}
	}
	for c := range sums {
		for _, x := range sums[c] {
			sq[c] += float64(x) * float64(x)
		}
	}
	chars := e.charTerms(inCluster, len(cents))
	// Every unclaimed passage joins its nearest topic when close enough
	// and its own words hold one of the topic's characteristic terms.
	// fits reports whether unit i (own: its own words), at cosine s to centroid c, meets topic
	// c's admission rules. A passage long enough to have a subject of its
	// own must share words with the rest of its topic (the topic's sum
	// without the passage); and every passage, short or long, must hold
	// one of the topic's characteristic terms: its neighbours alone do not
	// place it.
	fits := func(i int, own vec, c int, s float64) bool {
		if s < discoverAssign || !e.holdsChar(i, chars[c]) {
			return false
		}
		if e.units[i].length < discoverMinWords {
			return true
		}
		rest, restSq := sums[c].dot(own), sq[c]
		if in, found := inCluster[i]; found && in == c {
			rest -= own.dot(own)
			restSq += own.dot(own) - 2*sums[c].dot(own)
		}
		return restSq > 1e-9 && rest/math.Sqrt(restSq) >= discoverOwn
	}
	members := make([][]int, len(cents))
	sims := make([][]float64, len(cents))
	near := make([][]int, len(cents))
	var left []int
	for _, i := range free {
		if _, ok := example[i]; ok {
			continue // examples are placed by the analyst's edit
		}
		v := ctxOf(i)
		c, s, o, so := nearestTwo(v, cents) // o, so: the runner-up, for Elsewhere below
		s2 := max(so, 0)
		own := ownOf(i)
		if !(s-s2 >= discoverMargin && fits(i, own, c, s)) {
			c = -1
		}
		// A passage of discoverOwnLen content words or more speaks for
		// itself: when its own words are nearest another topic, it goes
		// there if it fits, else nowhere; its neighbours' words do not
		// carry it into theirs.
		if c >= 0 && e.units[i].length >= discoverOwnLen {
			if oc, so, _ := nearest(own, cents); so > 0 && oc != c {
				if sc := cents[oc].dot(v); fits(i, own, oc, sc) {
					c, s = oc, sc
				} else {
					c = -1
				}
			}
		}
		if c >= 0 {
			members[c] = append(members[c], i)
			// A passage's score (its strength in the topic: strongest
			// first in the side-by-side view, the quote the memo picks) is
			// the cosine of its own words to the topic, not of its
			// context: a short line borrowed from its neighbours ("All
			// too often it is not.") must not lead a column.
			sims[c] = append(sims[c], max(0, cents[c].dot(own)))
		} else {
			left = append(left, i)
		}
		// The runner-up topic, when it is nearly as near (discoverNearTie)
		// and this passage meets its admission rules too: the passage
		// could have gone either way, so its brief is not silent on the
		// runner-up (Topic.Elsewhere).
		if o >= 0 && o != c && so >= discoverNearTie*s && fits(i, own, o, so) {
			near[o] = append(near[o], i)
		}
	}
	var out, taughtOut []cluster
	for c := range cents {
		if len(members[c]) == 0 {
			continue
		}
		// A discovered topic that ends up with fewer than discoverMinSize
		// passages, or with one brief's only, aligns nothing: its
		// passages stay unassigned. A taught topic stays whatever it holds.
		if taughtOf[c] < 0 && !recurs(e, members[c]) {
			left = append(left, members[c]...)
			continue
		}
		if t := taughtOf[c]; t >= 0 {
			cl := cluster{id: ts[t].id, units: members[c], sims: sims[c], taught: true, near: near[c]}
			for _, u := range members[c] {
				cl.reasons = append(cl.reasons, e.reasons(global(u), ts[t].examples))
			}
			taughtOut = append(taughtOut, cl)
			continue
		}
		out = append(out, cluster{units: members[c], sims: sims[c], near: near[c]})
	}
	e.labelClusters(out)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].units) > len(out[j].units) })
	used := map[string]bool{}
	for i := range out {
		base := out[i].id
		for n := 2; used[out[i].id]; n++ {
			out[i].id = base + "-" + strconv.Itoa(n)
		}
		used[out[i].id] = true
	}
	return append(out, taughtOut...), left
}

func scaled(v vec, f float32) vec {
	out := vec{ids: v.ids, vals: make([]float32, len(v.vals))}
	for i, x := range v.vals {
		out.vals[i] = x * f
	}
	return out
}

func normalized(v vec) vec {
	n := math.Sqrt(v.dot(v))
	if n == 0 {
		return v
	}
	return scaled(v, float32(1/n))
}

// dense is a centroid: a unit-length dense vector over the vocabulary.
type dense []float32

// normalize scales c to unit length (a zero vector stays zero).
func (c dense) normalize() {
	norm := float32(0)
	for _, x := range c {
		norm += x * x
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(float64(norm)))
		for j := range c {
			c[j] *= inv
		}
	}
}

func (c dense) dot(v vec) float64 {
	s := float32(0)
	for i, f := range v.ids {
		s += c[f] * v.vals[i]
	}
	return float64(s)
}

// nearest returns the closest centroid, its cosine and the second-best cosine.
func nearest(v vec, cents []dense) (int, float64, float64) {
	best, bs, _, s2 := nearestTwo(v, cents)
	return best, bs, max(s2, 0)
}

// nearestTwo returns the closest centroid and its cosine, and the
// second-closest and its cosine (-1 when there are fewer than two).
func nearestTwo(v vec, cents []dense) (int, float64, int, float64) {
	b1, b2, s1, s2 := -1, -1, -1.0, -1.0
	for c, ct := range cents {
		s := ct.dot(v)
		switch {
		case s > s1:
			b2, s2 = b1, s1
			b1, s1 = c, s
		case s > s2:
			b2, s2 = c, s
		}
	}
	return b1, s1, b2, s2
}

// kmeans runs spherical k-means on docs (unit vectors) with k-means++ seeds
// from a fixed random source, and returns the centroids.
// kmeansBest runs discoverRestarts k-means from different seeds and keeps
// the one with the highest total cosine to the centroids.
func (d *discovery) kmeansBest(docs []vec, k int, seed uint64, seeded bool) ([]dense, []int) {
	var best []dense
	var bestA []int
	bestObj := math.Inf(-1)
	for r := range uint64(restarts(len(docs))) {
		c, a := d.kmeansAssign(docs, k, seed*1000+r, seeded)
		obj := 0.0
		for i, v := range docs {
			obj += c[a[i]].dot(v)
		}
		if obj > bestObj {
			best, bestA, bestObj = c, a, obj
		}
	}
	return best, bestA
}

// kmeansAssign runs spherical k-means on docs (unit vectors) from k-means++
// seeds drawn with a fixed random source; seeded starts from the taught
// topics' centroids and keeps their examples in them.
func (d *discovery) kmeansAssign(docs []vec, k int, seed uint64, seeded bool) ([]dense, []int) {
	return d.lloyd(docs, d.plusPlus(docs, k, seed, seeded), seeded, nil)
}

// restarts is the number of k-means runs on n passages.
func restarts(int) int { return discoverRestarts }

// kmeansFull clusters every passage: the best of discoverRestarts runs on
// the sample (seeded with the taught topics), refined on all passages.
func (d *discovery) kmeansFull(k int) []dense {
	sample, fixed := d.sample()
	var best []dense
	bestObj := math.Inf(-1)
	for r := range uint64(restarts(len(sample))) {
		c, a := d.lloyd(sample, d.plusPlus(sample, k, d.seed*1000+r, true), true, fixed)
		obj := 0.0
		for i, v := range sample {
			obj += c[a[i]].dot(v)
		}
		if obj > bestObj {
			best, bestObj = c, obj
		}
	}
	if len(sample) == len(d.ctx) {
		return best
	}
	c, _ := d.lloyd(d.ctx, best, true, d.fixed)
	return c
}

// sample returns at most discoverSample clustered passages, evenly spread,
// and their taught topics.
func (d *discovery) sample() ([]vec, []int) {
	s, f, _ := d.sampleIdx()
	return s, f
}

// sampleIdx is sample with the brief of each sampled passage.
func (d *discovery) sampleIdx() ([]vec, []int, []int) {
	n := min(len(d.ctx), discoverSample)
	step := float64(len(d.ctx)) / float64(n)
	s := make([]vec, 0, n)
	f := make([]int, 0, n)
	b := make([]int, 0, n)
	for i := range n {
		j := int(float64(i) * step)
		s = append(s, d.ctx[j])
		f = append(f, d.fixed[j])
		b = append(b, d.e.units[d.idx[j]].brief)
	}
	return s, f, b
}

// plusPlus picks k initial centroids by k-means++ on cosine distance,
// after the taught topics' centroids when seeded.
func (d *discovery) plusPlus(docs []vec, k int, seed uint64, seeded bool) []dense {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	n := len(docs)
	k = min(k, n)
	cents := make([]dense, 0, k)
	newCent := func(v vec) dense {
		c := make(dense, d.dim)
		for i, f := range v.ids {
			c[f] = v.vals[i]
		}
		return c
	}
	// k-means++ on cosine distance.
	if seeded {
		for _, c := range d.seeds {
			cents = append(cents, slices.Clone(c))
		}
	}
	if len(cents) == 0 {
		cents = append(cents, newCent(docs[rng.IntN(n)]))
	}
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for _, c := range cents[:len(cents)-1] {
		for i, v := range docs {
			dist[i] = min(dist[i], max(0, 1-c.dot(v)))
		}
	}
	for len(cents) < k {
		sum := 0.0
		last := cents[len(cents)-1]
		for i, v := range docs {
			dist[i] = min(dist[i], max(0, 1-last.dot(v)))
			sum += dist[i] * dist[i]
		}
		if sum == 0 {
			break
		}
		r := rng.Float64() * sum
		pick := n - 1
		for i := range docs {
			r -= dist[i] * dist[i]
			if r <= 0 {
				pick = i
				break
			}
		}
		cents = append(cents, newCent(docs[pick]))
	}
	return cents
}

// lloyd runs spherical k-means iterations from cents (changed in place);
// fixed, when seeded, keeps taught examples in their topics.
func (d *discovery) lloyd(docs []vec, cents []dense, seeded bool, fixed []int) ([]dense, []int) {
	if fixed == nil {
		fixed = d.fixed
	}
	n := len(docs)
	assign := make([]int, n)
	for i := range assign {
		assign[i] = -1
	}
	for range discoverIters {
		changed := 0
		next := make([]int, n)
		chunks := (n + 255) / 256
		inParallel(d.e.workers, chunks, func() func(int) {
			return func(ch int) {
				for i := ch * 256; i < min(n, ch*256+256); i++ {
					next[i], _, _ = nearest(docs[i], cents)
				}
			}
		})
		for i, c := range next {
			if seeded && len(fixed) == n && fixed[i] >= 0 && fixed[i] < len(cents) {
				c = fixed[i]
			}
			if c != assign[i] {
				assign[i] = c
				changed++
			}
		}
		for c := range cents {
			clear(cents[c])
		}
		for i, v := range docs {
			ct := cents[assign[i]]
			for j, f := range v.ids {
				ct[f] += v.vals[j]
			}
		}
		for _, ct := range cents {
			ct.normalize()
		}
		if changed == 0 {
			break
		}
	}
	return cents, assign
}

// prune drops centroids whose clusters are too small, loose (mean cosine
// below discoverCohesion: no catch-all) or found in only one brief (when
// there are several), then re-centres the rest. Taught topics' centroids
// stay. It returns the centroids and each one's taught topic (or -1).
func (d *discovery) prune(cents []dense) ([]dense, []int) {
	taught := make([]int, len(cents))
	for c := range taught {
		taught[c] = -1
		if c < len(d.seeds) {
			taught[c] = c
		}
	}
	nb := 0
	seen := map[int]bool{}
	for _, i := range d.idx {
		if !seen[d.e.units[i].brief] {
			seen[d.e.units[i].brief] = true
			nb++
		}
	}
	for range 3 {
		members := make([][]int, len(cents))
		for i, v := range d.ctx {
			c, _, _ := nearest(v, cents)
			members[c] = append(members[c], i)
		}
		var keep []dense
		var keptTaught []int
		for c, ms := range members {
			briefs := map[int]bool{}
			coh := 0.0
			for _, i := range ms {
				briefs[d.e.units[d.idx[i]].brief] = true
				coh += cents[c].dot(d.ctx[i])
			}
			coh /= float64(max(1, len(ms)))
			if taught[c] < 0 && (len(ms) < discoverMinSize || float64(len(ms)) < discoverMinShare*float64(len(d.ctx)) || nb >= 2 && len(briefs) < 2 || coh < discoverCohesion) {
				continue
			}
			keep = append(keep, cents[c])
			keptTaught = append(keptTaught, taught[c])
		}
		if len(keep) == len(cents) {
			return cents, taught
		}
		cents, taught = keep, keptTaught
		if len(cents) == 0 {
			return nil, nil
		}
	}
	return cents, taught
}

// labelClusters names each cluster with a phrase its passages use (see
// labels.go).
func (e *engine) labelClusters(cs []cluster) {
	phr := e.phraseLabels(cs)
	for i := range cs {
		c := &cs[i]
		c.label = phr[i].label
		c.terms = phr[i].terms
		c.id = "discovered-" + brief.Slug(c.label)
		if len(phr[i].more) > 0 {
			c.description = "Found in the briefs: passages on " + strings.Join(phr[i].more, ", ") + "."
		} else {
			c.description = "Found in the briefs: passages that share their words."
		}
	}
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

// sharedStems marks the features used in two briefs or more (all of them
// when there is one brief). Topics align briefs: a word only one brief uses
// (its authors' names for things, "our members", a place) cannot place two
// briefs' passages together, and in clustering it only pulls that brief's
// passages into a topic of their own.
func (e *engine) sharedStems() []bool {
	out := make([]bool, e.lx.vocab.size())
	if len(e.briefs) < 2 {
		for f := range out {
			out[f] = true
		}
		return out
	}
	first := make([]int32, len(out)) // brief+1 of the first use; -1 once used by two
	for i := range e.units {
		b := int32(e.units[i].brief) + 1
		for _, f := range e.units[i].tf.ids {
			switch first[f] {
			case 0:
				first[f] = b
			case b, -1:
			default:
				first[f] = -1
				out[f] = true
			}
		}
	}
	return out
}

// keepShared drops the features of v that shared does not mark.
func keepShared(v vec, shared []bool) vec {
	out := vec{ids: make([]int32, 0, len(v.ids)), vals: make([]float32, 0, len(v.ids))}
	for k, f := range v.ids {
		if shared[f] {
			out.ids = append(out.ids, f)
			out.vals = append(out.vals, v.vals[k])
		}
	}
	return out
}

// recurs reports whether units make a topic that can align briefs: at
// least discoverMinSize passages, from two briefs or more when the
// comparison has several.
func recurs(e *engine, units []int) bool {
	if len(units) < discoverMinSize {
		return false
	}
	if len(e.briefs) < 2 {
		return true
	}
	for _, u := range units[1:] {
		if e.units[u].brief != e.units[units[0]].brief {
			return true
		}
	}
	return false
}
