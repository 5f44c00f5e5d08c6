package compare

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"briefbench/brief"
	"briefbench/resources"
)

// ErrNoBriefs is returned by Run when it is given nothing to compare.
var ErrNoBriefs = errors.New("no briefs to compare")

// ErrBriefID is returned by Run when brief IDs are empty or repeated
// (brief.AssignIDs gives unique ones).
var ErrBriefID = errors.New("brief IDs must be unique and non-empty")

// Progress stages, in order.
const (
	StagePassages    = "passages"
	StageTopics      = "topics"
	StageDiscover    = "discover"
	StageAlign       = "align"
	StageAxes        = "axes"
	StageNumbers     = "numbers"
	StageDistinctive = "distinctive"
	StageDifferences = "differences"
)

// DefaultOptions returns the default options: automatic topics (Taxonomy
// nil: the bundled packs that fit the corpus, plus discovered topics), the
// embedded axes (Axes nil), no edits, no progress callback, GOMAXPROCS
// workers, no diff timeout and at most DefaultMaxDiscovered discovered
// topics.
func DefaultOptions() Options {
	return Options{MaxDiscovered: DefaultMaxDiscovered}
}

// engine holds one run's state.
type engine struct {
	briefs   []*brief.Brief
	lx       *lexicon
	units    []unit
	idf      idfTable
	workers  int
	progress func(string, float64)
	ctxVecs  []vec  // context vectors of units, by index (contextVecs)
	ownVecs  []vec  // TF-IDF stem vectors of units, by index (contextVecs)
	shared   []bool // features two briefs or more use (sharedStems), with ownVecs
}

