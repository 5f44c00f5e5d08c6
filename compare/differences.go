// Differences: numeric, coverage, wording and agreement. The method is
// described in doc.go ("Differences"); the constants below and in
// wording_near.go carry the numbers.

package compare

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"briefbench/brief"
)

// Difference constants (see "Differences" in doc.go).
const (
	// coverSubstantial is the share of a brief's words a topic needs for
	// a coverage difference to list the brief as stressing it; the briefs
	// it lists as silent are those that do not address the topic at all
	// (Topic.Addresses), the same rule as "not addressed" everywhere.
	coverSubstantial = 0.05
	// agreeMinSim is the cosine similarity (binary content stems) a row
	// cell needs with the rest of its row to count as making the same point.
	agreeMinSim = 0.3
)

// differences lists what an analyst should notice: numeric conflicts,
// coverage gaps, near-identical passages worded differently, and points of
// agreement, in that order; within a kind, numeric and numeric agreements
// by quantity key, the others in topic order. diffTimeout is passed to
// WordDiff (0: no limit, deterministic).
func differences(ctx context.Context, topics []Topic, claims []Claim, briefs []*brief.Brief, st *stance, diffTimeout time.Duration, workers int) ([]Difference, error) {
	topicOf := passageTopics(topics)
	var out []Difference
	numeric, numAgree, trajectories, related := numericDifferences(claims, topicOf)
	out = append(out, numeric...)
	out = append(out, trajectories...)
	out = append(out, related...)
	out = append(out, coverageDifferences(topics, briefs)...)
	// Topics are searched in parallel and merged in topic order. A topic
	// holding a large share of all passages would finish alone on one core:
	// such topics are searched one after another, each with all the workers
	// (bigTopics); the rest side by side, one worker each, largest first.
	type found struct{ wording, clusters, rows []Difference }
	per := make([]found, len(topics))
	search := func(i, inner int, cache tokenCache) {
		t := &topics[i]
		toks := make([][]token, len(t.Passages))
		const chunk = 64
		inParallel(inner, (len(toks)+chunk-1)/chunk, func() func(c int) {
			own := cache // one goroutine: the caller's cache; several: one each
			if inner > 1 {
				own = newTokenCache()
			}
			return func(c int) {
				for k := c * chunk; k < min(len(toks), (c+1)*chunk); k++ {
					toks[k] = own.tokenize(t.Passages[k].Text)
				}
			}
		})
		wd, a := nearDuplicates(t, toks, briefs, st, diffTimeout, inner)
		per[i] = found{wd, a, rowAgreements(t, toks, briefs, st, inner)}
	}
	big, small := bigTopics(topics, workerCount(workers, len(topics)))
	for _, i := range big {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		search(i, workers, nil)
	}
	if err := parallelBriefs(ctx, workers, len(small), func(w *worker, k int) {
		search(small[k], 1, w.cache)
	}); err != nil {
		return nil, err
	}
	// A passage can sit under several topics: report each near-duplicate
	// pair or cluster once, under the first topic that holds it.
	var agree []Difference
	seen := map[string]bool{}
	for i := range topics {
		for _, d := range append(per[i].wording, per[i].clusters...) {
			k := string(d.Kind) + itemsKey(d.Items)
			if seen[k] {
				continue
			}
			seen[k] = true
			if d.Kind == KindWording {
				out = append(out, d)
			} else {
				agree = append(agree, d)
			}
		}
	}
	out = append(out, numAgree...)
	for i := range topics {
		for _, d := range per[i].rows {
			if k := string(d.Kind) + itemsKey(d.Items); !seen[k] {
				seen[k] = true
				agree = append(agree, d)
			}
		}
	}
	out = append(out, agree...)
	if out == nil {
		out = []Difference{}
	}
	return out, nil
}

// bigTopics splits topic indices, largest first, into those holding so
// large a share of all passages that one worker alone would finish long
// after the others (searched one at a time with all workers) and the rest.
func bigTopics(topics []Topic, workers int) (big, small []int) {
	sum := 0
	for i := range topics {
		sum += len(topics[i].Passages)
	}
	for _, i := range largestFirst(len(topics), func(t int) int { return len(topics[t].Passages) }) {
		if n := len(topics[i].Passages); workers > 1 && n >= 512 && n*2*workers >= sum {
			big = append(big, i)
		} else {
			small = append(small, i)
		}
	}
	return big, small
}

// itemsKey identifies a difference's passages.
func itemsKey(items []Item) string {
	var sb strings.Builder
	for _, it := range items {
		fmt.Fprintf(&sb, "|%s:%d:%d", it.Brief, it.Paragraph, len(it.Text))
	}
	return sb.String()
}

type paraKey struct {
	brief string
	para  int
}

