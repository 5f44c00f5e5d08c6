package compare

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// Features. Every text is turned into a sparse bag of features, each
// interned as an int32:
//
//   - a stem of a content word ("shipyard");
//   - a pattern: a cue phrase or a single-word acronym cue, matched word by
//     word on stems ("p:burden share", "p:^sosa");
//   - an alias group: any member of an alias group from the taxonomy
//     ("=rok" for ROK, South Korea, Republic of Korea and Seoul).
//
// Pattern and alias features are interned first, from the taxonomy, so their
// ids do not depend on the corpus; stems are interned in corpus order.

// vocab interns feature keys.
type vocab struct {
	ids     map[string]int32
	keys    []string
	surface []string // how the feature is shown: a cue as written, or the commonest word of a stem
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}} }

func (v *vocab) id(key, surface string) int32 {
	if id, ok := v.ids[key]; ok {
		return id
	}
	id := int32(len(v.keys))
	v.ids[key] = id
	v.keys = append(v.keys, key)
	v.surface = append(v.surface, surface)
	return id
}

func (v *vocab) size() int { return len(v.keys) }

// pattern is a word sequence matched on stems; upper requires a one-word
// pattern to be written as an acronym.
type pattern struct {
	stems []string
	upper bool
	feats []int32 // features the match emits (its alias group and/or itself)
}

// lexicon is a compiled taxonomy: alias groups, patterns and topic profiles
// resolved to features.
type lexicon struct {
	vocab    *vocab
	patterns map[string][]*pattern // by first stem
	maxLen   int
	topics   []profile
}

// profile is a topic's weighted features.
type profile struct {
	spec   TopicSpec
	weight map[int32]float64 // cue features
	expand map[int32]float64 // pseudo-relevance feedback features
}

// cueKey returns the key identifying a cue's word sequence, and whether the
// cue is a one-word acronym.
func cueKey(text string) (key string, stemsOf []string, upper bool) {
	toks := tokenize(text)
	for _, t := range toks {
		stemsOf = append(stemsOf, t.Stem)
	}
	upper = len(toks) == 1 && toks[0].Upper
	key = strings.Join(stemsOf, " ")
	if upper {
		key = "^" + key
	}
	return key, stemsOf, upper
}

// compileLexicon resolves a taxonomy's aliases and cues to features.
func compileLexicon(t *Taxonomy) *lexicon {
	lx := &lexicon{vocab: newVocab(), patterns: map[string][]*pattern{}}
	byKey := map[string]*pattern{}
	addPattern := func(key string, st []string, upper bool, feat int32) {
		p := byKey[key]
		if p == nil {
			p = &pattern{stems: st, upper: upper}
			byKey[key] = p
			lx.patterns[st[0]] = append(lx.patterns[st[0]], p)
			lx.maxLen = max(lx.maxLen, len(st))
		}
		if !slices.Contains(p.feats, feat) {
			p.feats = append(p.feats, feat)
		}
	}
	alias := map[string]int32{} // member key -> alias feature
	for _, g := range t.Aliases {
		if len(g) == 0 {
			continue
		}
		k0, _, _ := cueKey(g[0])
		feat := lx.vocab.id("="+k0, g[0])
		for _, m := range g {
			key, st, upper := cueKey(m)
			if len(st) == 0 {
				continue
			}
			if _, dup := alias[key]; !dup {
				alias[key] = feat
			}
			addPattern(key, st, upper, alias[key])
		}
	}
	for _, spec := range t.Topics {
		pr := profile{spec: spec, weight: map[int32]float64{}, expand: map[int32]float64{}}
		tw := spec.Weight
		if tw == 0 {
			tw = 1
		}
		for _, c := range spec.AllCues() {
			text, w, err := parseCue(c)
			if err != nil {
				continue // ParseTaxonomy reports it
			}
			key, st, upper := cueKey(text)
			var feat int32
			switch a, ok := alias[key]; {
			case ok:
				feat = a
			case len(st) == 1 && !upper && !tokenize(text)[0].Stop:
				feat = lx.vocab.id(st[0], text)
			default:
				feat = lx.vocab.id("p:"+key, text)
				addPattern(key, st, upper, feat)
			}
			pr.weight[feat] = max(pr.weight[feat], w*tw)
		}
		lx.topics = append(lx.topics, pr)
	}
	// Deterministic pattern order: longest first, then by key.
	for k, ps := range lx.patterns {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i].stems) != len(ps[j].stems) {
				return len(ps[i].stems) > len(ps[j].stems)
			}
			return strings.Join(ps[i].stems, " ") < strings.Join(ps[j].stems, " ")
		})
		lx.patterns[k] = ps
	}
	return lx
}

// bag is the raw feature bag of one text before interning: stems by string,
// taxonomy features by id.
type bag struct {
	stems  map[string]float32
	keys   []string // the stems, sorted (set by sortKeys)
	feats  map[int32]float32
	length int // content words
}

