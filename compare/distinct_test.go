package compare

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"briefbench/brief"
)

// distinctBriefs: "west" talks about submarines and shipyards, "east" about
// tariffs; both share a common background.
func distinctBriefs() []*brief.Brief {
	common := "The alliance matters for both countries and their partners in the region. "
	mk := func(id string, paras ...string) *brief.Brief {
		b := &brief.Brief{ID: id}
		for range 3 { // enough text for the counts to be significant
			for _, p := range paras {
				b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: len(b.Paragraphs), Kind: brief.Body, Text: p})
			}
		}
		return b
	}
	return []*brief.Brief{
		mk("west",
			common+"Nuclear submarines need shipyards. Shipyards need welders, and submarines need shipyards again.",
			common+"The Submarines are built in shipyards on the coast; submarine crews train nearby.",
			common+"More shipyards, more submarines, more welders for the shipyards."),
		mk("east",
			common+"Tariffs hurt exporters. Tariffs on steel and tariffs on cars are the worst kind.",
			common+"Exporters fear new tariffs and exporters lobby against tariffs.",
			common+"Tariff talks continue between the trade ministers."),
		mk("north", common+"The alliance endures.", common+"Partners in the region meet often."),
	}
}

func TestOverallDistinctive(t *testing.T) {
	got := mustOverall(distinctBriefs(), 0)
	terms := func(id string) []string {
		var out []string
		for _, tm := range got[id] {
			out = append(out, tm.Term)
		}
		return out
	}
	cases := []struct {
		name    string
		brief   string
		want    []string // must be among the terms
		notWant []string
	}{
		{"submarine brief", "west", []string{"shipyards", "submarines"}, []string{"tariffs", "alliance", "region"}},
		{"tariff brief", "east", []string{"tariffs", "exporters"}, []string{"shipyards", "alliance"}},
		{"background brief", "north", nil, []string{"tariffs", "shipyards"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts := terms(c.brief)
			for _, w := range c.want {
				if !contains(ts, w) {
					t.Errorf("terms %v lack %q", ts, w)
				}
			}
			for _, w := range c.notWant {
				if contains(ts, w) {
					t.Errorf("terms %v include %q", ts, w)
				}
			}
			for i, tm := range got[c.brief] {
				if tm.Z < DistinctZ || tm.Count < distinctMinCount {
					t.Errorf("term %+v below the threshold", tm)
				}
				if i > 0 && got[c.brief][i-1].Z < tm.Z {
					t.Errorf("terms not strongest first: %v", got[c.brief])
				}
			}
			if len(got[c.brief]) > DistinctMax {
				t.Errorf("%d terms, more than %d", len(got[c.brief]), DistinctMax)
			}
		})
	}
	if got["north"] == nil {
		t.Error("a brief without distinctive terms should get an empty list, not nil")
	}
	if !reflect.DeepEqual(got, mustOverall(distinctBriefs(), 0)) {
		t.Error("not deterministic")
	}
}

func TestDistinctiveTopicBigrams(t *testing.T) {
	var ps []Passage
	for i := range 4 {
		ps = append(ps,
			Passage{Brief: "a", Paragraph: i, Text: "Reciprocal procurement opens markets. Reciprocal procurement needs trust."},
			Passage{Brief: "b", Paragraph: i, Text: "Open markets need trust and steady rules for everyone involved."})
	}
	tp := &Topic{ID: "t", Passages: ps}
	got := distinctive(tp, []*brief.Brief{{ID: "a"}, {ID: "b"}, {ID: "c"}}, nil)
	var terms []string
	for _, tm := range got["a"] {
		terms = append(terms, tm.Term)
	}
	if !contains(terms, "reciprocal procurement") {
		t.Errorf("bigram missing from %v", terms)
	}
	if len(got["c"]) != 0 {
		t.Errorf("brief without passages got terms %v", got["c"])
	}
}

