package present_test

import (
	"testing"

	"briefbench/compare"
	"briefbench/present"
)

func TestValue(t *testing.T) {
	cases := []struct {
		name string
		v    float64
		unit string
		top  bool
		want string
	}{
		{"share of GDP", 2.8, compare.UnitPercentGDP, false, "2.8% of GDP"},
		{"percent", 25, compare.UnitPercent, false, "25%"},
		{"dollars", 14e9, "USD", false, "USD 14 billion"},
		{"won", 1.45e12, "KRW", false, "KRW 1.45 trillion"},
		{"count", 28500, compare.UnitCount, false, "28,500"},
		{"rank", 4, compare.UnitRank, false, "4th"},
		{"rank 11", 11, compare.UnitRank, false, "11th"},
		{"rank 22", 22, compare.UnitRank, false, "22nd"},
		{"top rank", 5, compare.UnitRank, true, "top 5"},
		{"event year", 1953, compare.UnitYear, false, "1953"},
		{"target year", 2027, compare.UnitTargetYear, false, "2027 (target year)"},
		{"points", 0.5, compare.UnitPoints, false, "0.5 percentage points"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := present.Value(c.v, c.unit, c.top); got != c.want {
				t.Errorf("Value = %q, want %q", got, c.want)
			}
		})
	}
}

func TestLeaning(t *testing.T) {
	ax := &compare.Axis{Poles: [2]string{"peninsula", "regional"}}
	cases := []struct {
		name string
		p    compare.Position
		kind present.LeanKind
		text string
	}{
		{"near zero is balanced", compare.Position{Score: 0.02, Totals: [2]float64{4, 4.3}}, present.Balanced, "balanced"},
		{"toward the second pole", compare.Position{Score: 0.4, Totals: [2]float64{0, 4}}, present.Toward, "leans toward regional"},
		{"toward the first pole", compare.Position{Score: -0.15, Totals: [2]float64{2, 0.5}}, present.Toward, "leans toward peninsula"},
		{"too little evidence", compare.Position{Score: 0.25, Totals: [2]float64{0, 1}}, present.NotEnough, "not enough evidence"},
		{"mixed", compare.Position{Score: 0.1, Mixed: true, Totals: [2]float64{6, 7}}, present.Mixed, "argues both sides"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := present.Leaning(ax, c.p)
			if l.Kind != c.kind || l.Text != c.text {
				t.Errorf("Leaning = %+v, want kind %v %q", l, c.kind, c.text)
			}
		})
	}
}

