package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestTopicsFilter(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	for _, tc := range []struct {
		name, filter string
		want         []string
	}{
		{"empty shows all", "", []string{
			"burden-sharing", "industrial-cooperation", "arms-exports", "shipbuilding",
			"command-arrangements", "regional-role", "discovered-welders-apprenticeship-workforce",
		}},
		{"label words", "defense spending", []string{"burden-sharing"}},
		{"case", "SHIPBUILDING", []string{"shipbuilding"}},
		{"description", "OPCON", []string{"command-arrangements"}},
		{"origin", "discovered", []string{"discovered-welders-apprenticeship-workforce"}},
		{"no match", "zeppelin", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c.topics.filter.SetText("")
			test.Type(c.topics.filter, tc.filter)
			var got []string
			for _, i := range c.topics.shown {
				got = append(got, c.res.Topics[i].ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("filter %q lists %v, want %v", tc.filter, got, tc.want)
			}
		})
	}
	if got := c.topics.count.Text; got != "0 of 7 topics" {
		t.Errorf("count = %q", got)
	}
}

func TestTopicsSelect(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	c.showTab(tabDifferences)
	c.topics.list.list.Select(3)
	if c.topic != "shipbuilding" {
		t.Fatalf("selected topic = %q, want shipbuilding", c.topic)
	}
	if c.side.topic == nil || c.side.topic.ID != "shipbuilding" || c.side.title.Text != "Shipbuilding and maintenance" {
		t.Error("side by side does not show the selected topic")
	}
	if c.tabs.Selected() != c.sideTab {
		t.Error("selecting a topic does not bring the side-by-side view forward")
	}

	c.selectTopic("command-arrangements")
	if c.topics.list.selected != 4 {
		t.Errorf("list selection = %d, want row 4", c.topics.list.selected)
	}
	c.selectTopic("no-such-topic")
	if c.topic != "command-arrangements" {
		t.Errorf("an unknown topic changed the selection to %q", c.topic)
	}
}

func TestTopicsItem(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.topics
	for _, tc := range []struct {
		row    int
		dots   []bool
		detail string
	}{
		{0, []bool{true, true, false, true}, "1 difference"},
		{1, []bool{true, true, true, true}, "2 differences"},
		{3, []bool{true, true, true, false}, "no differences"},
		{4, []bool{true, false, false, true}, "1 difference"},
		{6, []bool{false, false, true, true}, "no differences · discovered"},
	} {
		o := v.createItem()
		v.fillItem(tc.row, o)
		it := o.(*topicRow).item
		if !slices.Equal(it.dots.covered, tc.dots) {
			t.Errorf("row %d dots = %v, want %v", tc.row, it.dots.covered, tc.dots)
		}
		if got := richString(it.detail); got != tc.detail {
			t.Errorf("row %d detail = %q, want %q", tc.row, got, tc.detail)
		}
	}
}

// richString joins a RichText's text segments.
func richString(r *widget.RichText) string {
	var sb strings.Builder
	for _, s := range r.Segments {
		sb.WriteString(s.Textual())
	}
	return sb.String()
}

// segmentStyled returns the segment of r whose text is text, or nil.
func segmentStyled(r *widget.RichText, text string) *widget.TextSegment {
	// A highlight is cut into one segment per word and carries the
	// punctuation next to it (see wrapSafe): join runs of segments in one
	// style.
	segs := r.Segments
	for i := 0; i < len(segs); {
		first, ok := segs[i].(*widget.TextSegment)
		if !ok {
			i++
			continue
		}
		run := first.Text
		j := i + 1
		for ; j < len(segs); j++ {
			ts, ok := segs[j].(*widget.TextSegment)
			if !ok || ts.Style != first.Style {
				break
			}
			run += ts.Text
		}
		run = strings.TrimSpace(run)
		// text is the run, or its first words (neighbouring highlights in
		// one style join), give or take the punctuation after it.
		if rest, ok := strings.CutPrefix(run, text); ok && (strings.TrimLeftFunc(rest, unicode.IsPunct) == "" || strings.HasPrefix(rest, " ")) {
			return first
		}
		i = j
	}
	return nil
}

// TestTopicsItemManyBriefs gives 30 briefs: the coverage dots become one
// bar as wide as 12 dots, and the row says how many briefs address it.
func TestTopicsItemManyBriefs(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	r := *c.res
	r.Briefs = slices.Clone(r.Briefs)
	for i := len(r.Briefs); i < 30; i++ {
		b := *r.Briefs[0]
		b.ID = fmt.Sprintf("extra-%d", i)
		r.Briefs = append(r.Briefs, &b)
	}
	c.setResult(&r)
	v := c.topics
	o := v.createItem()
	v.fillItem(0, o)
	it := o.(*topicRow).item
	if got := richString(it.detail); !strings.HasPrefix(got, "3 of 30 · ") {
		t.Errorf("detail = %q, want it to start with the count of briefs", got)
	}
	rd := test.WidgetRenderer(it.dots)
	if n := len(rd.Objects()); n != 2 {
		t.Errorf("dots draw %d objects, want the bar's 2", n)
	}
	if w, want := rd.MinSize().Width, float32(maxDots*(dotSize+dotGap)+dotGap); w != want {
		t.Errorf("dots width %v, want %v", w, want)
	}
}
