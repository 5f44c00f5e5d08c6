package compare

import (
	"context"
	"slices"
	"testing"

	"briefbench/brief"
)

func testEngine(t *testing.T, taxYAML string, briefs ...[]string) *engine {
	t.Helper()
	tax, err := ParseTaxonomy([]byte(taxYAML))
	if err != nil {
		t.Fatal(err)
	}
	e := &engine{lx: compileLexicon(tax), workers: 1, progress: func(string, float64) {}}
	for i, ps := range briefs {
		b := &brief.Brief{ID: string(rune('a' + i))}
		for j, p := range ps {
			b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: j, Kind: brief.Body, Text: p})
		}
		e.briefs = append(e.briefs, b)
	}
	if err := e.read(context.Background()); err != nil {
		t.Fatal(err)
	}
	return e
}

const shipsYAML = `
topics:
  - id: ships
    label: Ships
    terms: [shipyard^2, shipbuilding^2]
  - id: money
    label: Money
    terms: [tariff^2, budget^2]
`

func TestFeedback(t *testing.T) {
	e := testEngine(t, shipsYAML,
		[]string{
			"The shipyard cannot hire enough welders for shipbuilding, and its welders leave for better pay elsewhere.",
			"Shipbuilding needs welders and cranes, and the shipyard has too few of either this year.",
			"Tariff talks went badly and the budget is short again for the third year.",
		},
		[]string{
			"Welders trained at the shipyard school are the real bottleneck of naval shipbuilding.",
			"Budget rules and a new tariff schedule will shape the coming negotiations.",
			"Apprentice welders earn little, which explains why so few of them stay for long.",
			"The budget office expects lower revenue after the tariff cut.",
			"A tariff on steel raises costs for carmakers and the budget deficit grows.",
			"Voters care about prices more than about any budget line.",
			"Parliament will debate the budget in the spring session.",
			"Farmers oppose the tariff because export markets will retaliate.",
		})
	ctx := context.Background()
	sc := newScorer(e.lx)
	if err := e.assignAll(ctx, sc); err != nil {
		t.Fatal(err)
	}
	var last *unit // the welders line without a cue
	for i := range e.units {
		if e.units[i].brief == 1 && e.units[i].para == 2 {
			last = &e.units[i]
		}
	}
	if len(last.topics) != 0 {
		t.Fatalf("before feedback the cue-less line is in %v", last.topics)
	}
	e.feedback()
	welder := e.lx.vocab.ids["welder"]
	if e.lx.topics[0].expand[welder] == 0 {
		t.Errorf("feedback did not add welder to ships: %v", e.lx.topics[0].expand)
	}
	if _, ok := e.lx.topics[1].expand[welder]; ok {
		t.Error("feedback added welder to money")
	}
	buf := make([]float64, 2)
	if s := newScorer(e.lx).scores(last.tf, last.length, buf); s[0] <= 0 {
		t.Errorf("after feedback the cue-less line scores %v on ships", s)
	}
}

func TestAssign(t *testing.T) {
	cases := []struct {
		name string
		sc   []float64
		want []int
	}{
		{"none above the floor", []float64{1, 0.5}, nil},
		{"best first", []float64{2.5, 6}, []int{1, 0}},
		{"too far below the best", []float64{2.1, 9}, []int{1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []int
			for _, ts := range assign(c.sc, minTopicScore) {
				got = append(got, ts.topic)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("assign(%v) = %v, want %v", c.sc, got, c.want)
			}
		})
	}
}

func TestSplit(t *testing.T) {
	long := "The shipyard at the river mouth builds frigates, and shipbuilding orders have doubled since the war began in the east. " +
		"Each shipyard is booked for years, and the shipbuilding workforce is ageing faster than it can be replaced by younger workers. " +
		"The budget, meanwhile, is squeezed by a new tariff on imported steel that raises every cost in the sector. " +
		"Finance officials warn that the budget cannot absorb another tariff increase without cuts to other programmes, " +
		"and the treasury has asked every ministry to prepare a list of savings before the budget debate opens in parliament next spring."
	e := testEngine(t, shipsYAML, []string{long, "A short shipyard note that mentions shipbuilding twice, shipbuilding."})
	sc := newScorer(e.lx)
	if err := e.assignAll(context.Background(), sc); err != nil {
		t.Fatal(err)
	}
	e.split(sc)
	var got []string
	for _, u := range e.units {
		if u.para == 0 {
			got = append(got, e.lx.topics[u.topics[0].topic].spec.ID+":"+string(rune('0'+u.sent)))
			if txt := u.text(e.briefs); txt == "" || txt != e.briefs[0].Paragraphs[0].Text[u.start:u.end] {
				t.Errorf("run text %q", txt)
			}
		}
	}
	if !slices.Equal(got, []string{"ships:1", "money:3"}) {
		t.Errorf("runs = %v, want ships from sentence 1, money from sentence 3", got)
	}
}

// TestOutscored: a passage with sure evidence for a topic that lost its
// place to a much stronger one is recorded as near that topic, so its brief
// is not called silent on it; a topic with one cue word only is not.
func TestOutscored(t *testing.T) {
	const yaml = `
topics:
  - id: ships
    label: Ships
    terms: [shipyard^3, shipbuilding^3]
  - id: money
    label: Money
    terms: [tariff, budget]
`
	e := testEngine(t, yaml,
		[]string{
			"The shipyard plan puts shipbuilding first: every shipyard, every shipbuilding order, every shipyard crane and shipbuilding berth, with the tariff and the budget in a footnote.",
			"The shipyard plan puts shipbuilding first: every shipyard, every shipbuilding order, every shipyard crane and shipbuilding berth, with the budget in a footnote.",
		})
	if err := e.assignAll(context.Background(), newScorer(e.lx)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		unit int
		near bool
	}{
		{0, true},  // tariff and budget: two cue words of money, outscored by ships
		{1, false}, // budget alone is one cue word: not sure evidence
	} {
		u := e.units[tc.unit]
		if len(u.topics) != 1 || u.topics[0].topic != 0 {
			t.Fatalf("unit %d topics %v, want ships only (the case tests nothing)", tc.unit, u.topics)
		}
		if got := slices.Contains(u.near, 1); got != tc.near {
			t.Errorf("unit %d near money %v, want %v (near %v)", tc.unit, got, tc.near, u.near)
		}
	}
}