// Run compares briefs: it finds their passages, assigns them to topics
// (taxonomy and discovered), applies opts.Edits, aligns each topic's
// passages in rows, places the briefs on the axes, and lists numeric claims,
// distinctive terms and differences. The output is deterministic for the
// same input and options. It stops early with ctx's error when ctx ends.
func Run(ctx context.Context, briefs []*brief.Brief, opts Options) (*Result, error) {
	if len(briefs) == 0 {
		return nil, ErrNoBriefs
	}
	seen := map[string]bool{}
	for i, b := range briefs {
		if b == nil || b.ID == "" || seen[b.ID] {
			return nil, fmt.Errorf("brief %d: %w", i+1, ErrBriefID)
		}
		seen[b.ID] = true
	}
	tax := opts.Taxonomy
	name := opts.TaxonomyName
	var auto *packSet
	if tax == nil {
		var err error
		if auto, err = allPacks(); err != nil {
			return nil, err
		}
		tax = auto.tax
	} else if name == "" {
		name = "custom"
	}
	e := &engine{briefs: briefs, lx: compileLexicon(tax), workers: opts.Workers, progress: opts.Progress}
	if e.workers <= 0 {
		e.workers = runtime.GOMAXPROCS(0)
	}
	if e.progress == nil {
		e.progress = func(string, float64) {}
	}

	e.progress(StagePassages, 0)
	if err := e.read(ctx); err != nil {
		return nil, err
	}
	e.progress(StageTopics, 0)
	sc := newScorer(e.lx)
	if err := e.assignAll(ctx, sc); err != nil {
		return nil, err
	}
	var kept []string // the packs in use, whose axes are the default
	switch {
	case auto != nil:
	case name == "none":
	case slices.Contains(resources.Packs(), name):
		kept = []string{name}
	default:
		kept = []string{resources.DefaultPack} // the analyst's own taxonomy: the default axes, as ever
	}
	if auto != nil {
		var dropped bool
		kept, dropped = e.fit(auto)
		name = "automatic: " + strings.Join(kept, ", ")
		if len(kept) == 0 {
			name = "automatic: discovered topics only"
		}
		if dropped {
			sc = newScorer(e.lx)
			if err := e.assignAll(ctx, sc); err != nil {
				return nil, err
			}
		}
	}
	e.feedback()
	sc = newScorer(e.lx)
	if err := e.assignAll(ctx, sc); err != nil {
		return nil, err
	}
	e.split(sc)
	e.leadIns()
	e.progress(StageDiscover, 0)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	builds := e.taxonomyTopics()
	clusters, _ := e.discover(opts.MaxDiscovered, max(1, opts.Seed), e.teach(opts.Edits))
	var taughtMembers []cluster
	for _, c := range clusters {
		if c.taught {
			taughtMembers = append(taughtMembers, c)
			continue
		}
		tb := topicBuild{id: c.id, label: c.label, origin: Discovered, description: c.description, near: c.near}
		for k, u := range c.units {
			tb.members = append(tb.members, member{unit: u, score: math.Round(c.sims[k]*1000) / 1000, terms: e.clusterTerms(u, c.terms)})
		}
		builds = append(builds, tb)
	}
	builds, warnings := e.applyEdits(builds, opts.Edits)
	for _, c := range taughtMembers {
		k := slices.IndexFunc(builds, func(b topicBuild) bool { return b.id == c.id })
		if k < 0 {
			continue
		}
		builds[k].near = append(builds[k].near, c.near...)
		for j, u := range c.units {
			if !slices.ContainsFunc(builds[k].members, func(m member) bool { return m.unit == u }) {
				builds[k].members = append(builds[k].members, member{unit: u, score: math.Round(c.sims[j]*1000) / 1000, terms: c.reasons[j]})
			}
		}
	}
	builds = dropEmpty(builds)

	e.progress(StageAlign, 0)
	topics, err := e.align(ctx, builds)
	if err != nil {
		return nil, err
	}

	res := &Result{Schema: Schema, Taxonomy: name, Topics: topics, Unassigned: e.unassigned(builds), Warnings: warnings}
	for _, b := range briefs {
		c := *b
		c.Paragraphs = nil
		res.Briefs = append(res.Briefs, &c)
	}
	specs := opts.Axes
	if specs == nil {
		var err error
		if specs, err = packAxes(kept); err != nil {
			return nil, err
		}
	}
	e.progress(StageAxes, 0)
	var axisWarnings []string
	if res.Axes, axisWarnings, err = placeAxes(ctx, briefs, specs, opts.Edits.Rejected, e.workers); err != nil {
		return nil, err
	}
	res.Warnings = append(res.Warnings, axisWarnings...)
	e.progress(StageNumbers, 0)
	if res.Numbers, err = findClaims(ctx, briefs, e.workers); err != nil {
		return nil, err
	}
	claimTopics(res, tax)
	e.progress(StageDistinctive, 0)
	if err := e.distinct(ctx, res); err != nil {
		return nil, err
	}
	e.progress(StageDifferences, 0)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if res.Differences, err = differences(ctx, res.Topics, res.Numbers, briefs, newStance(tax, specs, res.Numbers), opts.DiffTimeout, e.workers); err != nil {
		return nil, err
	}
	e.progress(StageDifferences, 1)
	return res, nil
}

// largestFirst returns the indices [0, n) by decreasing size (ties in index
// order): handing the largest topics to the workers first keeps one big
// topic from finishing last on a single core. Each index still writes only
// its own result, so the order changes the timing, never the output.
func largestFirst(n int, size func(int) int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return size(order[a]) > size(order[b]) })
	return order
}

