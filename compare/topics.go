package compare

import (
	"context"
	"math"
	"slices"
	"sort"
	"strings"

	"briefbench/brief"
)

// Topic assignment constants. They were tuned once on the labelled fixtures
// (testdata/labels.json, see quality_test.go) and are the same for every
// corpus; see doc.go for the method.
const (
	bm25K1 = 1.2  // BM25 term-frequency saturation
	bm25B  = 0.5  // BM25 length normalisation strength
	bm25L  = 45.0 // reference passage length in content words (fixed, not the corpus mean, so scores do not depend on the corpus)

	minTopicScore = 2.0  // a passage joins a topic scoring at least this ...
	relTopicScore = 0.34 // ... and at least this share of its best topic's score
	maxTopics     = 3    // ... and is among its best three
	scoreScale    = 3.0  // Passage.Score = s / (s + scoreScale)

	prfDocs     = 30   // top passages of a topic read for feedback
	prfMinDocs  = 3    // no feedback for topics with fewer passages
	prfTerms    = 12   // features added to a topic profile
	prfMinCount = 3    // an added feature occurs in at least this many top passages ...
	prfMinRate  = 0.2  // ... and in at least this share of them
	prfMinLift  = 2.5  // ... and this many times more often than in the corpus
	prfWeight   = 0.75 // weight of the strongest added feature (a cue weighs 1)

	sentMinScore = 1.2 // a sentence must score this to start its own run when a paragraph is split
	maxTerms     = 8   // matched terms listed per passage
	sureWeight   = 3.0 // a one-word cue this heavy places a passage alone; lighter ones need a second cue
)

// topicScore is a passage's score on one topic.
type topicScore struct {
	topic int
	score float64
}

// tw is one topic's weight for a feature.
type tw struct {
	topic int32
	w     float32
	sure  bool // a phrase, acronym or alias cue: one sense only
}

// scorer scores units against topic profiles: weights[f] lists the topics
// that feature f cues and with what weight.
type scorer struct {
	weights [][]tw
}

func newScorer(lx *lexicon) *scorer {
	s := &scorer{weights: make([][]tw, lx.vocab.size())}
	for t, p := range lx.topics {
		for _, m := range []map[int32]float64{p.weight, p.expand} {
			for f, w := range m {
				k := lx.vocab.keys[f]
				s.weights[f] = append(s.weights[f], tw{int32(t), float32(w), strings.HasPrefix(k, "p:") || strings.HasPrefix(k, "=")})
			}
		}
	}
	for f := range s.weights {
		sort.Slice(s.weights[f], func(i, j int) bool { return s.weights[f][i].topic < s.weights[f][j].topic })
	}
	return s
}

// sat is BM25's saturated term frequency for a passage of length n.
func sat(tf float32, n int) float64 {
	norm := 1 - bm25B + bm25B*float64(n)/bm25L
	return float64(tf) * (bm25K1 + 1) / (float64(tf) + bm25K1*norm)
}

// scores returns every topic's score for tf (length n), indexed by topic.
func (s *scorer) scores(tf vec, n int, out []float64) []float64 {
	clear(out)
	for i, f := range tf.ids {
		if int(f) >= len(s.weights) {
			continue
		}
		for _, x := range s.weights[f] {
			out[x.topic] += float64(x.w) * sat(tf.vals[i], n)
		}
	}
	return out
}

// sure reports whether tf's evidence for topic t is unambiguous: a phrase,
// acronym or alias cue, a cue word the curator weighed sureWeight or more,
// or two distinct cue words. One cue word alone may
// be another sense of the word ("command of English", "the energies of the
// people"), so it never places a passage by itself.
func (s *scorer) sure(tf vec, t int) bool {
	words := 0
	for _, f := range tf.ids {
		if int(f) >= len(s.weights) {
			continue
		}
		for _, x := range s.weights[f] {
			if int(x.topic) != t {
				continue
			}
			if x.sure || x.w >= sureWeight {
				return true
			}
			words++
		}
	}
	return words >= 2
}

// assignSure is assign keeping only topics with unambiguous evidence.
func (s *scorer) assignSure(tf vec, n int, buf []float64, minScore float64) []topicScore {
	ts := assign(s.scores(tf, n, buf), minScore)
	out := ts[:0]
	for _, x := range ts {
		if s.sure(tf, x.topic) {
			out = append(out, x)
		}
	}
	return out
}

