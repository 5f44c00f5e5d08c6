package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"briefbench/brief"
	"briefbench/compare"
)

// tenBriefs widens the test comparison to ten briefs and four times the
// rows: briefs 5 to 10 repeat the passages of the four originals under new
// IDs, and each row is repeated with the paragraphs shifted by 100.
func tenBriefs(r *compare.Result) *compare.Result {
	out := *r
	out.Briefs = nil
	src := map[string]string{} // new brief ID -> original brief ID
	for i := range 10 {
		orig := r.Briefs[i%len(r.Briefs)]
		b := *orig
		if i >= len(r.Briefs) {
			b.ID = fmt.Sprintf("%s-%d", orig.ID, i)
			b.Organization = fmt.Sprintf("%s %d", orig.Organization, i)
		}
		src[b.ID] = orig.ID
		out.Briefs = append(out.Briefs, &b)
	}
	out.Topics = make([]compare.Topic, len(r.Topics))
	for ti, t := range r.Topics {
		nt := t
		nt.Passages = nil
		nt.Rows = nil
		nt.Coverage = map[string]float64{}
		nt.Distinctive = map[string][]compare.Term{}
		for rep := range 4 {
			for _, row := range t.Rows {
				nr := compare.Row{}
				for _, b := range out.Briefs {
					idx := row[src[b.ID]]
					if idx == nil {
						nr[b.ID] = nil
						continue
					}
					p := t.Passages[*idx]
					p.Brief = b.ID
					p.Paragraph += 100 * rep
					n := len(nt.Passages)
					nt.Passages = append(nt.Passages, p)
					nr[b.ID] = &n
				}
				nt.Rows = append(nt.Rows, nr)
			}
		}
		for _, b := range out.Briefs {
			nt.Coverage[b.ID] = t.Coverage[src[b.ID]]
			nt.Distinctive[b.ID] = t.Distinctive[src[b.ID]]
		}
		out.Topics[ti] = nt
	}
	return &out
}

// newBenchView shows the ten-brief comparison in a 1280x800 test window.
func newBenchView(tb testing.TB) (*compareView, fyne.Window) {
	test.NewTempApp(tb)
	r := tenBriefs(loadResult(tb))
	h := &fakeHost{bs: []*brief.Brief{}, res: r}
	c := newCompareView(h)
	h.view = c
	h.win = test.NewTempWindow(tb, c.buildUI())
	h.win.Resize(fyne.NewSize(1280, 800))
	c.setResult(r)
	return c, h.win
}

func TestSideBySideTenBriefs(t *testing.T) {
	c, w := newBenchView(t)
	c.selectTopic("shipbuilding")
	if got := len(c.side.header.Objects); got != 10 {
		t.Errorf("columns = %d, want 10", got)
	}
	if got := c.side.rowCount(); got != 12 {
		t.Errorf("rows = %d, want 12", got)
	}
	capture(t, w, "side-ten-briefs.png")
}

// BenchmarkSelectTopic selects a topic with ten briefs (alternating between
// two, 12 rows each) and draws the whole 1280x800 window with the test
// driver's software painter.
func BenchmarkSelectTopic(b *testing.B) {
	c, w := newBenchView(b)
	ids := []string{"industrial-cooperation", "shipbuilding"}
	b.ReportAllocs()
	cpu := cpuTime()
	i := 0
	for b.Loop() {
		c.selectTopic(ids[i%2])
		i++
		w.Canvas().Capture()
	}
	reportCPU(b, cpu, i)
}

// BenchmarkSelectTopicLayout is BenchmarkSelectTopic without painting: the
// views' own cost of showing a topic (measuring rows, building cells).
func BenchmarkSelectTopicLayout(b *testing.B) {
	c, _ := newBenchView(b)
	ids := []string{"industrial-cooperation", "shipbuilding"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.selectTopic(ids[i%2])
		i++
	}
}

// BenchmarkSearch types a two-word query into the search of 1,000 briefs
// (about 15,000 paragraphs) and shows the first hits.
func BenchmarkSearch(b *testing.B) {
	test.NewTempApp(b)
	r := loadResult(b)
	base := briefsOf(r)
	var bs []*brief.Brief
	for i := range 1000 {
		cp := *base[i%len(base)]
		cp.ID = fmt.Sprintf("%s-%d", cp.ID, i)
		cp.Paragraphs = append([]brief.Paragraph(nil), cp.Paragraphs...)
		bs = append(bs, &cp)
	}
	h := &fakeHost{bs: bs, res: r}
	c := newCompareView(h)
	h.view = c
	h.win = test.NewTempWindow(b, c.buildUI())
	h.win.Resize(fyne.NewSize(1280, 800))
	c.setResult(r)
	c.showTab(tabSearch)
	queries := []string{"korean yards", "defense spending"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.search.onSearch(queries[i%2])
		i++
	}
}

// BenchmarkPaint draws the 1280x800 window with a ten-brief topic shown,
// without changing anything: the test driver's software painter alone.
func BenchmarkPaint(b *testing.B) {
	c, w := newBenchView(b)
	c.selectTopic("shipbuilding")
	b.ReportAllocs()
	for b.Loop() {
		w.Canvas().Capture()
	}
}

// TestSideBySideDrawsColumnsInView checks that with more columns than fit,
// the rows draw only the passages of the columns scrolled into view, and
// that scrolling sideways brings the others in.
func TestSideBySideDrawsColumnsInView(t *testing.T) {
	c, w := newBenchView(t)
	c.selectTopic("shipbuilding")
	w.Canvas().Capture()
	v := c.side
	shown := func() (first, last bool) {
		if len(v.shown) == 0 {
			t.Fatal("no rows shown")
		}
		for r := range v.shown {
			first = first || !r.cells[0].content.Hidden
			last = last || !r.cells[len(r.cells)-1].content.Hidden
		}
		return first, last
	}
	heads := func() (first, last bool) {
		return !v.heads[0].box.Hidden, !v.heads[len(v.heads)-1].box.Hidden
	}
	if first, last := shown(); !first || last {
		t.Errorf("before scrolling: first column drawn %v, last %v; want only the first", first, last)
	}
	if first, last := heads(); !first || last {
		t.Errorf("before scrolling: first heading drawn %v, last %v; want only the first", first, last)
	}
	height := v.header.Size().Height
	v.hscroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DX: -10000}})
	if first, last := shown(); first || !last {
		t.Errorf("scrolled to the end: first column drawn %v, last %v; want only the last", first, last)
	}
	if first, last := heads(); first || !last {
		t.Errorf("scrolled to the end: first heading drawn %v, last %v; want only the last", first, last)
	}
	if got := v.header.Size().Height; got != height {
		t.Errorf("header height %v after scrolling, was %v", got, height)
	}
	// The columns scrolled into view show their passages (rows the list
	// shows lay out only the columns in view).
	filled := false
	for r := range v.shown {
		last := r.cells[len(r.cells)-1]
		filled = filled || last.passage != nil && richString(last.text) != ""
	}
	if !filled {
		t.Error("the last column shows no passage after scrolling to it")
	}
}
