package compare

import (
	"slices"
	"sort"
	"strings"
	"time"

	"briefbench/brief"
	"briefbench/minhash"
)

// Near-duplicate search constants (see "Differences" in doc.go).
const (
	// wordingMinJaccard is the word-set Jaccard similarity two passages
	// need to count as saying nearly the same thing.
	wordingMinJaccard = 0.5
	// wordingMinEqual is the share of a word diff's words that must be
	// unchanged for a wording difference (else the passages share words
	// but are written differently).
	wordingMinEqual = 0.6
	// wordingMinWords is the fewest distinct words a passage needs.
	wordingMinWords = 6
	// minhashBands x minhashRows minhash values locate candidate pairs
	// (locality-sensitive hashing): pairs at Jaccard 0.5 become candidates
	// with probability 0.94, unrelated passages rarely.
	minhashBands = 10
	minhashRows  = 2
	// bucketPairsMax: a bucket larger than this pairs its first passage with
	// the others instead of all pairs, so boilerplate repeated in every
	// brief stays linear.
	bucketPairsMax = 30
	// wordingPerCluster is the most wording differences reported for one
	// cluster of near-identical passages (its first passage against the
	// next distinct texts, in brief order); the cluster's agreement lists
	// every member.
	wordingPerCluster = 10
)

// nearPassage is a passage prepared for near-duplicate search.
type nearPassage struct {
	idx   int            // index into Topic.Passages
	words []uint64       // sorted distinct word hashes
	sig   minhash.Sketch // minhashBands × minhashRows minima
}