func TestSummary(t *testing.T) {
	k := compare.QuantityKey{Subject: "Korea", Measure: "defense spending", Unit: compare.UnitPercentGDP}
	name := func(id string) string { return map[string]string{"a": "Harbor", "b": "Summit", "c": "Meridian"}[id] }
	cases := []struct {
		name string
		d    compare.Difference
		want string
	}{
		{"conflict", compare.Difference{Kind: compare.KindNumeric, Measure: &k, Items: []compare.Item{
			{Brief: "a", Number: 2.8, Unit: compare.UnitPercentGDP}, {Brief: "b", Number: 3.5, Unit: compare.UnitPercentGDP},
		}}, "Briefs disagree on Korea's defense spending as a share of GDP now: 2.8% of GDP (Harbor) vs 3.5% of GDP (Summit); comparable because both are Korea's figures, for the same measure in the same unit, both undated (given as current)"},
		{"trajectory", compare.Difference{Kind: compare.KindTrajectory, Measure: &k, Items: []compare.Item{
			{Brief: "c", Number: 2.5, Unit: compare.UnitPercentGDP, Year: 2020}, {Brief: "c", Number: 2.8, Unit: compare.UnitPercentGDP, Year: 2024},
		}}, "Meridian gives Korea's defense spending as a share of GDP over time: 2.5% of GDP in 2020, then 2.8% of GDP in 2024"},
		{"target years", compare.Difference{Kind: compare.KindNumeric, Measure: &compare.QuantityKey{Subject: "Korea", Measure: "fourth-largest arms exporter", Unit: compare.UnitTargetYear}, Quantity: "fourth-largest arms exporter", Items: []compare.Item{
			{Brief: "a", Number: 2030, Unit: compare.UnitTargetYear}, {Brief: "c", Number: 2027, Unit: compare.UnitTargetYear},
		}}, "Briefs disagree on Korea's target year for fourth-largest arms exporter: 2030 (Harbor) vs 2027 (Meridian); comparable because both are Korea's figures, for the same measure in the same unit, both deadlines for one goal"},
		{"related by time", compare.Difference{Kind: compare.KindRelated, Reason: compare.ReasonTime, Measure: &k, Items: []compare.Item{
			{Brief: "a", Number: 2.8, Unit: compare.UnitPercentGDP}, {Brief: "c", Number: 2.8, Unit: compare.UnitPercentGDP, Year: 2024},
		}}, "Related figures, not surely comparable (one is dated, the other not), on Korea's defense spending as a share of GDP: 2.8% of GDP now (Harbor); 2.8% of GDP in 2024 (Meridian)"},
		{"related by context", compare.Difference{Kind: compare.KindRelated, Reason: compare.ReasonContext, Measure: &compare.QuantityKey{Subject: "Korea", Measure: "investment", Unit: "USD"}, Items: []compare.Item{
			{Brief: "a", Number: 5e9, Unit: "USD", Context: "package for chip plants"}, {Brief: "b", Number: 7e9, Unit: "USD", Context: "shipbuilding fund"},
		}}, "Related figures, not surely comparable (the words around the figures qualify different things), on Korea's investment (USD): USD 5 billion, package for chip plants (Harbor); USD 7 billion, shipbuilding fund (Summit)"},
		{"coverage gap", compare.Difference{Kind: compare.KindCoverage, Label: "Defense spending", Addressed: []string{"a"}, Silent: []string{"b", "c"}, Items: []compare.Item{
			{Brief: "a", Number: 30}, {Brief: "b", Number: 0.1, Paragraph: -1}, {Brief: "c", Paragraph: -1},
		}}, "Harbor covers Defense spending (30% of its text); Summit and Meridian are silent on it"},
		{
			"wording",
			compare.Difference{
				Kind: compare.KindWording, Label: "Shipbuilding", Changed: 2, Items: []compare.Item{{Brief: "a"}, {Brief: "b"}},
				Diff: compare.WordDiff("Yards can repair ships and should start now.", "Yards could repair ships and should begin now.", 0),
			},
			`Harbor and Summit say nearly the same thing on Shipbuilding, worded differently (2 words changed: "can" vs "could")`,
		},
		{
			"wording with an insertion",
			compare.Difference{
				Kind: compare.KindWording, Label: "Ships", Changed: 1, Items: []compare.Item{{Brief: "a"}, {Brief: "b"}},
				Diff: compare.WordDiff("The yards repair destroyers.", "The yards quickly repair destroyers.", 0),
			},
			`Harbor and Summit say nearly the same thing on Ships, worded differently (1 word changed: Summit adds "quickly")`,
		},
		{
			"same words",
			compare.Difference{Kind: compare.KindAgreement, Label: "Shipbuilding", Basis: compare.BasisWords, Items: []compare.Item{{Brief: "a"}, {Brief: "b"}, {Brief: "c"}}},
			"Harbor, Summit and Meridian say nearly the same thing on Shipbuilding",
		},
		{
			"same point",
			compare.Difference{Kind: compare.KindAgreement, Label: "Missile defense", Basis: compare.BasisPoint, Terms: []string{"radar", "real time"}, Items: []compare.Item{{Brief: "a"}, {Brief: "b"}, {Brief: "c"}}},
			"Harbor, Summit and Meridian make the same point on Missile defense (shared terms: radar, real time)",
		},
		{"other kinds keep compare's summary", compare.Difference{Kind: compare.KindCoverage, Summary: "Harbor covers X"}, "Harbor covers X"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := present.Summary(c.d, name); got != c.want {
				t.Errorf("Summary =\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}
