package export

import (
	"slices"

	"briefbench/brief"
	"briefbench/compare"
)

// topicMix is what the Overview chart plots: each brief's words by main
// topic, counting every passage once.
//
// Topic.Coverage counts a passage in every topic it belongs to, so a
// brief's coverage shares add up to more than 100% whenever passages
// belong to several topics. A stacked bar of coverage would overstate
// every brief; the mix instead gives each passage (a paragraph, or a run of
// sentences of a split paragraph; the same passage appears under each of
// its topics with the same paragraph and sentence) to the topic where it
// scores highest, ties going to the earlier topic. This is the rule
// compare uses to give a numeric claim its topic.
type topicMix struct {
	// topics are the shown topics, indexes into Result.Topics in taxonomy
	// order: those with the most main-topic words across the briefs shown,
	// at most chartMaxTopics (one fewer when other is set).
	topics []int
	// other is set when further topics hold words: they are lumped together
	// as the last share.
	other bool
	// words[i] is brief i's words in passages with a topic (the shares'
	// denominator).
	words []int
	// shares[i] are brief i's shares of words per shown topic, then the
	// other topics' share when other is set. A brief with no passages has
	// all zeros; otherwise the shares add up to 1.
	shares [][]float64
}

// passageKey identifies a passage of a brief across topics.
type passageKey struct {
	brief               string
	paragraph, sentence int
}

// newTopicMix computes the mix of the first n briefs of r.
func newTopicMix(r *compare.Result, n int) *topicMix {
	n = min(n, len(r.Briefs))
	row := make(map[string]int, n)
	for i, b := range r.Briefs[:n] {
		row[b.ID] = i
	}
	type pick struct {
		topic, words int
		score        float64
	}
	best := map[passageKey]pick{}
	for t := range r.Topics {
		for _, p := range r.Topics[t].Passages {
			if _, ok := row[p.Brief]; !ok {
				continue
			}
			k := passageKey{p.Brief, p.Paragraph, p.Sentence}
			if m, ok := best[k]; !ok || p.Score > m.score {
				best[k] = pick{topic: t, words: brief.WordCount(p.Text), score: p.Score}
			}
		}
	}
	words := make([][]int, n) // per brief, per topic
	for i := range words {
		words[i] = make([]int, len(r.Topics))
	}
	total := make([]int, len(r.Topics)) // per topic, across the briefs
	for k, m := range best {
		words[row[k.brief]][m.topic] += m.words
		total[m.topic] += m.words
	}

	var used []int
	for t, w := range total {
		if w > 0 {
			used = append(used, t)
		}
	}
	mix := &topicMix{topics: used, words: make([]int, n), shares: make([][]float64, n)}
	if len(used) > chartMaxTopics {
		mix.other = true
		mix.topics = chartTopics(used, words, total, chartMaxTopics-1)
	}
	shown := make([]bool, len(r.Topics))
	for _, t := range mix.topics {
		shown[t] = true
	}
	for i := range n {
		sum, other := 0, 0
		for t, w := range words[i] {
			sum += w
			if !shown[t] {
				other += w
			}
		}
		mix.words[i] = sum
		s := make([]float64, 0, len(mix.topics)+1)
		for _, t := range mix.topics {
			s = append(s, ratio(words[i][t], sum))
		}
		if mix.other {
			s = append(s, ratio(other, sum))
		}
		mix.shares[i] = s
	}
	return mix
}

// chartTopics picks k of the topics ts for the chart, in their original
// order: first each brief's main topic (the one holding most of its words),
// so no brief is all "other topics"; then the topics with the most words.
// When the main topics alone are more than k, those with the most words
// win. Ties go to the earlier topic.
func chartTopics(ts []int, words [][]int, total []int, k int) []int {
	main := map[int]bool{}
	for _, w := range words {
		b := -1
		for _, t := range ts {
			if w[t] > 0 && (b < 0 || w[t] > w[b]) {
				b = t
			}
		}
		if b >= 0 {
			main[b] = true
		}
	}
	order := slices.Clone(ts)
	slices.SortStableFunc(order, func(a, b int) int {
		if main[a] != main[b] {
			if main[a] {
				return -1
			}
			return 1
		}
		return total[b] - total[a]
	})
	picked := map[int]bool{}
	for _, t := range order[:min(k, len(order))] {
		picked[t] = true
	}
	out := make([]int, 0, k)
	for _, t := range ts {
		if picked[t] {
			out = append(out, t)
		}
	}
	return out
}

// ratio returns a/b, 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
