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
	// the brief to "address" it; coverSilent the share at or below which a
	// brief "ignores" it.
	coverSubstantial = 0.05
	coverSilent      = 0.005
	// agreeMinSim is the cosine similarity (binary content stems) a row
	// cell needs with the rest of its row to count as making the same point.
	agreeMinSim = 0.3
	// summaryNames is how many brief names a summary lists before "and N
	// others".
	summaryNames = 4
)

// differences lists what an analyst should notice: numeric conflicts,
// coverage gaps, near-identical passages worded differently, and points of
// agreement, in that order; within a kind, numeric and numeric agreements
// by quantity key, the others in topic order. diffTimeout is passed to
// WordDiff (0: no limit, deterministic).
func differences(ctx context.Context, topics []Topic, claims []Claim, briefs []*brief.Brief, st *stance, diffTimeout time.Duration, workers int) ([]Difference, error) {
	names := make(map[string]string, len(briefs))
	for _, b := range briefs {
		names[b.ID] = b.ShortName()
	}
	topicOf := passageTopics(topics)
	var out []Difference
	numeric, numAgree := numericDifferences(claims, names, topicOf)
	out = append(out, numeric...)
	out = append(out, coverageDifferences(topics, briefs, names)...)
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
		wd, a := nearDuplicates(t, toks, briefs, names, st, diffTimeout, inner)
		per[i] = found{wd, a, rowAgreements(t, toks, briefs, names, st, inner)}
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
			k := d.Kind + itemsKey(d.Items)
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
			if k := d.Kind + itemsKey(d.Items); !seen[k] {
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

// numericDifferences turns claims into conflicts (one per quantity key with
// a conflict) and agreements (one per value stated by two or more briefs).
func numericDifferences(claims []Claim, names map[string]string, topicOf map[paraKey]string) (conflicts, agreements []Difference) {
	byKey := map[string][]int{}
	for i, c := range claims {
		byKey[c.Key] = append(byKey[c.Key], i)
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		idx := byKey[k]
		groups := valueGroups(claims, idx)
		first := claims[idx[0]]
		topic := keyTopic(claims, idx, topicOf)
		conflict := false
		for _, i := range idx {
			conflict = conflict || claims[i].Conflict
		}
		// Event years never conflict (markConflicts skips them) but can
		// agree: "signed in 1953".
		if conflict {
			d := Difference{Kind: KindNumeric, Topic: topic, Items: []Item{}}
			var parts []string
			for _, g := range groups {
				var who []string
				for _, i := range firstPerBrief(claims, g) {
					c := claims[i]
					d.Items = append(d.Items, claimItem(c))
					who = append(who, names[c.Brief])
				}
				parts = append(parts, fmt.Sprintf("%s (%s)", displayValue(claims[g[0]]), nameList(who)))
			}
			d.Summary = fmt.Sprintf("Briefs disagree on %s: %s", quantityPhrase(first), strings.Join(parts, " vs "))
			conflicts = append(conflicts, d)
		}
		for _, g := range groups {
			g = firstPerBrief(claims, g)
			if len(g) < 2 {
				continue
			}
			d := Difference{Kind: KindAgreement, Topic: topic, Items: []Item{}}
			var who []string
			for _, i := range g {
				d.Items = append(d.Items, claimItem(claims[i]))
				who = append(who, names[claims[i].Brief])
			}
			d.Summary = fmt.Sprintf("%s agree on %s: %s", nameList(who), quantityPhrase(claims[g[0]]), displayValue(claims[g[0]]))
			agreements = append(agreements, d)
		}
	}
	return conflicts, agreements
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
	return Item{Brief: c.Brief, Paragraph: c.Paragraph, Page: c.Page, Value: v, Unit: u, Text: c.Text}
}

// quantityPhrase is what a claim measures, for a summary: its quantity
// without the unit, with the year it refers to.
func quantityPhrase(c Claim) string {
	q := strings.TrimSuffix(c.Quantity, ", "+yearOfKey(c.Key))
	for _, suf := range []string{", " + c.Unit, ", top rank"} {
		q = strings.TrimSuffix(q, suf)
	}
	switch c.Unit {
	case UnitTargetYear:
		q = "the target year for " + q
	case UnitRank:
		q = "the rank as " + q
	case UnitYear:
		q = "the year of " + q
	}
	if y := yearOfKey(c.Key); y != "" {
		q += " in " + y
	}
	return q
}

// yearOfKey returns the year qualifier of a key ("arms exports|USD|2023").
func yearOfKey(key string) string {
	parts := strings.Split(key, "|")
	if len(parts) == 3 {
		return parts[2]
	}
	return ""
}

// valueUnit renders a claim's value and unit for an Item: "2.8" and "% of
// GDP"; "14 billion" and "USD"; "4" and "rank".
func valueUnit(c Claim) (string, string) {
	switch {
	case c.Unit == UnitRank && c.top:
		return "top " + formatNumber(c.Value), c.Unit
	case c.Unit == UnitYear || c.Unit == UnitTargetYear:
		return strconv.Itoa(int(c.Value)), c.Unit
	case len(c.Unit) == 3 && strings.ToUpper(c.Unit) == c.Unit:
		return humanAmount(c.Value), c.Unit
	}
	return formatNumber(c.Value), c.Unit
}

// displayValue renders a claim's value with its unit for a summary:
// "2.8% of GDP", "USD 14 billion", "2030", "4th", "28,500".
func displayValue(c Claim) string {
	v, u := valueUnit(c)
	switch u {
	case UnitPercent, UnitPercentGDP:
		return v + u
	case UnitPoints:
		return v + " percentage points"
	case UnitYear, UnitTargetYear:
		return v
	case UnitRank:
		if c.top {
			return v
		}
		return ordinal(int(c.Value))
	case UnitCount:
		return groupThousands(v)
	}
	return u + " " + v
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

// formatNumber writes v with as few digits as needed ("2.8", "28500").
func formatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// humanAmount writes an amount with a scale word: "14 billion".
func humanAmount(v float64) string {
	for _, s := range []struct {
		f    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if math.Abs(v) >= s.f {
			return formatNumber(math.Round(v/s.f*1000)/1000) + " " + s.name
		}
	}
	return groupThousands(formatNumber(v))
}

// groupThousands puts commas in the integer part of a number: "28,500".
func groupThousands(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) <= 4 {
		return s
	}
	var sb strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(r)
	}
	if frac != "" {
		sb.WriteString("." + frac)
	}
	return sb.String()
}

// nameList joins names: "A", "A and B", "A, B and C", "A, B, C, D and 3
// others".
func nameList(names []string) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	case len(names) > summaryNames:
		return strings.Join(names[:summaryNames], ", ") + " and " + strconv.Itoa(len(names)-summaryNames) + " others"
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// coverageDifferences lists topics some briefs address (at least
// coverSubstantial of their words) while others ignore them (at most
// coverSilent). Items hold every brief's share, largest first, with the
// brief's strongest passage on the topic.
func coverageDifferences(topics []Topic, briefs []*brief.Brief, names map[string]string) []Difference {
	var out []Difference
	for _, t := range topics {
		var some, none []string
		for _, b := range briefs {
			s := t.Coverage[b.ID]
			switch {
			case s >= coverSubstantial:
				some = append(some, b.ID)
			case s <= coverSilent:
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
		d := Difference{Kind: KindCoverage, Topic: t.ID, Items: []Item{}}
		for _, b := range order {
			it := Item{Brief: b.ID, Value: formatNumber(math.Round(t.Coverage[b.ID]*1000) / 10), Unit: "% of words", Paragraph: -1}
			if i, ok := strongest[b.ID]; ok {
				p := t.Passages[i]
				it.Paragraph, it.Page, it.Text = p.Paragraph, p.Page, p.Text
			}
			d.Items = append(d.Items, it)
		}
		var shares []string
		var who []string
		for _, id := range sortedByShare(some, t.Coverage) {
			who = append(who, names[id])
			shares = append(shares, strconv.FormatFloat(100*t.Coverage[id], 'f', 0, 64)+"%")
		}
		if len(shares) > summaryNames {
			shares = append(shares[:summaryNames], "…")
		}
		var silent []string
		for _, id := range none {
			silent = append(silent, names[id])
		}
		verb := "is"
		if len(silent) > 1 {
			verb = "are"
		}
		their := "their"
		if len(who) == 1 {
			their = "its"
		}
		d.Summary = fmt.Sprintf("%s cover%s %s (%s of %s text); %s %s silent on it",
			nameList(who), plural(len(who) == 1), t.Label, strings.Join(shares, ", "), their, nameList(silent), verb)
		out = append(out, d)
	}
	return out
}

func plural(one bool) string {
	if one {
		return "s"
	}
	return ""
}

func sortedByShare(ids []string, share map[string]float64) []string {
	out := append([]string(nil), ids...)
	sort.SliceStable(out, func(i, j int) bool { return share[out[i]] > share[out[j]] })
	return out
}
