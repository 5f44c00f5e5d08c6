package app

import (
	"slices"
	"strings"
	"testing"

	"briefbench/compare"
	"briefbench/present"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestSearchQueryTerms(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"", nil},
		{"  Korean   Yards ", []string{"korean", "yards"}},
		{`"dry  dock" backlog`, []string{"dry dock", "backlog"}},
		{`MRO "unclosed phrase`, []string{"mro", "unclosed phrase"}},
		{`""`, nil},
	} {
		if got := queryTerms(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("queryTerms(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestSearchHits(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	v := c.search
	for _, tc := range []struct {
		q    string
		want []passageKey
	}{
		{"2.8%", []passageKey{{"hanbit", 3}, {"ansan", 2}}},
		{"GDP SEOUL", []passageKey{{"hanbit", 3}, {"meridian", 2}}},
		{`"reciprocal defense procurement"`, []passageKey{{"hanbit", 9}, {"meridian", 4}}},
		{"zeppelin", nil},
	} {
		t.Run(tc.q, func(t *testing.T) {
			v.entry.SetText("")
			test.Type(v.entry, tc.q)
			v.onSearch(v.entry.Text)
			var got []passageKey
			for _, hit := range v.hits {
				got = append(got, passageKey{hit.brief.ID, hit.para})
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("hits %v, want %v", got, tc.want)
			}
		})
	}
	if !strings.HasPrefix(v.status.Text, "No paragraph in 4 briefs") {
		t.Errorf("status = %q", v.status.Text)
	}

	v.entry.SetText("seventh fleet")
	o := v.createHit()
	v.fillHit(0, o)
	if s := segmentStyled(o.(*hitItem).text, "Seventh"); s == nil || s.Style.ColorName != colorHit {
		t.Error("hit not highlighted")
	}
	v.list.list.Select(0)
	if want := []passageKey{{"meridian", 13}}; !slices.Equal(h.opened, want) {
		t.Errorf("opened %v, want %v", h.opened, want)
	}
}

// TestSearchAllBriefs unticks a brief: search still finds its text, marked
// as not in the comparison.
func TestSearchAllBriefs(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.include("pasted", false)
	v := w.views.search
	v.onSearch("shipbuilding")
	if len(v.hits) != 1 || v.hits[0].brief.ID != "pasted" {
		t.Fatalf("hits %v, want the unticked brief's paragraph", v.hits)
	}
	o := v.createHit()
	v.fillHit(0, o)
	if got := richString(o.(*hitItem).head); !strings.Contains(got, "not in the comparison") {
		t.Errorf("hit heading %q does not say the brief is not compared", got)
	}
}

// TestSearchUnassigned: a passage no topic fits is found by search and
// marked unassigned.
func TestSearchUnassigned(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.search
	res := *c.res
	held := v.topics[passageKey{"meridian", 13}]
	res.Unassigned = []compare.Passage{{Brief: "meridian", Paragraph: 13, Text: "x"}, {Brief: "meridian", Paragraph: 9999, Text: "y"}}
	v.setResult(&res)
	if got := v.topics[passageKey{"meridian", 9999}]; !slices.Equal(got, []string{present.Unassigned}) {
		t.Errorf("unassigned passage marked %v", got)
	}
	if got := v.topics[passageKey{"meridian", 13}]; len(held) > 0 && !slices.Equal(got, held) {
		t.Errorf("a passage in topics %v is now marked %v", held, got)
	}
}