// assign applies the multi-label rule: every topic scoring at least
// minScore and relTopicScore of the best, strongest first.
func assign(sc []float64, minScore float64) []topicScore {
	best := 0.0
	for _, v := range sc {
		best = max(best, v)
	}
	var out []topicScore
	for t, v := range sc {
		if v >= minScore && v >= relTopicScore*best {
			out = append(out, topicScore{t, v})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	if len(out) > maxTopics {
		out = out[:maxTopics]
	}
	return out
}

// assignAll scores every paragraph unit, in parallel.
func (e *engine) assignAll(ctx context.Context, sc *scorer) error {
	return e.parallel(ctx, len(e.units), 256, func(lo, hi int) {
		buf := make([]float64, len(e.lx.topics))
		for i := lo; i < hi; i++ {
			u := &e.units[i]
			u.topics = sc.assignSure(u.tf, u.length, buf, minTopicScore)
			u.near = sc.outscored(u.tf, buf, u.topics)
		}
	})
}

// outscored returns the topics with sure evidence in tf that score at
// least minTopicScore (sc holds the scores) but lost their place to
// stronger topics (relTopicScore, maxTopics): a passage on shipbuilding
// that names nuclear deterrence in passing. Its brief is not silent on
// them (Topic.Elsewhere).
func (s *scorer) outscored(tf vec, sc []float64, kept []topicScore) []int {
	var out []int
	for t, v := range sc {
		if v >= minTopicScore && !slices.ContainsFunc(kept, func(x topicScore) bool { return x.topic == t }) && s.sure(tf, t) {
			out = append(out, t)
		}
	}
	return out
}

// feedback expands each topic's profile with features over-represented in
// its best passages (pseudo-relevance feedback, after Rocchio). A feature
// that is not a cue of any topic (nor a word of another topic's cue
// phrase), found in at least prfMinCount and prfMinRate of the topic's top
// prfDocs passages, from two or more briefs when the corpus has them, and at
// least prfMinLift times more often there than in the corpus, is added with
// a weight up to prfWeight, in proportion to rate·log(lift); prfTerms at
// most.
func (e *engine) feedback() {
	n := len(e.units)
	byTopic := make([][]topicScore, len(e.lx.topics)) // (unit, score)
	for i := range e.units {
		for _, ts := range e.units[i].topics {
			byTopic[ts.topic] = append(byTopic[ts.topic], topicScore{i, ts.score})
		}
	}
	// Cues of any topic are never added by feedback: a topic must not
	// absorb another topic's vocabulary.
	cued := map[int32]bool{}
	inPhrase := map[int32]map[int]bool{} // words of each topic's cue phrases
	for t, p := range e.lx.topics {
		for f := range p.weight {
			cued[f] = true
		}
		for _, c := range p.spec.AllCues() {
			text, _, _ := parseCue(c)
			for _, st := range stems(text) {
				if f, ok := e.lx.vocab.ids[st]; ok {
					if inPhrase[f] == nil {
						inPhrase[f] = map[int]bool{}
					}
					inPhrase[f][t] = true
				}
			}
		}
	}
	for t := range e.lx.topics {
		top := byTopic[t]
		sort.SliceStable(top, func(i, j int) bool { return top[i].score > top[j].score })
		if len(top) > prfDocs {
			top = top[:prfDocs]
		}
		if len(top) < prfMinDocs {
			continue
		}
		count := map[int32]int{}
		briefsOf := map[int32]map[int]bool{}
		nb := map[int]bool{}
		for _, ts := range top {
			u := &e.units[ts.topic]
			nb[u.brief] = true
			for _, f := range u.tf.ids {
				count[f]++
				if briefsOf[f] == nil {
					briefsOf[f] = map[int]bool{}
				}
				briefsOf[f][u.brief] = true
			}
		}
		needBriefs := min(2, len(nb))
		type cand struct {
			f int32
			s float64
		}
		var cands []cand
		prof := e.lx.topics[t]
		for f, c := range count {
			if cued[f] || len(inPhrase[f]) > 1 || len(inPhrase[f]) == 1 && !inPhrase[f][t] || c < prfMinCount || len(briefsOf[f]) < needBriefs {
				continue
			}
			rate := float64(c) / float64(len(top))
			lift := rate / (float64(e.idf.df[f]) / float64(n))
			if rate < prfMinRate || lift < prfMinLift {
				continue
			}
			cands = append(cands, cand{f, rate * math.Log(lift)})
		}
		sort.Slice(cands, func(i, j int) bool {
			if cands[i].s != cands[j].s {
				return cands[i].s > cands[j].s
			}
			return cands[i].f < cands[j].f
		})
		if len(cands) > prfTerms {
			cands = cands[:prfTerms]
		}
		for _, c := range cands {
			prof.expand[c.f] = prfWeight * c.s / cands[0].s
		}
	}
}

// split replaces a long paragraph that covers several topics by runs of its
// sentences: each sentence takes its best topic (when it scores at least
// sentMinScore; otherwise it joins the run before it), consecutive sentences
// with the same topic form a run, and each run is scored again as a passage.
// A paragraph stays whole unless it has two or more runs on different topics.
func (e *engine) split(sc *scorer) {
	buf := make([]float64, len(e.lx.topics))
	var out []unit
	for _, u := range e.units {
		if len(u.sents) == 0 || len(u.topics) < 2 {
			u.sents = nil
			out = append(out, u)
			continue
		}
		best := make([]int, len(u.sents))
		for i, s := range u.sents {
			best[i] = -1
			sc.scores(s.tf, s.length, buf)
			b := -1
			for t, v := range buf {
				if v >= sentMinScore && (b < 0 || v > buf[b]) {
					b = t
				}
			}
			best[i] = b
		}
		for i := range best { // unscored sentences join the run before (or after)
			if best[i] < 0 && i > 0 {
				best[i] = best[i-1]
			}
		}
		for i := len(best) - 1; i >= 0; i-- {
			if best[i] < 0 && i+1 < len(best) {
				best[i] = best[i+1]
			}
		}
		var runs []unit
		var runTopic []int
		for i, s := range u.sents {
			if i > 0 && best[i] == best[i-1] {
				r := &runs[len(runs)-1]
				r.end, r.words, r.length, r.tf = s.end, r.words+s.words, r.length+s.length, r.tf.add(s.tf)
				continue
			}
			s.sents = nil
			runs = append(runs, s)
			runTopic = append(runTopic, best[i])
		}
		if len(runs) < 2 || best[0] < 0 {
			u.sents = nil
			out = append(out, u)
			continue
		}
		for i := range runs {
			r := &runs[i]
			r.topics = assign(sc.scores(r.tf, r.length, buf), minTopicScore)
			if len(r.topics) == 0 {
				r.topics = []topicScore{{runTopic[i], buf[runTopic[i]]}}
			}
			out = append(out, *r)
		}
	}
	e.units = out
}

// leadIns gives a list's lead-in line that found no topic of its own the
// commonest topic of the list items right after it (ties: higher summed
// score, then taxonomy order), scored as the lowest of those items' scores.
func (e *engine) leadIns() {
	for i := range e.units {
		u := &e.units[i]
		if !u.leadIn || len(u.topics) > 0 {
			continue
		}
		count := map[int]int{}
		sum := map[int]float64{}
		low := map[int]float64{}
		next := u.para + 1
		for j := i + 1; j < len(e.units) && e.units[j].brief == u.brief && e.units[j].para == next; j++ {
			if e.briefs[u.brief].Paragraphs[next].Kind != brief.ListItem {
				break
			}
			for _, ts := range e.units[j].topics {
				count[ts.topic]++
				sum[ts.topic] += ts.score
				if l, ok := low[ts.topic]; !ok || ts.score < l {
					low[ts.topic] = ts.score
				}
			}
			if e.units[j].sent <= 1 {
				next++
			}
		}
		best := -1
		for t := range e.lx.topics {
			if count[t] == 0 {
				continue
			}
			if best < 0 || count[t] > count[best] || count[t] == count[best] && sum[t] > sum[best] {
				best = t
			}
		}
		if best >= 0 {
			u.topics = []topicScore{{best, low[best]}}
		}
	}
}

// matched lists the features of tf that count toward topic t, strongest
// first, as the words a reader recognises.
func (e *engine) matched(tf vec, n, t int) []string {
	p := e.lx.topics[t]
	type hit struct {
		f int32
		s float64
	}
	var hits []hit
	for i, f := range tf.ids {
		w, ok := p.weight[f]
		if !ok {
			w, ok = p.expand[f]
		}
		if ok {
			hits = append(hits, hit{f, w * sat(tf.vals[i], n)})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].s != hits[j].s {
			return hits[i].s > hits[j].s
		}
		return hits[i].f < hits[j].f
	})
	var out []string
	seen := map[string]bool{}
	for _, h := range hits {
		s := e.lx.vocab.surface[h.f]
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
		if len(out) == maxTerms {
			break
		}
	}
	return out
}

// normScore maps a raw topic score to [0, 1).
func normScore(s float64) float64 { return math.Round(1000*s/(s+scoreScale)) / 1000 }
