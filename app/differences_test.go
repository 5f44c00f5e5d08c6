package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/compare"
	"briefbench/present"
)

func TestDifferencesFilter(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.differences
	for _, tc := range []struct {
		name  string
		kind  compare.Kind
		topic string
		want  int
	}{
		{"all", "", "", 6},
		{"numbers", compare.KindNumeric, "", 2},
		{"wording", compare.KindWording, "", 2},
		{"coverage", compare.KindCoverage, "", 1},
		{"agreement", compare.KindAgreement, "", 1},
		{"topic", "", "industrial-cooperation", 2},
		{"kind and topic", compare.KindNumeric, "burden-sharing", 1},
		{"none", compare.KindAgreement, "burden-sharing", 0},
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
	c.differences.filterKind(compare.KindNumeric)
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

// TestItemValue renders the values the engine really produces (a run over
// the bundled sample briefs) the way the differences list shows them:
// figures as present phrases them in every view ("4th", "14 billion USD",
// "2027"), shares of words as "12.8% of words".
func TestItemValue(t *testing.T) {
	res, _ := fiveBriefs(t)
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	c.setResult(res)
	figures, shares := 0, 0
	for i := range res.Differences {
		d := &res.Differences[i]
		if d.Kind == compare.KindWording {
			continue
		}
		shown := richString(&widget.RichText{Segments: c.differences.itemSegments(d)})
		for _, it := range d.Items {
			var want string
			switch {
			case d.Measure != nil:
				want = present.ItemValue(it)
				figures++
			case it.Value != "":
				// The only value without a measure: a brief's share of
				// its words on the topic. A new kind of value should be
				// phrased by present, and this test tells.
				if it.Unit != compare.UnitShareOfWords {
					t.Errorf("%s: value %q %q without a measure", d.Kind, it.Value, it.Unit)
				}
				want = it.Value + string(it.Unit)
				shares++
			default:
				continue
			}
			if !strings.Contains(shown, " "+want) {
				t.Errorf("%s difference shows %q, want %q for %s", d.Kind, shown, want, it.Brief)
			}
		}
	}
	if figures == 0 || shares == 0 {
		t.Errorf("the samples gave %d figures and %d shares: nothing real to show", figures, shares)
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
	layouts.Tree(o)
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
	c.differences.filterKind(compare.KindAgreement)
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
