package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestDifferencesFilter(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.differences
	for _, tc := range []struct {
		name, kind, topic string
		want              int
	}{
		{"all", "", "", 6},
		{"numbers", "numeric", "", 2},
		{"wording", "wording", "", 2},
		{"coverage", "coverage", "", 1},
		{"agreement", "agreement", "", 1},
		{"topic", "", "industrial-cooperation", 2},
		{"kind and topic", "numeric", "burden-sharing", 1},
		{"none", "agreement", "burden-sharing", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v.filterKind(tc.kind)
			v.filterTopic(tc.topic)
			if got := len(v.shown); got != tc.want {
				t.Errorf("shown = %d, want %d", got, tc.want)
			}
		})
	}
	if got := v.count.Text; got != "0 of 6" {
		t.Errorf("count = %q", got)
	}
}

func TestDifferencesJump(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	c.showTab(tabDifferences)
	c.differences.filterKind("numeric")
	c.differences.list.list.Select(1) // the arms-exporter target year
	if c.topic != "arms-exports" {
		t.Errorf("jumped to %q, want arms-exports", c.topic)
	}
	if c.tabs.Selected() != c.sideTab {
		t.Error("the side-by-side view is not shown")
	}
	if !c.side.marked[passageKey{"hanbit", 6}] || !c.side.marked[passageKey{"meridian", 8}] {
		t.Errorf("marked %v, want both claims", c.side.marked)
	}
}

func TestDifferencesItem(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.differences
	o := v.createItem()
	v.fillItem(0, o)
	it := o.(*differenceItem)
	if got := richString(it.body); got != "Hanbit Institute ¶4 2.8 % of GDP   Meridian Council ¶3 3.5 % of GDP   Ansan Forum ¶3 2.8 % of GDP" {
		t.Errorf("numeric items = %q", got)
	}
	w := test.NewTempWindow(t, o)
	w.Resize(fyne.NewSize(800, 160))
	v.fillItem(3, o)
	layoutTree(o)
	if s := segmentStyled(it.body, "more resilient"); s == nil || s.Style.ColorName != colorInsert {
		t.Error("wording diff is not shown")
	}
	test.AssertRendersToMarkup(t, "differences_item.xml", w.Canvas())
}
