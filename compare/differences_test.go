package compare

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/internal/golden"
)

func intp(i int) *int { return &i }

// diffFixture builds topics by hand over the number briefs: a topic three
// briefs cover in similar words, one only "north" covers, and near-identical
// passages for the word diff.
func diffFixture() ([]Topic, []*brief.Brief) {
	bs := numberBriefs()
	shared := []Passage{
		{Brief: "north", Paragraph: 4, Text: "Shipyards in the south can repair American destroyers faster than yards at home, and they should start with support ships."},
		{Brief: "south", Paragraph: 4, Text: "Shipyards in the south could repair American destroyers faster than yards at home, and they should begin with support ships."},
		{Brief: "west", Paragraph: 4, Text: "Shipyards in the south can repair American destroyers faster than yards at home, and they should start with support ships."},
	}
	rowTopic := []Passage{
		{Brief: "north", Paragraph: 5, Text: "Missile defense needs radar data shared in real time between the allies."},
		{Brief: "south", Paragraph: 5, Text: "The allies should share radar data for missile defense in real time."},
		{Brief: "west", Paragraph: 5, Text: "Real time radar data sharing is the core of allied missile defense."},
	}
	topics := []Topic{
		{
			ID: "ships", Label: "Shipbuilding", Passages: shared,
			Rows:     []Row{{"north": intp(0), "south": intp(1), "west": intp(2)}},
			Coverage: map[string]float64{"north": 0.2, "south": 0.2, "west": 0.2},
		},
		{
			ID: "missiles", Label: "Missile defense", Passages: rowTopic,
			Rows:     []Row{{"north": intp(0), "south": intp(1), "west": intp(2)}},
			Coverage: map[string]float64{"north": 0.1, "south": 0.1, "west": 0.1},
		},
		{
			ID: "budget", Label: "Defense spending",
			Passages: []Passage{{Brief: "north", Paragraph: 0, Text: bs[0].Paragraphs[0].Text}},
			Rows:     []Row{{"north": intp(0), "south": nil, "west": nil}},
			Coverage: map[string]float64{"north": 0.3, "south": 0, "west": 0}, // coverage comes from passages: none, none
		},
	}
	return topics, bs
}

func TestDifferences(t *testing.T) {
	topics, bs := diffFixture()
	claims := mustClaims(bs, 0)
	got := mustDifferences(topics, claims, bs, 0, 0)
	byKind := map[Kind][]Difference{}
	var kinds []Kind
	for _, d := range got {
		if len(kinds) == 0 || kinds[len(kinds)-1] != d.Kind {
			kinds = append(kinds, d.Kind)
		}
		byKind[d.Kind] = append(byKind[d.Kind], d)
	}
	if want := []Kind{KindNumeric, KindCoverage, KindWording, KindAgreement}; !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds in order %v, want %v", kinds, want)
	}
	cases := []struct {
		name    string
		kind    Kind
		summary string // a substring of one summary of that kind (of the measure of a numeric one, phrased by package present)
		items   int
	}{
		{"numeric conflict", KindNumeric, "Japan defense spending|% of GDP", 3},
		{"troop conflict", KindNumeric, "US troops|count", 3},
		{"coverage gap", KindCoverage, "Defense spending: addressed [north], silent [south west]", 3},
		{"wording", KindWording, "Shipbuilding: north south, 2 changed", 2},
		{"numeric agreement", KindAgreement, "Japan defense spending|% of GDP|by 2027", 2},
		{"near-identical cluster", KindAgreement, "Shipbuilding: words north south west", 3},
		{"row agreement", KindAgreement, "Missile defense: point north south west", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, d := range byKind[c.kind] {
				if strings.Contains(summaryOf(d), c.summary) {
					if len(d.Items) != c.items {
						t.Errorf("%d items, want %d: %+v", len(d.Items), c.items, d.Items)
					}
					return
				}
			}
			var sums []string
			for _, d := range byKind[c.kind] {
				sums = append(sums, summaryOf(d))
			}
			t.Errorf("no %s difference with %q among:\n%s", c.kind, c.summary, strings.Join(sums, "\n"))
		})
	}
	for _, d := range byKind[KindWording] {
		if len(d.Diff) == 0 || d.Items[0].Brief == d.Items[1].Brief {
			t.Errorf("bad wording difference %+v", d)
		}
		if d.Items[0].Brief == "west" || d.Items[1].Brief == "west" {
			t.Errorf("identical passages reported as a wording difference: %+v", d.Items)
		}
	}
	// A brief silent on a coverage topic has nothing to cite: paragraph -1,
	// no text; a brief that speaks has a real paragraph and its words.
	for _, d := range byKind[KindCoverage] {
		for _, it := range d.Items {
			silent := it.Brief != "north"
			if silent && (it.Paragraph != -1 || it.Text != "" || it.Page != 0) {
				t.Errorf("silent brief %s: item %+v, want paragraph -1 and no text", it.Brief, it)
			}
			if !silent && (it.Paragraph < 0 || it.Text == "") {
				t.Errorf("brief %s: item %+v, want its passage", it.Brief, it)
			}
		}
	}
	for _, w := range []int{1, 3} {
		if !reflect.DeepEqual(got, mustDifferences(topics, claims, bs, 0, w)) {
			t.Errorf("not deterministic with %d workers", w)
		}
	}
	golden.JSON(t, filepath.Join("testdata", "wording", "differences.golden.json"), got)
}