// passageTopics maps each paragraph to the topic where it scores highest.
func passageTopics(topics []Topic) map[paraKey]string {
	best := map[paraKey]float64{}
	out := map[paraKey]string{}
	for _, t := range topics {
		for _, p := range t.Passages {
			k := paraKey{p.Brief, p.Paragraph}
			if s, ok := best[k]; !ok || p.Score > s {
				best[k], out[k] = p.Score, t.ID
			}
		}
	}
	return out
}

// numericDifferences turns claims into conflicts (one per key on which
// briefs give different values), agreements (two or more briefs give one
// value for one key, and no brief another), trajectories (one brief gives
// one measure at several times) and related figures (briefs give one
// measure, but one dated and the other not, so they are not surely
// comparable). Summaries are left to the present package, which phrases
// them from Measure and the items.
func numericDifferences(claims []Claim, topicOf map[paraKey]string) (conflicts, agreements, trajectories, related []Difference) {
	for _, idx := range claimsByKey(claims) {
		key := claims[idx[0]].Key
		topic := keyTopic(claims, idx, topicOf)
		groups := keyGroups(claims, idx)
		switch {
		case len(groups) >= 1 && !contextsAgree(claims, flat(groups)):
			// One key, but the numbers qualify different things: related
			// figures, never a conflict or an agreement.
			g := firstPerBrief(claims, flat(groups))
			if len(g) < 2 {
				continue
			}
			d := Difference{Kind: KindRelated, Topic: topic, Items: []Item{}, Measure: &key, Quantity: claims[idx[0]].label, Reason: ReasonContext}
			for _, i := range g {
				it := claimItem(claims[i])
				it.Context = claims[i].qualifier
				d.Items = append(d.Items, it)
			}
			related = append(related, d)
		case len(groups) >= 2 && key.Unit != UnitYear:
			d := Difference{Kind: KindNumeric, Topic: topic, Items: []Item{}, Measure: &key, Quantity: claims[idx[0]].label}
			for _, g := range groups {
				for _, i := range firstPerBrief(claims, g) {
					d.Items = append(d.Items, claimItem(claims[i]))
				}
			}
			conflicts = append(conflicts, d)
		case len(groups) == 1:
			g := firstPerBrief(claims, groups[0])
			if len(g) < 2 {
				continue
			}
			d := Difference{Kind: KindAgreement, Topic: topic, Items: []Item{}, Measure: &key, Quantity: claims[idx[0]].label}
			for _, i := range g {
				d.Items = append(d.Items, claimItem(claims[i]))
			}
			agreements = append(agreements, d)
		}
	}
	trajectories, dated := seriesDifferences(claims, topicOf)
	return conflicts, agreements, trajectories, append(related, dated...)
}

// seriesDifferences finds trajectories and related figures: claims grouped
// by key without time (QuantityKey.Series).
func seriesDifferences(claims []Claim, topicOf map[paraKey]string) (trajectories, related []Difference) {
	series := make([]Claim, len(claims))
	for i, c := range claims {
		c.Key = c.Key.Series()
		series[i] = c
	}
	for _, idx := range claimsByKey(series) {
		k := series[idx[0]].Key
		if k.Unit == UnitYear || k.Unit == UnitTargetYear {
			continue
		}
		byBrief := map[string][]int{}
		var order []string
		for _, i := range idx {
			b := claims[i].Brief
			if byBrief[b] == nil {
				order = append(order, b)
			}
			byBrief[b] = append(byBrief[b], i)
		}
		for _, b := range order {
			if pts := timePoints(claims, byBrief[b]); len(pts) >= 2 && agreeWithin(claims, pts, true) {
				d := Difference{Kind: KindTrajectory, Topic: keyTopic(claims, pts, topicOf), Items: []Item{}, Measure: &k, Quantity: claims[idx[0]].label}
				for _, i := range pts {
					d.Items = append(d.Items, claimItem(claims[i]))
				}
				trajectories = append(trajectories, d)
			}
		}
		// Related: one brief gives the figure undated, another dated (not
		// a target): maybe the same time, maybe not.
		var undated, dated []int
		for _, b := range order {
			u, dt := -1, -1
			for _, i := range byBrief[b] {
				c := claims[i]
				switch {
				case c.Key.Target:
				case c.Key.Year == 0 && u < 0:
					u = i
				case c.Key.Year > 0 && (dt < 0 || c.Key.Year > claims[dt].Key.Year):
					dt = i
				}
			}
			if u >= 0 {
				undated = append(undated, u)
			}
			if dt >= 0 {
				dated = append(dated, dt)
			}
		}
		if len(undated) == 0 || len(dated) == 0 || len(briefSet(claims, append(append([]int{}, undated...), dated...))) < 2 {
			continue
		}
		pts := append(append([]int{}, undated...), dated...)
		if allSameValue(claims, pts) {
			continue // one figure, said again: nothing to compare ("1,000 extra police officers" now and as a 1992 pledge)
		}
		d := Difference{Kind: KindRelated, Items: []Item{}, Measure: &k, Quantity: claims[idx[0]].label, Reason: ReasonTime}
		d.Topic = keyTopic(claims, pts, topicOf)
		for _, i := range pts {
			d.Items = append(d.Items, claimItem(claims[i]))
		}
		related = append(related, d)
	}
	return trajectories, related
}

