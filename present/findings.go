package present

import (
	"strconv"
	"strings"

	"briefbench/compare"
)

// Summary phrases a difference for every view, from its structure
// (compare leaves Summary empty): numeric conflicts, agreements on a
// figure, trajectories and related figures from Measure and the items;
// coverage gaps from Addressed, Silent and the items' shares; wording
// differences from Diff and Changed; passage agreements from Basis and
// Terms. A difference without that structure keeps its Summary. name gives a brief's display name
// (nil: the brief ID).
func Summary(d compare.Difference, name func(id string) string) string {
	if name == nil {
		name = func(id string) string { return id }
	}
	if d.Measure == nil {
		switch {
		case d.Kind == compare.KindCoverage && d.Label != "":
			return coverage(d, name)
		case d.Kind == compare.KindWording && d.Label != "" && len(d.Items) >= 2:
			return wording(d, name)
		case d.Kind == compare.KindAgreement && d.Basis != "":
			return agreement(d, name)
		}
		return d.Summary
	}
	k := *d.Measure
	what := Measure(k, d.Quantity)
	switch d.Kind {
	case compare.KindNumeric:
		var parts []string
		for _, g := range valueRuns(d.Items) {
			parts = append(parts, bare(g[0])+" ("+names(g, name)+")")
		}
		return "Briefs disagree on " + what + when(k) + ": " + strings.Join(parts, " vs ") +
			"; comparable because " + Why(k)
	case compare.KindAgreement:
		if k.Unit == compare.UnitYear {
			return names(d.Items, name) + " agree on the year of " + what + ": " + ItemValue(d.Items[0])
		}
		return names(d.Items, name) + " agree on " + what + when(k) + ": " + bare(d.Items[0])
	case compare.KindTrajectory:
		var steps []string
		for _, it := range d.Items {
			steps = append(steps, ItemValue(it)+" "+Time(it.Year, it.Target))
		}
		return name(d.Items[0].Brief) + " gives " + what + " over time: " + strings.Join(steps, ", then ")
	case compare.KindRelated:
		var parts []string
		for _, it := range d.Items {
			p := ItemValue(it) + " " + Time(it.Year, it.Target)
			if d.Reason == compare.ReasonContext && it.Context != "" {
				p = ItemValue(it) + ", " + it.Context
			}
			parts = append(parts, p+" ("+name(it.Brief)+")")
		}
		why := "one is dated, the other not"
		if d.Reason == compare.ReasonContext {
			why = "the words around the figures qualify different things"
		}
		return "Related figures, not surely comparable (" + why + "), on " + what + ": " + strings.Join(parts, "; ")
	}
	return d.Summary
}

// Measure phrases what a key measures, with whose figure it is: "Korea's
// defense spending as a share of GDP", "Korea's rank as arms exporter",
// "Korea's target year for fourth-largest arms exporter". label is the
// measure as a brief words it ("" to use the key's).
func Measure(k compare.QuantityKey, label string) string {
	if label == "" {
		label = k.Measure
	}
	var q string
	switch k.Unit {
	case compare.UnitRank:
		q = "rank as " + label
	case compare.UnitTargetYear:
		q = "target year for " + label
	case compare.UnitPercentGDP:
		q = label + " as a share of GDP"
	case compare.UnitPercent:
		q = label + " (percent)"
	case compare.UnitPoints:
		q = label + " (percentage points)"
	case compare.UnitYear, compare.UnitCount:
		q = label
	default:
		q = label + " (" + k.Unit + ")"
	}
	if k.Subject != "" {
		return Possessive(k.Subject) + " " + q
	}
	return q
}

// Why says why figures are comparable: the same subject, measure, unit and
// time.
func Why(k compare.QuantityKey) string {
	who := "the same subject"
	if k.Subject != "" {
		who = "both are " + Possessive(k.Subject) + " figures"
	}
	t := "both undated (given as current)"
	switch {
	case k.Unit == compare.UnitTargetYear:
		t = "both deadlines for one goal"
	case k.Target:
		t = "both targets for " + strconv.Itoa(k.Year)
	case k.Year > 0:
		t = "both for " + strconv.Itoa(k.Year)
	}
	return who + ", for the same measure in the same unit, " + t
}

// Possessive writes "Korea's"; an acronym stands as an adjective ("US",
// "EU": "US troops").
func Possessive(s string) string {
	if len(s) > 1 && strings.ToUpper(s) == s {
		return s
	}
	if strings.HasSuffix(s, "s") {
		return s + "'"
	}
	return s + "'s"
}

// when is the time of a key for a summary, " now", " in 2023", " by 2030
// (target)"; nothing for a target year, whose measure says it.
func when(k compare.QuantityKey) string {
	if k.Unit == compare.UnitTargetYear {
		return ""
	}
	return " " + Time(k.Year, k.Target)
}

// bare is an item's value inside a summary whose measure already names the
// unit's kind: a target year reads "2030", not "2030 (target year)".
func bare(it compare.Item) string {
	if it.Unit == compare.UnitTargetYear {
		return Value(it.Number, compare.UnitYear, false)
	}
	return ItemValue(it)
}

// valueRuns groups consecutive items with the same phrased value.
func valueRuns(items []compare.Item) [][]compare.Item {
	var out [][]compare.Item
	for _, it := range items {
		if n := len(out); n > 0 && ItemValue(out[n-1][0]) == ItemValue(it) {
			out[n-1] = append(out[n-1], it)
			continue
		}
		out = append(out, []compare.Item{it})
	}
	return out
}

// names lists the items' briefs: "A", "A and B", "A, B and C".
func names(items []compare.Item, name func(string) string) string {
	var ns []string
	seen := map[string]bool{}
	for _, it := range items {
		if !seen[it.Brief] {
			seen[it.Brief] = true
			ns = append(ns, name(it.Brief))
		}
	}
	return List(ns)
}

// List joins names: "A", "A and B", "A, B and C".
func List(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// Fill sets the Summary of every difference phrased here (see Summary),
// with each brief's display name (Names); call it before writing a result whose
// readers do not use this package (the JSON and CSV files).
func Fill(r *compare.Result) {
	names := Names(r.Briefs)
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	for i := range r.Differences {
		d := &r.Differences[i]
		d.Summary = Summary(*d, name)
	}
}
