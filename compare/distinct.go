package compare

import (
	"context"
	"math"
	"sort"
	"strings"

	"briefbench/brief"
)

// Distinctive-term constants (see logOdds).
const (
	// DistinctZ is the z-score a term must reach to be listed across a
	// brief's whole text: 1.645, the one-sided 5% level (only over-use is
	// listed, so the test is one-sided).
	DistinctZ = 1.645
	// DistinctTopicZ is the bar within one topic, where each brief brings a
	// few hundred words and the evidence is thinner: 1.282, the one-sided
	// 10% level. Terms are still ranked by z, so the strongest come first.
	DistinctTopicZ = 1.282
	// DistinctMax is the most terms listed per brief.
	DistinctMax = 15
	// distinctPrior scales the informative Dirichlet prior: alpha_w is
	// distinctPrior times the term's count in the whole corpus, so the prior
	// carries a tenth of the data's weight.
	distinctPrior = 0.1
	// distinctMinCount is the fewest uses for a term to be listed.
	distinctMinCount = 2
)

// termSpace interns the words and stems of one comparison so that counting
// works on integer ids, and remembers how often each written form occurs so
// a stem can be shown as its most frequent word.
type termSpace struct {
	cache    tokenCache
	words    map[string]int32 // written form -> word id
	forms    []string         // word id -> written form
	wordStem []int32          // word id -> stem id
	wordN    []int32          // word id -> occurrences
	verbN    []int32          // word id -> uses as a verb (verbUse)
	stems    map[string]int32 // stem -> stem id
	best     []int32          // stem id -> most frequent word id (after finish)
	// After finish: each stem id's uses and uses as a verb; then, filled in
	// on demand (kind), its stem and what the filter knows of it
	// (distinct_filter.go).
	stemUses  []int32
	stemVerbs []int32
	stemNames []string
	kinds     []wordKind
	kindDone  []bool
	buf       []token // the tokens of the text being counted, reused
}

func newTermSpace() *termSpace {
	return &termSpace{cache: newTokenCache(), words: map[string]int32{}, stems: map[string]int32{}}
}

// termCounts holds, for one group of texts, how often each term occurs: a
// content stem (by id), or two adjacent content stems (ids packed in a
// uint64).
type termCounts struct {
	uni  map[int32]int32
	bi   map[uint64]int32
	nUni int
	nBi  int
}

func newTermCounts() *termCounts {
	return &termCounts{uni: map[int32]int32{}, bi: map[uint64]int32{}}
}

// word returns the id of a written form, interning it with its stem.
func (ts *termSpace) word(form, stem string) int32 {
	if id, ok := ts.words[form]; ok {
		return id
	}
	sid, ok := ts.stems[stem]
	if !ok {
		sid = int32(len(ts.stems))
		ts.stems[stem] = sid
	}
	id := int32(len(ts.forms))
	ts.words[form] = id
	ts.forms = append(ts.forms, form)
	ts.wordStem = append(ts.wordStem, sid)
	ts.wordN = append(ts.wordN, 0)
	ts.verbN = append(ts.verbN, 0)
	return id
}

// count adds the terms of text to tc. Numbers, stop words, adverbs and
// the words of distinctStop are skipped; a bigram joins two content words
// that follow each other with only white space or a hyphen between.
func (ts *termSpace) count(tc *termCounts, text string) {
	ts.buf = ts.cache.appendTokens(ts.buf[:0], text)
	toks := ts.buf
	prev := int32(-1)
	prevEnd := 0
	for i, t := range toks {
		if t.Stop || t.Num || len(t.Stem) < 2 || distinctStop[t.Word] || isAdverb(t.Word) {
			prev = -1
			continue
		}
		form := t.Word
		if t.Upper {
			form = text[t.Start:t.End]
		}
		form = strings.TrimSuffix(strings.TrimSuffix(form, "'s"), "’s")
		w := ts.word(form, t.Stem)
		ts.wordN[w]++
		if verbUse(toks, i) {
			ts.verbN[w]++
		}
		s := ts.wordStem[w]
		tc.uni[s]++
		tc.nUni++
		if prev >= 0 && strings.Trim(text[prevEnd:t.Start], " -\u00a0") == "" {
			tc.bi[uint64(prev)<<32|uint64(s)]++
			tc.nBi++
		}
		prev, prevEnd = s, t.End
	}
}

