// Which topic a numeric claim, and a numeric difference, is filed under. The
// method is described in doc.go ("Numeric claims").

package compare

import (
	"sort"
	"strings"
)

// claimWindow is how many tokens on each side of a number count as the
// words around it when a claim is matched against topic cues.
const claimWindow = 8

// claimKeyWeight is how much more a topic cue counts when it is in the
// claim's quantity (what the number measures) than when it is only near
// the number.
const claimKeyWeight = 2.0

// topicCue is one taxonomy cue as a stem sequence, with its weight.
type topicCue struct {
	stems  []string
	weight float64
}

// claimMatcher holds every taxonomy topic's cues, to file claims under the
// topic that names what they measure.
type claimMatcher struct {
	cues  map[string][]topicCue // topic id -> cues
	cache tokenCache
	// The last sentence tokenized and its tokens: a sentence's claims come
	// one after another.
	text string
	toks []token
}

func newClaimMatcher(tax *Taxonomy) *claimMatcher {
	m := &claimMatcher{cues: map[string][]topicCue{}, cache: newTokenCache()}
	if tax == nil {
		return m
	}
	for _, t := range tax.Topics {
		scale := t.Weight
		if scale <= 0 {
			scale = 1
		}
		for _, raw := range t.AllCues() {
			text, w, err := parseCue(raw)
			if err != nil {
				continue
			}
			if st := phraseStems(text); len(st) > 0 {
				m.cues[t.ID] = append(m.cues[t.ID], topicCue{stems: st, weight: w * scale})
			}
		}
	}
	return m
}

// claimWords returns the stems of what a claim measures (its quantity,
// and "percent of GDP" for shares of GDP) and the stems of the words
// within claimWindow tokens of its number.
func (m *claimMatcher) claimWords(c Claim) (key, near []string) {
	q := c.Quantity
	if i := strings.LastIndex(q, ", "); i >= 0 && c.Unit != "" && strings.HasSuffix(q, ", "+string(c.Unit)) {
		q = q[:i]
	}
	if c.Unit == UnitPercentGDP {
		q += " percent of GDP"
	}
	for _, t := range m.cache.tokenize(q) {
		key = append(key, t.Stem)
	}
	if c.Text != m.text || m.toks == nil {
		m.text, m.toks = c.Text, m.cache.appendTokens(m.toks[:0], c.Text)
	}
	toks := m.toks
	at := strings.Index(c.Text, c.Raw)
	k := 0
	for k < len(toks) && at >= 0 && toks[k].End <= at {
		k++
	}
	if at < 0 {
		k = len(toks) / 2
	}
	for j := max(0, k-claimWindow); j < min(len(toks), k+claimWindow+1); j++ {
		near = append(near, toks[j].Stem)
	}
	return key, near
}

// score is how well topic matches a claim: the weights of the topic's cues
// found in the claim's quantity (times claimKeyWeight) or, failing that,
// near its number. Each cue counts once; words holds the stems of key and
// near, to skip cues that cannot match.
func (m *claimMatcher) score(topic string, key, near []string, words map[string]bool) float64 {
	s := 0.0
	for _, c := range m.cues[topic] {
		if !words[c.stems[0]] {
			continue
		}
		switch {
		case containsRun(key, c.stems):
			s += claimKeyWeight * c.weight
		case containsRun(near, c.stems):
			s += c.weight
		}
	}
	return s
}

// containsRun reports whether run occurs in seq as consecutive items.
func containsRun(seq, run []string) bool {
	for i := 0; i+len(run) <= len(seq); i++ {
		ok := true
		for k, r := range run {
			if seq[i+k] != r {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// topicChoice is a topic a claim's paragraph belongs to, with the score of
// the paragraph's passage there.
type topicChoice struct {
	topic string
	score float64
}

// bestClaimTopic picks, among the topics of a claim's paragraph, the one
// whose cues best match the claim (see score); ties and claims that match
// no cue go to the topic where the paragraph scores highest.
func (m *claimMatcher) bestClaimTopic(c Claim, choices []topicChoice) string {
	if len(choices) == 0 {
		return ""
	}
	key, near := m.claimWords(c)
	words := make(map[string]bool, len(key)+len(near))
	for _, w := range key {
		words[w] = true
	}
	for _, w := range near {
		words[w] = true
	}
	best, bestCue := 0, -1.0
	for i, ch := range choices {
		s := m.score(ch.topic, key, near, words)
		if s > bestCue || s == bestCue && ch.score > choices[best].score {
			best, bestCue = i, s
		}
	}
	return choices[best].topic
}

// claimTopics sets each numeric claim's topic (when not already set): among
// the topics holding a passage of its paragraph, the one whose taxonomy
// cues best match what the claim measures and the words around its number
// (claimMatcher), else the topic where the paragraph scores highest.
func claimTopics(res *Result, tax *Taxonomy) {
	choices := map[paraKey][]topicChoice{}
	for _, t := range res.Topics {
		for _, p := range t.Passages {
			k := paraKey{p.Brief, p.Paragraph}
			l := choices[k]
			found := false
			for i := range l {
				if l[i].topic == t.ID {
					l[i].score = max(l[i].score, p.Score)
					found = true
				}
			}
			if !found {
				l = append(l, topicChoice{t.ID, p.Score})
			}
			choices[k] = l
		}
	}
	m := newClaimMatcher(tax)
	for i := range res.Numbers {
		c := &res.Numbers[i]
		if c.Topic == "" {
			c.Topic = m.bestClaimTopic(*c, choices[paraKey{c.Brief, c.Paragraph}])
		}
	}
}

// keyTopic is the topic a numeric difference is filed under: the topic
// most of its claims were filed under (claimTopics), ties going to the topic
// of the earliest claim; fallback maps a paragraph to its best topic for
// claims without one.
func keyTopic(claims []Claim, idx []int, fallback map[paraKey]string) string {
	count := map[string]int{}
	first := map[string]int{}
	for n, i := range idx {
		t := claims[i].Topic
		if t == "" {
			t = fallback[paraKey{claims[i].Brief, claims[i].Paragraph}]
		}
		if t == "" {
			continue
		}
		if _, ok := first[t]; !ok {
			first[t] = n
		}
		count[t]++
	}
	topics := make([]string, 0, len(count))
	for t := range count {
		topics = append(topics, t)
	}
	sort.Slice(topics, func(a, b int) bool {
		if count[topics[a]] != count[topics[b]] {
			return count[topics[a]] > count[topics[b]]
		}
		return first[topics[a]] < first[topics[b]]
	})
	if len(topics) == 0 {
		return ""
	}
	return topics[0]
}