// read picks and featurizes every brief's passages (in parallel, one token
// cache per worker), then interns their stems in brief order, so feature ids
// and everything after are deterministic.
func (e *engine) read(ctx context.Context) error {
	raws := make([][]rawUnit, len(e.briefs))
	var mu sync.Mutex
	var done int
	// Each worker keeps its token cache for all its briefs and counts the
	// written forms of its words by analysis (one map step per word).
	local := make([]map[*lex]int, workerCount(e.workers, len(e.briefs)))
	err := parallelBriefs(ctx, e.workers, len(e.briefs), func(w *worker, i int) {
		if local[w.id] == nil {
			local[w.id] = map[*lex]int{}
		}
		raws[i] = e.lx.readBrief(e.briefs[i], w.cache, local[w.id])
		for k := range raws[i] {
			r := &raws[i][k]
			r.bag.sortKeys()
			for j := range r.sents {
				r.sents[j].bag.sortKeys()
			}
		}
		mu.Lock()
		done++
		e.progress(StagePassages, float64(done)/float64(len(e.briefs)))
		mu.Unlock()
	})
	if err != nil {
		return err
	}
	surf := map[string]map[string]int{} // stem -> word -> occurrences
	for _, m := range local {
		for l, n := range m {
			ws := surf[l.Stem]
			if ws == nil {
				ws = map[string]int{}
				surf[l.Stem] = ws
			}
			ws[l.Word] += n
		}
	}
	// New stems get ids in brief, paragraph and sentence order (serial, a
	// map step per stem); the vectors are then built in parallel, reading
	// the vocabulary only.
	v := e.lx.vocab
	for _, rs := range raws {
		for k := range rs {
			v.assign(&rs[k].bag)
			for j := range rs[k].sents {
				v.assign(&rs[k].sents[j].bag)
			}
		}
	}
	units := make([][]unit, len(e.briefs))
	err = parallelBriefs(ctx, e.workers, len(e.briefs), func(_ *worker, bi int) {
		for _, r := range raws[bi] {
			units[bi] = append(units[bi], v.internUnit(bi, r))
		}
		raws[bi] = nil
	})
	if err != nil {
		return err
	}
	for _, us := range units {
		e.units = append(e.units, us...)
	}
	for id, key := range v.keys {
		ws := surf[key]
		best, bn := "", 0
		for w, n := range ws {
			if n > bn || n == bn && w < best {
				best, bn = w, n
			}
		}
		if best != "" {
			v.surface[id] = best
		}
	}
	e.idf = idfTable{df: make([]int32, v.size()), n: len(e.units)}
	for i := range e.units {
		for _, f := range e.units[i].tf.ids {
			e.idf.df[f]++
		}
	}
	return nil
}

// taxonomyTopics collects each taxonomy topic's passages.
func (e *engine) taxonomyTopics() []topicBuild {
	out := make([]topicBuild, len(e.lx.topics))
	for t, p := range e.lx.topics {
		out[t] = topicBuild{id: p.spec.ID, label: p.spec.Label, description: p.spec.Description, origin: FromTaxonomy}
	}
	for i := range e.units {
		u := &e.units[i]
		for _, ts := range u.topics {
			out[ts.topic].members = append(out[ts.topic].members, member{unit: i, score: normScore(ts.score), terms: e.matched(u.tf, u.length, ts.topic)})
		}
		for _, t := range u.near {
			out[t].near = append(out[t].near, i)
		}
	}
	return out
}

// unassigned returns the passages no topic holds, in brief and paragraph
// order.
func (e *engine) unassigned(builds []topicBuild) []Passage {
	held := make([]bool, len(e.units))
	for _, b := range builds {
		for _, m := range b.members {
			held[m.unit] = true
		}
	}
	var out []Passage
	for i := range e.units {
		if held[i] {
			continue
		}
		u := &e.units[i]
		b := e.briefs[u.brief]
		p := b.Paragraphs[u.para]
		out = append(out, Passage{Brief: b.ID, Paragraph: u.para, Sentence: u.sent, Page: p.Page, Section: p.Section, Text: p.Text[u.start:u.end], Terms: []string{}})
	}
	return out
}

// clusterTerms lists the label features of a discovered topic found in unit u.
func (e *engine) clusterTerms(u int, terms []int32) []string {
	out := []string{}
	for _, f := range terms {
		if _, ok := slices.BinarySearch(e.units[u].tf.ids, f); ok {
			out = append(out, e.lx.vocab.surface[f])
		}
	}
	return out
}

// dropEmpty drops taxonomy and discovered topics left without
// passages; user topics stay so the analyst can fill them.
func dropEmpty(ts []topicBuild) []topicBuild {
	out := ts[:0]
	for _, t := range ts {
		if len(t.members) > 0 || t.origin == FromUser {
			out = append(out, t)
		}
	}
	return out
}