func TestDifferencesEmpty(t *testing.T) {
	got := mustDifferences(nil, nil, nil, 0, 0)
	if got == nil || len(got) != 0 {
		t.Errorf("got %v, want an empty list", got)
	}
}

// summaryOf is what the test matches a difference by: the measure key of
// a numeric one; else its structure (package present phrases it, and
// present's tests check the phrasing).
func summaryOf(d Difference) string {
	if d.Measure != nil {
		return d.Measure.String()
	}
	var ids []string
	for _, it := range d.Items {
		ids = append(ids, it.Brief)
	}
	switch d.Kind {
	case KindCoverage:
		return fmt.Sprintf("%s: addressed %v, silent %v", d.Label, d.Addressed, d.Silent)
	case KindWording:
		return fmt.Sprintf("%s: %s, %d changed", d.Label, strings.Join(ids, " "), d.Changed)
	}
	return fmt.Sprintf("%s: %s %s", d.Label, d.Basis, strings.Join(ids, " "))
}

// TestCoverageSilentMeansNotAddressed: a brief with a passage in a topic,
// however small its share, is never listed as silent on it, so a coverage
// gap never contradicts the side-by-side view's "not addressed".
func TestCoverageSilentMeansNotAddressed(t *testing.T) {
	briefs := []*brief.Brief{{ID: "big"}, {ID: "small"}, {ID: "none"}}
	topics := []Topic{{
		ID: "ships", Label: "Ships",
		Passages: []Passage{{Brief: "big", Paragraph: 1}, {Brief: "small", Paragraph: 4}},
		Coverage: map[string]float64{"big": 0.3, "small": 0.004},
	}}
	got := coverageDifferences(topics, briefs)
	if len(got) != 1 {
		t.Fatalf("%d coverage differences, want 1", len(got))
	}
	if want := []string{"none"}; !slices.Equal(got[0].Silent, want) {
		t.Errorf("silent = %v, want %v (a brief with a passage addresses the topic)", got[0].Silent, want)
	}
}

// TestCoverageElsewhereIsNotSilent: a brief with no passage in a topic but
// passages that nearly went to it (Topic.Elsewhere) is not silent on it:
// no coverage gap names it, and with no silent brief there is no gap.
func TestCoverageElsewhereIsNotSilent(t *testing.T) {
	briefs := []*brief.Brief{{ID: "big"}, {ID: "near"}, {ID: "none"}}
	for _, tc := range []struct {
		name      string
		elsewhere map[string][]int
		silent    []string // nil: no gap
	}{
		{"near brief left out of the gap", map[string][]int{"near": {7}}, []string{"none"}},
		{"no silent brief, no gap", map[string][]int{"near": {7}, "none": {2, 3}}, nil},
		{"without Elsewhere both are silent", nil, []string{"near", "none"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			topics := []Topic{{
				ID: "courts", Label: "Courts", Origin: Discovered,
				Passages:  []Passage{{Brief: "big", Paragraph: 1}},
				Coverage:  map[string]float64{"big": 0.3},
				Elsewhere: tc.elsewhere,
			}}
			got := coverageDifferences(topics, briefs)
			if tc.silent == nil {
				if len(got) != 0 {
					t.Errorf("gap %v, want none", got[0].Silent)
				}
				return
			}
			if len(got) != 1 || !slices.Equal(got[0].Silent, tc.silent) {
				t.Fatalf("gaps %v, want one naming %v", got, tc.silent)
			}
			for _, it := range got[0].Items {
				if !slices.Contains(tc.silent, it.Brief) && it.Brief != "big" {
					t.Errorf("item for %s, which is neither side of the gap", it.Brief)
				}
			}
		})
	}
}

// TestRelatedFiguresDiffer: figures of one measure, one dated and one not,
// are "related figures" only when their values differ; the same figure
// said again (a pledge now and as made years ago) is nothing to compare.
func TestRelatedFiguresDiffer(t *testing.T) {
	for _, tc := range []struct {
		name    string
		a, b    string
		related bool
	}{
		{
			name:    "same figure, one dated",
			a:       "There will be 1,000 extra police officers on the beat this year.",
			b:       "The government broke its 2019 pledge to recruit 1,000 extra police officers.",
			related: false,
		},
		{
			name:    "different figures, one dated",
			a:       "There will be 1,000 extra police officers on the beat this year.",
			b:       "The government broke its 2019 pledge to recruit 2,000 extra police officers.",
			related: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			briefs := []*brief.Brief{
				{ID: "a", Paragraphs: []brief.Paragraph{{Kind: brief.Body, Text: tc.a}}},
				{ID: "b", Paragraphs: []brief.Paragraph{{Kind: brief.Body, Text: tc.b}}},
			}
			var claims []Claim
			for _, c := range mustClaims(briefs, 1) {
				if c.label == "police officers" {
					claims = append(claims, c)
				}
			}
			if len(claims) != 2 || claims[0].Key.Series() != claims[1].Key.Series() {
				t.Fatalf("claims %+v: want two of one measure (the case tests nothing)", claims)
			}
			_, _, _, related := numericDifferences(claims, map[paraKey]string{})
			if got := len(related) > 0; got != tc.related {
				t.Errorf("related figures %v, want %v (%+v)", got, tc.related, related)
			}
		})
	}
}