// sortKeys sets b.keys. It only reads the bag, so bags are sorted in
// parallel before the (serial) interning.
func (b *bag) sortKeys() {
	b.keys = make([]string, 0, len(b.stems))
	for s := range b.stems {
		b.keys = append(b.keys, s)
	}
	slices.Sort(b.keys)
}

// featurize turns tokens into a bag. It reads the lexicon only, so several
// goroutines may featurize at once.
//
// surf, when not nil, counts the occurrences of each content word (by its
// analysis, so one map step per word), to show stems as words later.
func (lx *lexicon) featurize(toks []token, surf map[*lex]int) bag {
	b := bag{stems: map[string]float32{}, feats: map[int32]float32{}}
	for i, t := range toks {
		if !t.Stop && !t.Num {
			b.stems[t.Stem]++
			b.length++
			if surf != nil {
				surf[t.lex]++
			}
		}
		for _, p := range lx.patterns[t.Stem] {
			if p.upper && !t.Upper || i+len(p.stems) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(p.stems); k++ {
				if toks[i+k].Stem != p.stems[k] {
					ok = false
					break
				}
			}
			if ok {
				for _, f := range p.feats {
					b.feats[f]++
				}
			}
		}
	}
	return b
}

// vec is a sparse vector: ids ascending, with values.
type vec struct {
	ids  []int32
	vals []float32
}

// intern turns a bag into a term-frequency vector, interning its stems.
func (v *vocab) intern(b bag) vec {
	v.assign(&b)
	return v.lookup(b)
}

// assign interns the stems of b that are new, in sorted order, so ids do not
// depend on map order. It is the only step of interning that writes.
func (v *vocab) assign(b *bag) {
	if b.keys == nil {
		b.sortKeys()
	}
	for _, s := range b.keys {
		v.id(s, s)
	}
}

// lookup turns a bag whose stems are all interned into a term-frequency
// vector. It only reads the vocabulary, so bags are looked up in parallel.
func (v *vocab) lookup(b bag) vec {
	out := vec{ids: make([]int32, 0, len(b.stems)+len(b.feats))}
	tf := make(map[int32]float32, len(b.stems)+len(b.feats))
	for s, n := range b.stems {
		id := v.ids[s]
		tf[id] += n
		out.ids = append(out.ids, id)
	}
	for f, n := range b.feats {
		if _, ok := tf[f]; !ok {
			out.ids = append(out.ids, f)
		}
		tf[f] += n
	}
	slices.Sort(out.ids)
	out.vals = make([]float32, len(out.ids))
	for i, id := range out.ids {
		out.vals[i] = tf[id]
	}
	return out
}

// add returns the sum of two vectors.
func (a vec) add(b vec) vec {
	out := vec{ids: make([]int32, 0, len(a.ids)+len(b.ids)), vals: make([]float32, 0, len(a.ids)+len(b.ids))}
	i, j := 0, 0
	for i < len(a.ids) || j < len(b.ids) {
		switch {
		case j >= len(b.ids) || i < len(a.ids) && a.ids[i] < b.ids[j]:
			out.ids, out.vals = append(out.ids, a.ids[i]), append(out.vals, a.vals[i])
			i++
		case i >= len(a.ids) || b.ids[j] < a.ids[i]:
			out.ids, out.vals = append(out.ids, b.ids[j]), append(out.vals, b.vals[j])
			j++
		default:
			out.ids, out.vals = append(out.ids, a.ids[i]), append(out.vals, a.vals[i]+b.vals[j])
			i++
			j++
		}
	}
	return out
}

// dot returns the dot product of two vectors.
func (a vec) dot(b vec) float64 {
	s := 0.0
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += float64(a.vals[i]) * float64(b.vals[j])
			i++
			j++
		}
	}
	return s
}

// idfTable holds document frequencies over paragraph units.
type idfTable struct {
	df []int32
	n  int
}

// idf is the smoothed inverse document frequency of feature f.
func (t *idfTable) idf(f int32) float64 {
	df := 0.0
	if int(f) < len(t.df) {
		df = float64(t.df[f])
	}
	return math.Log(1 + (float64(t.n)-df+0.5)/(df+0.5))
}

// weigh turns a term-frequency vector into a unit-length TF-IDF vector
// (sublinear tf: 1 + log tf).
func (t *idfTable) weigh(tf vec) vec {
	out := vec{ids: tf.ids, vals: make([]float32, len(tf.vals))}
	norm := 0.0
	for i, f := range tf.ids {
		w := (1 + math.Log(float64(tf.vals[i]))) * t.idf(f)
		out.vals[i] = float32(w)
		norm += w * w
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range out.vals {
			out.vals[i] *= inv
		}
	}
	return out
}