func TestLogOddsFormula(t *testing.T) {
	// One term, hand-computed from the formula in logOdds' comment.
	mine := map[string]int32{"x": 10}
	all := map[string]int32{"x": 12, "y": 88}
	ni, n := 20, 100
	a0, aw := 0.1*100, 0.1*12
	li := math.Log((10 + aw) / (20 + a0 - 10 - aw))
	lj := math.Log((2 + aw) / (80 + a0 - 2 - aw))
	want := (li - lj) / math.Sqrt(1/(10+aw)+1/(2+aw))
	got := logOdds(mine, all, ni, n, func(s string) string { return s }, DistinctZ, nil)
	if len(got) != 1 || math.Abs(got[0].Z-round3(want)) > 1e-9 {
		t.Errorf("z = %v, want %.3f", got, want)
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// filterBriefs: "yard" overuses generic words next to its content nouns,
// and every brief writes "Norwegian" heavily.
func filterBriefs() []*brief.Brief {
	mk := func(id string, paras ...string) *brief.Brief {
		b := &brief.Brief{ID: id}
		for range 3 {
			for _, p := range paras {
				b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: len(b.Paragraphs), Kind: brief.Body, Text: p})
			}
		}
		return b
	}
	return []*brief.Brief{
		mk("yard",
			"Norwegian yards cannot fully use the dry dock; they must build and expand it, and the backlog is growing.",
			"The dry dock is clearly the bottleneck: we cannot use it fully, and the backlog keeps growing.",
			"Norwegian planners should expand the dry dock and build a clear plan to clear the backlog of the Seventh Fleet.",
			"The Seventh Fleet waits while the backlog is growing and the dry dock stays shut."),
		mk("fish",
			"Norwegian fishing quotas shape the coastal towns, and the Norwegian fleet of trawlers is ageing.",
			"Trawlers need quotas that match the stocks; Norwegian towns depend on the quotas.",
			"Norwegian cod stocks recover when quotas fall."),
		mk("oil",
			"Norwegian oil revenue fills the sovereign fund; the Norwegian fund invests abroad.",
			"The fund owns shares in many firms, and Norwegian pensions depend on the fund.",
			"Norwegian platforms pump less oil each year."),
	}
}

func TestDistinctiveFilter(t *testing.T) {
	got := mustOverall(filterBriefs(), 0)
	var terms []string
	for _, tm := range got["yard"] {
		terms = append(terms, tm.Term)
	}
	cases := []struct {
		name string
		term string
		want bool
	}{
		{"content noun phrase is kept", "dry dock", true},
		{"content noun is kept", "backlog", true},
		{"named formation is kept", "seventh fleet", true},
		{"-ly adverb is dropped", "fully", false},
		{"another -ly adverb is dropped", "clearly", false},
		{"modal verb is dropped", "cannot", false},
		{"common verb use is dropped", "use", false},
		{"common verb build is dropped", "build", false},
		{"common verb expand is dropped", "expand", false},
		{"generic adjective clear is dropped", "clear", false},
		{"-ing form used as a verb is dropped", "growing", false},
		{"demonym every brief uses is dropped", "norwegian", false},
		{"bigram ending in a verb form is dropped", "backlog growing", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if contains(terms, c.term) != c.want {
				t.Errorf("terms %v: %q listed = %v, want %v", terms, c.term, !c.want, c.want)
			}
		})
	}
}

func TestWordFilter(t *testing.T) {
	cases := []struct {
		name string
		text string // a phrase holding word
		word string
		adv  bool // isAdverb
		verb bool // verbUse
	}{
		{"adverb", "they act swiftly", "swiftly", true, false},
		{"noun ending in -ly", "a steady supply of shells", "supply", false, false},
		{"ally is a noun", "a loyal ally", "ally", false, false},
		{"progressive verb", "the deficit is widening fast", "widening", false, true},
		{"-ing noun", "naval shipbuilding matters", "shipbuilding", false, false},
		{"verb before a determiner", "the report marks the date", "marks", false, true},
		{"plural noun before a verb", "the marks remain", "marks", false, false},
		{"word after a modal", "Oslo would spend more", "spend", false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text)
			i := -1
			for k, tk := range toks {
				if tk.Word == c.word {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("%q not in %q", c.word, c.text)
			}
			if got := isAdverb(c.word); got != c.adv {
				t.Errorf("isAdverb(%q) = %v, want %v", c.word, got, c.adv)
			}
			if got := verbUse(toks, i); got != c.verb {
				t.Errorf("verbUse(%q in %q) = %v, want %v", c.word, c.text, got, c.verb)
			}
		})
	}
}

func TestShownForm(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"abbreviation gets its period back", "U.S", "U.S."},
		{"plain word unchanged", "backlog", "backlog"},
		{"already ended", "e.g.", "e.g."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := shownForm(c.in); got != c.want {
				t.Errorf("shownForm(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