// nearDuplicates finds passages of topic t from different briefs that say
// nearly the same thing (word Jaccard at least wordingMinJaccard), using
// minhash LSH for candidates. Each cluster of such passages yields a wording
// difference between its first passage and every other passage of another
// brief that is not identical, and an agreement when at least min(3, number
// of briefs) briefs are in it.
func nearDuplicates(t *Topic, toks [][]token, briefs []*brief.Brief, st *stance, timeout time.Duration, workers int) (wording, agreement []Difference) {
	// Signatures are computed on workers goroutines (0 or 1: none), each
	// passage in its own slot, and kept in passage order.
	all := make([]nearPassage, len(t.Passages))
	const chunk = 64
	inParallel(workers, (len(all)+chunk-1)/chunk, func() func(c int) {
		return func(c int) {
			for i := c * chunk; i < min(len(all), (c+1)*chunk); i++ {
				if w := wordHashes(toks[i]); len(w) >= wordingMinWords {
					all[i] = nearPassage{idx: i, words: w, sig: sketch(w)}
				}
			}
		}
	})
	var ps []nearPassage
	for _, np := range all {
		if np.words != nil {
			ps = append(ps, np)
		}
	}
	if len(ps) < 2 {
		return nil, nil
	}
	buckets := map[uint64][]int{}
	for k, p := range ps {
		for b := range minhashBands {
			h := uint64(b+1) * 0x9E3779B97F4A7C15
			for r := range minhashRows {
				h = minhash.Mix(h ^ p.sig[b*minhashRows+r])
			}
			buckets[h] = append(buckets[h], k)
		}
	}
	sets := newUnionFind(len(ps))
	tried := map[[2]int]bool{}
	try := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		pa, pb := t.Passages[ps[a].idx], t.Passages[ps[b].idx]
		if pa.Brief == pb.Brief || tried[[2]int{a, b}] {
			return
		}
		tried[[2]int{a, b}] = true
		if jaccard(ps[a].words, ps[b].words) >= wordingMinJaccard {
			sets.union(a, b)
		}
	}
	keys := make([]uint64, 0, len(buckets))
	for h, l := range buckets {
		if len(l) > 1 {
			keys = append(keys, h)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, h := range keys {
		l := buckets[h]
		if len(l) > bucketPairsMax {
			for _, b := range l[1:] {
				try(l[0], b)
			}
			continue
		}
		for i := range l {
			for j := i + 1; j < len(l); j++ {
				try(l[i], l[j])
			}
		}
	}
	clusters := map[int][]int{}
	var roots []int
	for k := range ps {
		r := sets.find(k)
		if _, ok := clusters[r]; !ok {
			roots = append(roots, r)
		}
		clusters[r] = append(clusters[r], k)
	}
	need := max(2, min(3, len(briefs)))
	for _, r := range roots {
		c := clusters[r]
		if len(c) < 2 {
			continue
		}
		rep := t.Passages[ps[c[0]].idx]
		seen := map[string]bool{rep.Brief: true}
		diffed := map[string]bool{normSpace(rep.Text): true}
		members := []Passage{rep} // the first passage of each brief
		mtoks := [][]token{toks[ps[c[0]].idx]}
		for _, k := range c[1:] {
			p := t.Passages[ps[k].idx]
			if p.Brief == rep.Brief {
				continue
			}
			if !seen[p.Brief] {
				seen[p.Brief] = true
				members = append(members, p)
				mtoks = append(mtoks, toks[ps[k].idx])
			}
			if len(diffed) > wordingPerCluster {
				continue
			}
			norm := normSpace(p.Text)
			if diffed[norm] || jaccard(ps[c[0]].words, ps[k].words) < wordingMinJaccard {
				continue
			}
			diffed[norm] = true
			ops := WordDiff(rep.Text, p.Text, timeout)
			if !mostlyEqual(ops) {
				continue // shared words, different sentences: not a rewording
			}
			wording = append(wording, Difference{
				Kind: KindWording, Topic: t.ID, Label: t.Label, Changed: changedWords(ops),
				Items: []Item{passageItem(rep), passageItem(p)},
				Diff:  ops,
			})
		}
		// Near-identical wording can still say opposite things ("should"
		// and "should not"): only the passages that point the same way agree.
		keep := members
		if st != nil && len(members) >= need {
			keep = nil
			for _, i := range st.consistent(members, mtoks) {
				keep = append(keep, members[i])
			}
		}
		if len(keep) >= need {
			d := Difference{Kind: KindAgreement, Topic: t.ID, Label: t.Label, Basis: BasisWords, Items: []Item{}}
			for _, p := range keep {
				d.Items = append(d.Items, passageItem(p))
			}
			agreement = append(agreement, d)
		}
	}
	return wording, agreement
}

// mostlyEqual reports whether at least wordingMinEqual of the words of a
// diff are unchanged.
func mostlyEqual(ops []Op) bool {
	eq, all := 0, 0
	for _, op := range ops {
		n := len(strings.Fields(op.Text))
		all += n
		if op.Kind == OpEqual {
			eq += n
		}
	}
	return all > 0 && float64(eq) >= wordingMinEqual*float64(all)
}

func passageItem(p Passage) Item {
	return Item{Brief: p.Brief, Paragraph: p.Paragraph, Page: p.Page, Text: p.Text}
}

// changedWords counts the words a diff changes. A deletion followed by an
// insertion is a replacement: its words count once, as the longer side less
// the words both sides keep ("2" replaced by "4" is one word changed, not
// two; "badly needs more" replaced by "needs" is two).
func changedWords(ops []Op) int {
	n := 0
	for i := 0; i < len(ops); i++ {
		switch ops[i].Kind {
		case OpEqual:
		case OpDelete:
			del := strings.Fields(ops[i].Text)
			if i+1 < len(ops) && ops[i+1].Kind == OpInsert {
				ins := strings.Fields(ops[i+1].Text)
				n += max(len(del), len(ins)) - commonWords(del, ins)
				i++
				continue
			}
			n += len(del)
		default:
			n += len(strings.Fields(ops[i].Text))
		}
	}
	return n
}

// commonWords counts the words a and b share, each occurrence once.
func commonWords(a, b []string) int {
	left := map[string]int{}
	for _, w := range a {
		left[w]++
	}
	n := 0
	for _, w := range b {
		if left[w] > 0 {
			left[w]--
			n++
		}
	}
	return n
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// wordHashes returns the sorted distinct hashes of the lower-cased words of
// a passage (stop words included: wording is compared, not topic).
func wordHashes(toks []token) []uint64 {
	out := make([]uint64, 0, len(toks))
	for _, t := range toks {
		out = append(out, minhash.Hash(t.Word))
	}
	slices.Sort(out)
	k := 0
	for i, v := range out {
		if i == 0 || v != out[k-1] {
			out[k] = v
			k++
		}
	}
	return out[:k]
}

// sketch is the minhash sketch of a passage's word hashes.
func sketch(words []uint64) minhash.Sketch {
	sig := minhash.New(minhashBands * minhashRows)
	for _, w := range words {
		sig.Add(w)
	}
	return sig
}

// jaccard of two sorted distinct slices.
func jaccard(a, b []uint64) float64 {
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	u := len(a) + len(b) - n
	if u == 0 {
		return 0
	}
	return float64(n) / float64(u)
}
