package compare

import (
	"math"
	"sort"
	"strings"

	"briefbench/brief"
)

// Distinctive-term constants (documented in compare/doc.go).
const (
	// DistinctZ is the z-score a term must reach to be listed: 1.96, a
	// two-sided 5% level.
	DistinctZ = 1.96
	// DistinctMax is the most terms listed per brief.
	DistinctMax = 15
	// distinctPrior scales the informative Dirichlet prior: alpha_w is
	// distinctPrior times the term's count in the whole corpus, so the prior
	// carries a tenth of the data's weight.
	distinctPrior = 0.1
	// distinctMinCount is the fewest uses for a term to be listed.
	distinctMinCount = 2
)

// distinctStop are common words the Snowball stop list lets through (modal
// verbs, number words, connectives): never shown as distinctive.
var distinctStop = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "first": true,
	"second": true, "third": true, "also": true, "must": true, "may": true, "might": true,
	"would": true, "could": true, "should": true, "can": true, "will": true, "shall": true,
	"still": true, "even": true, "many": true, "much": true, "every": true, "within": true,
	"without": true, "upon": true, "yet": true, "however": true, "though": true,
	"although": true, "whether": true, "since": true, "already": true, "often": true,
	"rather": true, "less": true, "least": true, "well": true, "like": true, "per": true,
	"via": true, "etc": true, "us": true, "says": true, "said": true, "way": true,
	"ways": true, "thing": true, "things": true, "now": true, "today": true,
}

// termCounts holds, for one group of texts, how often each term (a content
// stem, or two adjacent content stems joined by a space) occurs.
type termCounts struct {
	uni, bi map[string]int
	nUni    int
	nBi     int
}

func newTermCounts() *termCounts {
	return &termCounts{uni: map[string]int{}, bi: map[string]int{}}
}

// surfaces counts the written forms of each term, to show terms as words.
type surfaces map[string]map[string]int

func (s surfaces) add(term, form string) {
	m := s[term]
	if m == nil {
		m = map[string]int{}
		s[term] = m
	}
	m[form]++
}

// best returns the most frequent written form of term (ties: the smallest).
func (s surfaces) best(term string) string {
	best, n := term, 0
	for f, c := range s[term] {
		if c > n || c == n && f < best {
			best, n = f, c
		}
	}
	return best
}

// count adds the terms of text to tc, and their written forms to surf.
// Numbers and stop words are skipped; a bigram joins two content words that
// follow each other with only white space or a hyphen between.
func (tc *termCounts) count(cache tokenCache, text string, surf surfaces) {
	toks := cache.tokenize(text)
	prev := -1
	for k, t := range toks {
		if t.Stop || t.Num || len(t.Stem) < 2 || distinctStop[t.Word] {
			prev = -1
			continue
		}
		form := t.Word
		if t.Upper {
			form = text[t.Start:t.End]
		}
		form = strings.TrimSuffix(strings.TrimSuffix(form, "'s"), "’s")
		tc.uni[t.Stem]++
		tc.nUni++
		surf.add(t.Stem, form)
		if prev >= 0 && strings.Trim(text[toks[prev].End:t.Start], " -\u00a0") == "" {
			p := toks[prev]
			pf := p.Word
			if p.Upper {
				pf = text[p.Start:p.End]
			}
			pf = strings.TrimSuffix(strings.TrimSuffix(pf, "'s"), "’s")
			term := p.Stem + " " + t.Stem
			tc.bi[term]++
			tc.nBi++
			surf.add(term, pf+" "+form)
		}
		prev = k
	}
}

// distinctive returns, per brief with passages in topic t, the terms it uses
// in this topic far more than the other briefs do in the same topic, by the
// weighted log-odds ratio with an informative Dirichlet prior (see logOdds).
func distinctive(t *Topic, briefs []*brief.Brief) map[string][]Term {
	groups := map[string]*termCounts{}
	surf := surfaces{}
	cache := newTokenCache()
	for _, p := range t.Passages {
		g := groups[p.Brief]
		if g == nil {
			g = newTermCounts()
			groups[p.Brief] = g
		}
		g.count(cache, p.Text, surf)
	}
	return rankGroups(groups, briefs, surf)
}

// overallDistinctive returns, per brief, the terms it uses far more than the
// other briefs across all its text (footnotes excluded).
func overallDistinctive(briefs []*brief.Brief) map[string][]Term {
	groups := map[string]*termCounts{}
	surf := surfaces{}
	cache := newTokenCache()
	for _, b := range briefs {
		g := newTermCounts()
		for _, p := range b.Paragraphs {
			if p.Kind != brief.Footnote {
				g.count(cache, p.Text, surf)
			}
		}
		groups[b.ID] = g
	}
	return rankGroups(groups, briefs, surf)
}

// rankGroups scores every group against the rest. Every brief in briefs
// gets an entry (empty when it has no distinctive term).
func rankGroups(groups map[string]*termCounts, briefs []*brief.Brief, surf surfaces) map[string][]Term {
	all := newTermCounts()
	for _, g := range groups {
		for w, c := range g.uni {
			all.uni[w] += c
		}
		for w, c := range g.bi {
			all.bi[w] += c
		}
		all.nUni += g.nUni
		all.nBi += g.nBi
	}
	out := make(map[string][]Term, len(briefs))
	for _, b := range briefs {
		g := groups[b.ID]
		if g == nil {
			out[b.ID] = []Term{}
			continue
		}
		terms := logOdds(g.uni, all.uni, g.nUni, all.nUni, surf)
		terms = append(terms, logOdds(g.bi, all.bi, g.nBi, all.nBi, surf)...)
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
// least DistinctZ used at least distinctMinCount times.
func logOdds(mine, all map[string]int, ni, n int, surf surfaces) []Term {
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
		if z >= DistinctZ {
			out = append(out, Term{Term: surf.best(w), Z: round3(z), Count: yi})
		}
	}
	return out
}