// finish picks each stem's most frequent written form (ties: the smallest)
// and sums each stem's uses for the filter (kind).
func (ts *termSpace) finish() {
	ts.best = make([]int32, len(ts.stems))
	ts.stemUses = make([]int32, len(ts.stems))
	ts.stemVerbs = make([]int32, len(ts.stems))
	ts.kinds = make([]wordKind, len(ts.stems))
	ts.kindDone = make([]bool, len(ts.stems))
	ts.stemNames = nil
	for i := range ts.best {
		ts.best[i] = -1
	}
	for w, s := range ts.wordStem {
		ts.stemUses[s] += ts.wordN[w]
		ts.stemVerbs[s] += ts.verbN[w]
		b := ts.best[s]
		if b < 0 || ts.wordN[w] > ts.wordN[b] || ts.wordN[w] == ts.wordN[b] && ts.forms[w] < ts.forms[b] {
			ts.best[s] = int32(w)
		}
	}
}

// kind returns what the filter knows of stem id s, classifying it on first
// use (only candidate terms are ever classified).
func (ts *termSpace) kind(s int32) wordKind {
	if !ts.kindDone[s] {
		ts.kinds[s], ts.kindDone[s] = ts.kindOf(s), true
	}
	return ts.kinds[s]
}

func (ts *termSpace) stemName(s int32) string {
	if ts.stemNames == nil {
		ts.stemNames = make([]string, len(ts.stems))
		for st, id := range ts.stems {
			ts.stemNames[id] = st
		}
	}
	return ts.stemNames[s]
}

func (ts *termSpace) uniName(s int32) string { return shownForm(ts.forms[ts.best[s]]) }

func (ts *termSpace) biName(k uint64) string {
	return shownForm(ts.forms[ts.best[int32(k>>32)]]) + " " + shownForm(ts.forms[ts.best[int32(k&0xffffffff)]])
}

// shownForm gives back the final period that tokenizing trims from an
// abbreviation with inner periods: "U.S" is shown "U.S.".
func shownForm(form string) string {
	if strings.Contains(form, ".") && !strings.HasSuffix(form, ".") {
		return form + "."
	}
	return form
}

// distinctive returns, per brief with passages in topic t, the terms it uses
// in this topic far more than the other briefs do in the same topic, by the
// weighted log-odds ratio with an informative Dirichlet prior (see logOdds).
//
// cache, when not nil, is the caller's token cache (not safe for concurrent
// use), so a worker analyses each written word once for all its topics.
func distinctive(t *Topic, briefs []*brief.Brief, cache tokenCache) map[string][]Term {
	groups := map[string]*termCounts{}
	ts := newTermSpace()
	if cache != nil {
		ts.cache = cache
	}
	for _, p := range t.Passages {
		g := groups[p.Brief]
		if g == nil {
			g = newTermCounts()
			groups[p.Brief] = g
		}
		ts.count(g, p.Text)
	}
	return rankGroups(groups, briefs, ts, DistinctTopicZ)
}

// overallDistinctive returns, per brief, the terms it uses far more than the
// other briefs across all its text (footnotes excluded). Briefs are counted
// in parallel (workers goroutines, 0 for GOMAXPROCS), each worker in its own
// term space, and the spaces are then merged into one; term ids are internal
// only, so the result does not depend on which worker counted which brief.
func overallDistinctive(ctx context.Context, briefs []*brief.Brief, workers int) (map[string][]Term, error) {
	counts := make([]*termCounts, len(briefs))
	spaceOf := make([]int, len(briefs)) // worker (space) that counted each brief
	spaces := make([]*termSpace, workerCount(workers, len(briefs)))
	err := parallelBriefs(ctx, workers, len(briefs), func(w *worker, i int) {
		ts := spaces[w.id]
		if ts == nil {
			ts = newTermSpace()
			ts.cache = w.cache
			spaces[w.id] = ts
		}
		g := newTermCounts()
		for _, p := range briefs[i].Paragraphs {
			if p.Kind != brief.Footnote {
				ts.count(g, p.Text)
			}
		}
		counts[i], spaceOf[i] = g, w.id
	})
	if err != nil {
		return nil, err
	}
	// Merge: every local stem id gets a global one.
	ts := newTermSpace()
	remap := make([][]int32, len(spaces)) // space -> local stem id -> global stem id
	for k, sp := range spaces {
		if sp == nil {
			continue
		}
		stemName := make([]string, len(sp.stems))
		for st, id := range sp.stems {
			stemName[id] = st
		}
		remap[k] = make([]int32, len(sp.stems))
		for w, form := range sp.forms {
			g := ts.word(form, stemName[sp.wordStem[w]])
			ts.wordN[g] += sp.wordN[w]
			ts.verbN[g] += sp.verbN[w]
			remap[k][sp.wordStem[w]] = ts.wordStem[g]
		}
	}
	groups := make(map[string]*termCounts, len(briefs))
	for i, b := range briefs {
		m := remap[spaceOf[i]]
		g := &termCounts{uni: make(map[int32]int32, len(counts[i].uni)), bi: make(map[uint64]int32, len(counts[i].bi)), nUni: counts[i].nUni, nBi: counts[i].nBi}
		for s, c := range counts[i].uni {
			g.uni[m[s]] += c
		}
		for k, c := range counts[i].bi {
			g.bi[uint64(m[int32(k>>32)])<<32|uint64(m[int32(k&0xffffffff)])] += c
		}
		groups[b.ID] = g
	}
	return rankGroups(groups, briefs, ts, DistinctZ), nil
}

