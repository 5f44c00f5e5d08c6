package compare

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"

	"briefbench/brief"
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

// DefaultOptions returns the default options: the embedded taxonomy
// (Taxonomy nil, named "default"), the embedded axes (Axes nil), no edits,
// no progress callback, GOMAXPROCS workers and no diff timeout.
func DefaultOptions() Options {
	return Options{TaxonomyName: "default"}
}

// engine holds one run's state.
type engine struct {
	briefs   []*brief.Brief
	lx       *lexicon
	units    []unit
	idf      idfTable
	workers  int
	progress func(string, float64)
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
	if tax == nil {
		var err error
		if tax, err = DefaultTaxonomy(); err != nil {
			return nil, err
		}
		if name == "" {
			name = "default"
		}
	} else if name == "" {
		name = "custom"
	}
	specs := opts.Axes
	if specs == nil {
		var err error
		if specs, err = DefaultAxes(); err != nil {
			return nil, err
		}
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
	for _, c := range e.discover() {
		tb := topicBuild{id: c.id, label: c.label, origin: Discovered}
		tb.description = "Found in the briefs: passages no taxonomy topic covers, grouped by shared words."
		for k, u := range c.units {
			tb.members = append(tb.members, member{unit: u, score: math.Round(c.sims[k]*1000) / 1000, terms: e.clusterTerms(u, c.terms)})
		}
		builds = append(builds, tb)
	}
	builds, warnings := e.applyEdits(builds, opts.Edits)
	builds = dropEmpty(builds)

	e.progress(StageAlign, 0)
	topics, err := e.align(ctx, builds)
	if err != nil {
		return nil, err
	}

	res := &Result{Schema: Schema, Taxonomy: name, Topics: topics, Warnings: warnings}
	for _, b := range briefs {
		c := *b
		c.Paragraphs = nil
		res.Briefs = append(res.Briefs, &c)
	}
	e.progress(StageAxes, 0)
	if res.Axes, err = placeAxes(ctx, briefs, specs); err != nil {
		return nil, err
	}
	e.progress(StageNumbers, 0)
	res.Numbers = findClaims(briefs)
	e.claimTopics(res)
	e.progress(StageDistinctive, 0)
	if err := e.distinct(ctx, res); err != nil {
		return nil, err
	}
	e.progress(StageDifferences, 0)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res.Differences = differences(res.Topics, res.Numbers, briefs, opts.DiffTimeout)
	e.progress(StageDifferences, 1)
	return res, nil
}

// parallel runs fn over [0, n) in chunks of chunk indices on e.workers
// goroutines and returns ctx's error if it ended meanwhile. Each index is
// handled once; fn writes only to its own indices, so results do not depend
// on scheduling.
func (e *engine) parallel(ctx context.Context, n, chunk int, fn func(lo, hi int)) error {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(e.workers, (n+chunk-1)/chunk) {
		wg.Go(func() {
			for lo := range next {
				fn(lo, min(lo+chunk, n))
			}
		})
	}
	var err error
	for lo := 0; lo < n; lo += chunk {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- lo
	}
	close(next)
	wg.Wait()
	if err != nil {
		return err
	}
	return ctx.Err()
}

// read picks and featurizes every brief's passages (in parallel, one token
// cache per worker), then interns their stems in brief order, so feature ids
// and everything after are deterministic.
func (e *engine) read(ctx context.Context) error {
	raws := make([][]rawUnit, len(e.briefs))
	var mu sync.Mutex
	surf := map[string]map[string]int{}
	var done int
	err := e.parallel(ctx, len(e.briefs), 16, func(lo, hi int) {
		cache := newTokenCache()
		local := map[string]map[string]int{}
		for i := lo; i < hi; i++ {
			raws[i] = e.lx.readBrief(e.briefs[i], cache, local)
		}
		mu.Lock()
		defer mu.Unlock()
		for s, ws := range local {
			m := surf[s]
			if m == nil {
				surf[s] = ws
				continue
			}
			for w, n := range ws {
				m[w] += n
			}
		}
		done += hi - lo
		e.progress(StagePassages, float64(done)/float64(len(e.briefs)))
	})
	if err != nil {
		return err
	}
	v := e.lx.vocab
	for bi, rs := range raws {
		for _, r := range rs {
			e.units = append(e.units, v.internUnit(bi, r))
		}
		raws[bi] = nil
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
	order := map[string]int{}
	total := make([]int, len(e.briefs))
	for i := range e.units {
		total[e.units[i].brief] += e.units[i].words
	}
	for i, b := range e.briefs {
		order[b.ID] = i
	}
	topics := make([]Topic, len(builds))
	var mu sync.Mutex
	done := 0
	err := e.parallel(ctx, len(builds), 1, func(lo, hi int) {
		for t := lo; t < hi; t++ {
			topics[t] = e.alignTopic(builds[t], total)
			mu.Lock()
			done++
			e.progress(StageAlign, float64(done)/float64(len(builds)))
			mu.Unlock()
		}
	})
	return topics, err
}

// alignTopic builds one result topic.
func (e *engine) alignTopic(tb topicBuild, total []int) Topic {
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
			Brief: b.ID, Paragraph: u.para, Sentence: u.sent, Page: p.Page, Section: p.Section,
			Text: p.Text[u.start:u.end], Score: m.score, Terms: terms,
		})
		docs[i] = e.idf.weigh(u.tf)
		group[i] = int32(u.brief)
		words[u.brief] += u.words
	}
	for _, r := range alignRows(docs, group) {
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
	return t
}

// claimTopics sets each numeric claim's topic: the topic in which its
// paragraph has its highest-scoring passage.
func (e *engine) claimTopics(res *Result) {
	type key struct {
		brief string
		para  int
	}
	best := map[key]struct {
		topic string
		score float64
	}{}
	for _, t := range res.Topics {
		for _, p := range t.Passages {
			k := key{p.Brief, p.Paragraph}
			if b, ok := best[k]; !ok || p.Score > b.score {
				best[k] = struct {
					topic string
					score float64
				}{t.ID, p.Score}
			}
		}
	}
	for i := range res.Numbers {
		c := &res.Numbers[i]
		if c.Topic == "" {
			c.Topic = best[key{c.Brief, c.Paragraph}].topic
		}
	}
}

// distinct fills each topic's and the overall distinctive terms.
func (e *engine) distinct(ctx context.Context, res *Result) error {
	err := e.parallel(ctx, len(res.Topics), 1, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			res.Topics[i].Distinctive = distinctive(&res.Topics[i], e.briefs)
		}
	})
	if err != nil {
		return err
	}
	res.Overall = overallDistinctive(e.briefs)
	return nil
}
