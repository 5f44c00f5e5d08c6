package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
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
	// The topics filter hides the topic the difference is about.
	c.topics.filter.SetText("shipbuilding")
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
	if c.topics.filter.Text != "" || !c.topics.shows("arms-exports") {
		t.Errorf("filter %q still hides the topic jumped to", c.topics.filter.Text)
	}
	if sel := c.topics.list.selected; sel < 0 || c.res.Topics[c.topics.shown[sel]].ID != "arms-exports" {
		t.Errorf("topics list selection %d is not the topic jumped to", sel)
	}
}

func TestItemValue(t *testing.T) {
	for _, tc := range []struct{ value, unit, want string }{
		{"28500", "count", "28,500"},
		{"1500", "count", "1500"},
		{"2027", "year", "2027"},
		{"2.8", "% of GDP", "2.8% of GDP"},
		{"17.3", "billion USD", "17.3 billion USD"},
		{"1234567.25", "USD", "1,234,567.25 USD"},
		{"-45000", "", "-45,000"},
		{"about 5", "", "about 5"},
	} {
		if got := itemValue(tc.value, tc.unit); got != tc.want {
			t.Errorf("itemValue(%q, %q) = %q, want %q", tc.value, tc.unit, got, tc.want)
		}
	}
}

func TestDifferencesItem(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.differences
	o := v.createItem()
	v.fillItem(0, o)
	it := o.(*differenceItem)
	if got := richString(it.body); got != "Hanbit Institute ¶4, p. 2 2.8% of GDP   Meridian Council ¶3 3.5% of GDP   Ansan Forum ¶3 2.8% of GDP" {
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

func TestTopicDifferencesLink(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("industrial-cooperation")
	var link *widget.HyperlinkSegment
	for _, s := range c.side.meta.Segments {
		if h, ok := s.(*widget.HyperlinkSegment); ok {
			link = h
		}
	}
	if link == nil || link.Text != "2 differences" {
		t.Fatalf("no link to the topic's differences in %q", richString(c.side.meta))
	}
	c.differences.filterKind("agreement")
	link.OnTapped()
	if c.tabs.Selected() != c.differencesTab || len(c.differences.shown) != 2 {
		t.Errorf("differences tab shown %v, %d listed; want the topic's 2", c.tabs.Selected() == c.differencesTab, len(c.differences.shown))
	}
	for _, i := range c.differences.shown {
		if d := c.res.Differences[i]; d.Topic != "industrial-cooperation" {
			t.Errorf("listed a difference of %s", d.Topic)
		}
	}
}

func TestCoverageItemCitesNoParagraphForSilentBrief(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	d := &compare.Difference{Kind: compare.KindCoverage, Topic: "burden-sharing", Items: []compare.Item{
		{Brief: "hanbit", Paragraph: 3, Value: "6", Unit: "% of words"},
		{Brief: "tidewater", Paragraph: -1, Value: "0", Unit: "% of words"},
	}}
	r := widget.NewRichText(c.differences.itemSegments(d)...)
	if got := richString(r); got != "Hanbit Institute ¶4 6% of words   Tidewater Policy Center 0% of words" {
		t.Errorf("coverage items = %q", got)
	}
}