// allSameValue reports whether the claims idx all state one value.
func allSameValue(claims []Claim, idx []int) bool {
	for _, i := range idx[1:] {
		if !sameValue(claims[idx[0]], claims[i]) {
			return false
		}
	}
	return true
}

// timePoints picks one claim per time from one brief's claims of one
// series, in time order (dated years, then undated, then targets), and
// returns them when the values are not all alike.
func timePoints(claims []Claim, idx []int) []int {
	type when struct {
		year   int
		target bool
	}
	seen := map[when]bool{}
	var pts []int
	for _, i := range idx {
		w := when{claims[i].Key.Year, claims[i].Key.Target}
		if !seen[w] {
			seen[w] = true
			pts = append(pts, i)
		}
	}
	rank := func(k QuantityKey) int {
		switch {
		case k.Target:
			return 20000 + k.Year
		case k.Year == 0:
			return 10000
		}
		return k.Year
	}
	sort.SliceStable(pts, func(a, b int) bool { return rank(claims[pts[a]].Key) < rank(claims[pts[b]].Key) })
	for _, i := range pts[1:] {
		if !sameValue(claims[pts[0]], claims[i]) {
			return pts
		}
	}
	return nil
}

// firstPerBrief keeps the first claim of each brief, in order.
func firstPerBrief(claims []Claim, idx []int) []int {
	seen := map[string]bool{}
	var out []int
	for _, i := range idx {
		if !seen[claims[i].Brief] {
			seen[claims[i].Brief] = true
			out = append(out, i)
		}
	}
	return out
}

func claimItem(c Claim) Item {
	v, u := valueUnit(c)
	return Item{
		Brief: c.Brief, Paragraph: c.Paragraph, Page: c.Page, Value: v, Unit: u, Text: c.Text,
		Number: c.Value, Year: c.Key.Year, Target: c.Key.Target, Top: c.top,
	}
}

// valueUnit gives a claim's value as a plain number and its unit, for an
// Item: "2.8" and "% of GDP"; "14000000000" and "USD"; "4" and "rank".
// present.Value phrases them.
func valueUnit(c Claim) (string, Unit) {
	return formatNumber(c.Value), c.Unit
}

// formatNumber writes v with as few digits as needed ("2.8", "28500").
func formatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// coverageDifferences lists topics some briefs address (at least
// coverSubstantial of their words) while others are silent on it
// (Topic.Silent: no passage, and none that fits it under another topic). Items hold every brief's share, largest first, with the
// brief's strongest passage on the topic.
func coverageDifferences(topics []Topic, briefs []*brief.Brief) []Difference {
	var out []Difference
	for _, t := range topics {
		var some, none []string
		for _, b := range briefs {
			s := t.Coverage[b.ID]
			switch {
			case s >= coverSubstantial:
				some = append(some, b.ID)
			case t.Silent(b.ID):
				none = append(none, b.ID)
			}
		}
		if len(some) == 0 || len(none) == 0 {
			continue
		}
		strongest := map[string]int{}
		for i, p := range t.Passages {
			if j, ok := strongest[p.Brief]; !ok || p.Score > t.Passages[j].Score {
				strongest[p.Brief] = i
			}
		}
		order := make([]*brief.Brief, len(briefs))
		copy(order, briefs)
		sort.SliceStable(order, func(i, j int) bool { return t.Coverage[order[i].ID] > t.Coverage[order[j].ID] })
		d := Difference{Kind: KindCoverage, Topic: t.ID, Label: t.Label, Items: []Item{}, Addressed: sortedByShare(some, t.Coverage), Silent: none}
		for _, b := range order {
			if !t.Addresses(b.ID) && !t.Silent(b.ID) {
				continue // its passages on the topic sit under another: neither side of the gap
			}
			it := Item{Brief: b.ID, Value: formatNumber(math.Round(t.Coverage[b.ID]*1000) / 10), Unit: UnitShareOfWords, Paragraph: -1, Number: 100 * t.Coverage[b.ID]}
			if i, ok := strongest[b.ID]; ok {
				p := t.Passages[i]
				it.Paragraph, it.Page, it.Text = p.Paragraph, p.Page, p.Text
			}
			d.Items = append(d.Items, it)
		}
		out = append(out, d)
	}
	return out
}

func sortedByShare(ids []string, share map[string]float64) []string {
	out := append([]string(nil), ids...)
	sort.SliceStable(out, func(i, j int) bool { return share[out[i]] > share[out[j]] })
	return out
}