// rankGroups scores every group against the rest. Every brief in briefs
// gets an entry (empty when it has no distinctive term).
func rankGroups(groups map[string]*termCounts, briefs []*brief.Brief, ts *termSpace, minZ float64) map[string][]Term {
	ts.finish()
	all := newTermCounts()
	// Document frequency: how many groups use each term.
	dfUni, dfBi := map[int32]int{}, map[uint64]int{}
	for _, g := range groups {
		for w, c := range g.uni {
			all.uni[w] += c
			dfUni[w]++
		}
		for w, c := range g.bi {
			all.bi[w] += c
			dfBi[w]++
		}
		all.nUni += g.nUni
		all.nBi += g.nBi
	}
	nGroups := len(groups)
	// A term every group uses, or a demonym, must be used at least
	// distinctUbiquityRatio times as often as in the rest.
	// Demonyms also need z of at least distinctDemonymZ.
	contrast := func(everyone, demonym bool, yi, yj int32, ni, nj int, z float64) bool {
		if demonym && z < distinctDemonymZ {
			return false
		}
		if !everyone && !demonym || yj == 0 {
			return true
		}
		return float64(yi)*float64(nj) >= distinctUbiquityRatio*float64(yj)*float64(ni)
	}
	out := make(map[string][]Term, len(briefs))
	for _, b := range briefs {
		g := groups[b.ID]
		if g == nil {
			out[b.ID] = []Term{}
			continue
		}
		keepUni := func(w int32, yi, yj int32, z float64) bool {
			return ts.listableUni(w) && contrast(dfUni[w] == nGroups, ts.kind(w).demonym, yi, yj, g.nUni, all.nUni-g.nUni, z)
		}
		keepBi := func(w uint64, yi, yj int32, z float64) bool {
			dem := ts.kind(int32(w>>32)).demonym && ts.kind(int32(w&0xffffffff)).demonym
			return ts.listableBi(w) && contrast(dfBi[w] == nGroups, dem, yi, yj, g.nBi, all.nBi-g.nBi, z)
		}
		terms := logOdds(g.uni, all.uni, g.nUni, all.nUni, ts.uniName, minZ, keepUni)
		terms = append(terms, logOdds(g.bi, all.bi, g.nBi, all.nBi, ts.biName, minZ, keepBi)...)
		sort.Slice(terms, func(i, j int) bool {
			if terms[i].Z != terms[j].Z {
				return terms[i].Z > terms[j].Z
			}
			return terms[i].Term < terms[j].Term
		})
		if len(terms) > DistinctMax {
			terms = terms[:DistinctMax]
		}
		if terms == nil {
			terms = []Term{}
		}
		out[b.ID] = terms
	}
	return out
}

// logOdds computes, for each term of one group against the rest, the
// weighted log-odds ratio with an informative Dirichlet prior (Monroe,
// Colaresi and Quinn 2008, eq. 16-22):
//
//	a_w   = distinctPrior * y_w          (y_w: count in all groups)
//	a_0   = distinctPrior * n            (n: total count in all groups)
//	delta = log((y_iw+a_w)/(n_i+a_0-y_iw-a_w)) - log((y_jw+a_w)/(n_j+a_0-y_jw-a_w))
//	z     = delta / sqrt(1/(y_iw+a_w) + 1/(y_jw+a_w))
//
// where i is the group and j the rest. It returns the terms with z of at
// least minZ used at least distinctMinCount times that keep (when not nil)
// accepts, given the term's counts in the group and in the rest and z.
func logOdds[K comparable](mine, all map[K]int32, ni, n int, name func(K) string, minZ float64, keep func(w K, yi, yj int32, z float64) bool) []Term {
	nj := n - ni
	if ni == 0 || nj == 0 {
		return nil
	}
	a0 := distinctPrior * float64(n)
	var out []Term
	for w, yi := range mine {
		if yi < distinctMinCount {
			continue
		}
		yw := all[w]
		yj := yw - yi
		aw := distinctPrior * float64(yw)
		li := math.Log((float64(yi) + aw) / (float64(ni) + a0 - float64(yi) - aw))
		lj := math.Log((float64(yj) + aw) / (float64(nj) + a0 - float64(yj) - aw))
		z := (li - lj) / math.Sqrt(1/(float64(yi)+aw)+1/(float64(yj)+aw))
		if z >= minZ && (keep == nil || keep(w, yi, yj, z)) {
			out = append(out, Term{Term: name(w), Z: round3(z), Count: int(yi)})
		}
	}
	return out
}
