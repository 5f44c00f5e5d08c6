package export

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
)

func TestTopicMix(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("word ", n)) }
	p := func(id string, para, sent int, n int, score float64) compare.Passage {
		return compare.Passage{Brief: id, Paragraph: para, Sentence: sent, Text: words(n), Score: score}
	}
	result := func(briefs []string, topics ...[]compare.Passage) *compare.Result {
		r := &compare.Result{}
		for _, id := range briefs {
			r.Briefs = append(r.Briefs, &brief.Brief{ID: id})
		}
		for i, ps := range topics {
			r.Topics = append(r.Topics, compare.Topic{ID: fmt.Sprint("t", i), Passages: ps})
		}
		return r
	}
	many := make([][]compare.Passage, chartMaxTopics+2)
	for i := range many {
		many[i] = []compare.Passage{p("a", i, 0, 10+i, 1)} // later topics hold more words
	}
	cases := []struct {
		name   string
		r      *compare.Result
		n      int
		topics []int
		other  bool
		words  []int
		shares [][]float64
	}{
		{
			name: "a passage in two topics counts once, under the higher score",
			r: result([]string{"a"},
				[]compare.Passage{p("a", 0, 0, 30, 0.9), p("a", 1, 0, 10, 0.2)},
				[]compare.Passage{p("a", 1, 0, 10, 0.8), p("a", 0, 0, 30, 0.3)},
			),
			n: 1, topics: []int{0, 1}, words: []int{40},
			shares: [][]float64{{0.75, 0.25}},
		},
		{
			name: "sentence runs of a split paragraph are passages of their own",
			r: result([]string{"a"},
				[]compare.Passage{p("a", 0, 1, 20, 0.5)},
				[]compare.Passage{p("a", 0, 3, 20, 0.5)},
			),
			n: 1, topics: []int{0, 1}, words: []int{40},
			shares: [][]float64{{0.5, 0.5}},
		},
		{
			name: "tie goes to the earlier topic; empty topics are left out",
			r: result([]string{"a", "b"},
				[]compare.Passage{p("a", 0, 0, 10, 0.5)},
				nil,
				[]compare.Passage{p("a", 0, 0, 10, 0.5), p("b", 2, 0, 10, 0.4)},
			),
			n: 2, topics: []int{0, 2}, words: []int{10, 10},
			shares: [][]float64{{1, 0}, {0, 1}},
		},
		{
			name: "briefs past n are not counted",
			r: result([]string{"a", "b"},
				[]compare.Passage{p("a", 0, 0, 10, 0.5)},
				[]compare.Passage{p("b", 0, 0, 10, 0.5)},
			),
			n: 1, topics: []int{0}, words: []int{10},
			shares: [][]float64{{1}},
		},
		{
			name: "a brief without passages has no shares",
			r: result([]string{"a", "b"},
				[]compare.Passage{p("a", 0, 0, 10, 0.5)},
			),
			n: 2, topics: []int{0}, words: []int{10, 0},
			shares: [][]float64{{1}, {0}},
		},
		{
			name: "too many topics: a brief's main topic is shown even when small overall",
			r: func() *compare.Result {
				ts := slices.Clone(many)
				ts[0] = append(slices.Clone(ts[0]), p("b", 0, 0, 5, 1)) // b's only topic, the smallest
				return result([]string{"a", "b"}, ts...)
			}(),
			n:      2,
			topics: []int{0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13},
			other:  true,
			words:  []int{10*14 + 91, 5},
		},
		{
			name:   "too many topics: the largest shown, the rest as other",
			r:      result([]string{"a"}, many...),
			n:      1,
			topics: []int{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13},
			other:  true,
			words:  []int{10*14 + 91},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := newTopicMix(c.r, c.n)
			if !slices.Equal(m.topics, c.topics) || m.other != c.other || !slices.Equal(m.words, c.words) {
				t.Fatalf("topics %v other %v words %v, want %v %v %v", m.topics, m.other, m.words, c.topics, c.other, c.words)
			}
			columns := len(c.topics)
			if c.other {
				columns++
			}
			for i, s := range m.shares {
				if len(s) != columns {
					t.Errorf("brief %d: %d shares, want %d", i, len(s), columns)
				}
				sum := 0.0
				for _, x := range s {
					sum += x
				}
				if m.words[i] > 0 && math.Abs(sum-1) > 1e-9 {
					t.Errorf("brief %d: shares %v add up to %v, want 1", i, s, sum)
				}
				if c.shares != nil && !slices.Equal(s, c.shares[i]) {
					t.Errorf("brief %d: shares %v, want %v", i, s, c.shares[i])
				}
			}
		})
	}
}

func TestCount(t *testing.T) {
	cases := []struct {
		n    int
		want string
	}{
		{0, "0 briefs"},
		{1, "1 brief"},
		{2, "2 briefs"},
		{1000, "1,000 briefs"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			if got := count(c.n, "brief", "briefs"); got != c.want {
				t.Errorf("count(%d) = %q, want %q", c.n, got, c.want)
			}
		})
	}
	if got := count(1, "position axis", "position axes"); got != "1 position axis" {
		t.Errorf("count(1, axis) = %q", got)
	}
}