// align turns topic builds into result topics: passages in brief order,
// rows aligned (in parallel across topics), coverage per brief.
func (e *engine) align(ctx context.Context, builds []topicBuild) ([]Topic, error) {
	total := make([]int, len(e.briefs))
	for i := range e.units {
		total[e.units[i].brief] += e.units[i].words
	}
	topics := make([]Topic, len(builds))
	var mu sync.Mutex
	done := 0
	// A topic holding a large share of all passages would finish alone on
	// one core: such topics are aligned one after another, each with all
	// the workers; the others are aligned side by side, one worker each,
	// largest first. Either way a topic's rows do not depend on the workers.
	sum := 0
	for _, b := range builds {
		sum += len(b.members)
	}
	var big, small []int
	for _, t := range largestFirst(len(builds), func(t int) int { return len(builds[t].members) }) {
		if e.workers > 1 && len(builds[t].members) >= 512 && len(builds[t].members)*2*e.workers >= sum {
			big = append(big, t)
		} else {
			small = append(small, t)
		}
	}
	step := func() {
		mu.Lock()
		done++
		e.progress(StageAlign, float64(done)/float64(len(builds)))
		mu.Unlock()
	}
	for _, t := range big {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		topics[t] = e.alignTopic(builds[t], total, e.workers)
		step()
	}
	err := e.parallel(ctx, len(small), 1, func(lo, hi int) {
		for _, t := range small[lo:hi] {
			topics[t] = e.alignTopic(builds[t], total, 1)
			step()
		}
	})
	return topics, err
}

// alignTopic builds one result topic.
func (e *engine) alignTopic(tb topicBuild, total []int, workers int) Topic {
	ms := tb.members
	sort.Slice(ms, func(i, j int) bool {
		a, b := &e.units[ms[i].unit], &e.units[ms[j].unit]
		if a.brief != b.brief {
			return a.brief < b.brief
		}
		if a.para != b.para {
			return a.para < b.para
		}
		return a.sent < b.sent
	})
	t := Topic{
		ID: tb.id, Label: tb.label, Description: tb.description, Origin: tb.origin, Note: tb.note,
		Passages: []Passage{}, Rows: []Row{}, Coverage: map[string]float64{},
	}
	docs := make([]vec, len(ms))
	group := make([]int32, len(ms))
	words := make([]int, len(e.briefs))
	for i, m := range ms {
		u := &e.units[m.unit]
		b := e.briefs[u.brief]
		p := b.Paragraphs[u.para]
		terms := m.terms
		if terms == nil {
			terms = []string{}
		}
		t.Passages = append(t.Passages, Passage{
			Brief: b.ID, Paragraph: u.para, Sentence: u.sent, Page: p.PageAt(u.start), Section: p.Section,
			PageBreaks: passageBreaks(&p, u.start, u.end),
			Text:       p.Text[u.start:u.end], Score: m.score, Terms: terms,
		})
		docs[i] = e.idf.weigh(u.tf)
		group[i] = int32(u.brief)
		words[u.brief] += u.words
	}
	for _, r := range alignRows(docs, group, workers) {
		row := make(Row, len(e.briefs))
		for _, b := range e.briefs {
			row[b.ID] = nil
		}
		for _, i := range r {
			idx := int(i)
			row[e.briefs[group[i]].ID] = &idx
		}
		t.Rows = append(t.Rows, row)
	}
	for i, b := range e.briefs {
		c := 0.0
		if total[i] > 0 {
			c = math.Round(1e4*float64(words[i])/float64(total[i])) / 1e4
		}
		t.Coverage[b.ID] = c
	}
	for _, u := range tb.near {
		un := &e.units[u]
		if words[un.brief] > 0 {
			continue // the brief has passages here
		}
		if t.Elsewhere == nil {
			t.Elsewhere = map[string][]int{}
		}
		id := e.briefs[un.brief].ID
		if !slices.Contains(t.Elsewhere[id], un.para) {
			t.Elsewhere[id] = append(t.Elsewhere[id], un.para)
		}
	}
	for _, ps := range t.Elsewhere {
		slices.Sort(ps)
	}
	return t
}

// distinct fills each topic's and the overall distinctive terms.
func (e *engine) distinct(ctx context.Context, res *Result) error {
	// Topics largest first, each worker with one token cache for all its
	// topics.
	order := largestFirst(len(res.Topics), func(t int) int { return len(res.Topics[t].Passages) })
	err := parallelBriefs(ctx, e.workers, len(order), func(w *worker, k int) {
		i := order[k]
		res.Topics[i].Distinctive = distinctive(&res.Topics[i], e.briefs, w.cache)
	})
	if err != nil {
		return err
	}
	res.Overall, err = overallDistinctive(ctx, e.briefs, e.workers)
	return err
}
