package app

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
)

func TestSideBySideSpans(t *testing.T) {
	for _, tc := range []struct {
		name    string
		text    string
		terms   []string
		numbers []string
		want    []string // highlighted runs in order
	}{
		{"term and number", "Seoul spent 2.8% of GDP, not free-riding.", []string{"free-riding"}, []string{"2.8%"}, []string{"2.8%", "free-riding."}},
		{"stem extends to word end", "Reciprocal procurement helps procurers.", []string{"procur"}, nil, []string{"procurement", "procurers."}},
		{"word start only", "The shipyard and the yard.", []string{"yard"}, nil, []string{"yard."}},
		{"case-insensitive phrase", "MRO contracts and mro work", []string{"mro contracts"}, nil, []string{"MRO contracts"}},
		{"number not inside another", "Spending rose to 12.8% from 2.8%.", nil, []string{"2.8%"}, []string{"2.8%."}},
		{"year not inside a longer number", "By 2027 or 20270.", nil, []string{"2027"}, []string{"2027"}},
		{"punctuation joins the highlight", "a commercial opportunity, not a duty", []string{"commercial opportunity"}, nil, []string{"commercial opportunity,"}},
		{"one token with two highlights stays whole", "rose to 3.5%;2027 target", nil, []string{"3.5%", "2027"}, []string{"3.5%;2027"}},
		{"highlight inside a token takes the token", "the (MRO) market", []string{"mro"}, nil, []string{"(MRO)"}},
		{"nothing", "Plain text.", []string{"absent"}, []string{"9%"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var terms []compare.Term
			for _, s := range tc.terms {
				terms = append(terms, compare.Term{Term: s})
			}
			segs := highlightSegments(tc.text, passageSpans(tc.text, terms, tc.numbers))
			var got []string // highlighted runs: word segments joined
			var all strings.Builder
			joined := false
			for _, s := range segs {
				ts := s.(*widget.TextSegment)
				all.WriteString(ts.Text)
				if ts.Style.ColorName != colorTerm && ts.Style.ColorName != colorConflict {
					joined = false
					continue
				}
				if joined { // the next word of the same highlight
					got[len(got)-1] += ts.Text
				} else {
					got = append(got, ts.Text)
				}
				joined = strings.TrimRightFunc(ts.Text, unicode.IsSpace) != ts.Text
			}
			for i := range got {
				got[i] = strings.TrimSpace(got[i])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("highlighted %q, want %q", got, tc.want)
			}
			if all.String() != tc.text {
				t.Errorf("segments spell %q, want the passage verbatim", all.String())
			}
		})
	}
}

func TestSideBySideCells(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.side
	c.selectTopic("burden-sharing")
	row := v.createRow().(*sideRow)
	v.fillRow(0, row)
	hanbit, meridian, tidewater := row.cells[0], row.cells[1], row.cells[2]
	if s := segmentStyled(hanbit.text, "2.8%"); s == nil || s.Style.ColorName != colorConflict {
		t.Error("Hanbit's disputed 2.8% is not highlighted as a conflict")
	}
	if s := segmentStyled(meridian.text, "3.5%"); s == nil || s.Style.ColorName != colorConflict {
		t.Error("Meridian's disputed 3.5% is not highlighted as a conflict")
	}
	if s := segmentStyled(hanbit.text, "free-riding"); s == nil || s.Style.ColorName != colorTerm {
		t.Error("Hanbit's distinctive term is not highlighted")
	}
	if got := richString(tidewater.text); got != "" || tidewater.passage != nil {
		t.Errorf("silent brief's cell shows %q", got)
	}
	if got := richString(v.heads[2].share); !strings.HasPrefix(got, "not addressed") {
		t.Errorf("silent brief's head says %q, want not addressed", got)
	}
	if got := richString(hanbit.cite); !strings.HasPrefix(got, "¶4, p. 2 · The Case for Self-Reliance") {
		t.Errorf("citation = %q", got)
	}

	c.selectTopic("industrial-cooperation")
	row = v.createRow().(*sideRow)
	meridian = cellOf(t, v, row, "meridian", 5)
	if s := segmentStyled(meridian.text, "deeper"); s == nil || s.Style.ColorName != colorDelete {
		t.Error("Meridian's differing word is not marked as deleted")
	}
	ansan := cellOf(t, v, row, "ansan", ansanPara(c.res))
	if s := segmentStyled(ansan.text, "more resilient"); s == nil || s.Style.ColorName != colorInsert {
		t.Error("Ansan's differing words are not marked as inserted")
	}
	if got := richString(ansan.cite); !strings.Contains(got, "nearly the same words as Meridian Council") {
		t.Errorf("Ansan's citation = %q", got)
	}
	for i, b := range c.res.Briefs {
		if got := v.heads[i].name.Text; got != b.ShortName() {
			t.Errorf("column %d header = %q, want %q", i, got, b.ShortName())
		}
	}
}

// cellOf fills row with the line that shows paragraph para of brief id in
// the shown topic and returns its cell (para -1: the brief's first line).
func cellOf(t *testing.T, v *sideView, row *sideRow, id string, para int) *passageCell {
	t.Helper()
	for l, line := range v.reading.Lines {
		for c, i := range line {
			if i >= 0 && v.cols[c].ID == id && (para < 0 || v.topic.Passages[i].Paragraph == para) {
				v.fillRow(l, row)
				return row.cells[c]
			}
		}
	}
	t.Fatalf("no passage of %s ¶%d in %s", id, para, v.topic.ID)
	return nil
}

// ansanPara is the paragraph of Ansan's side of the wording difference in
// industrial cooperation.
func ansanPara(r *compare.Result) int {
	for _, d := range r.Differences {
		if d.Kind == compare.KindWording && d.Topic == "industrial-cooperation" {
			for _, it := range d.Items {
				if it.Brief == "ansan" {
					return it.Paragraph
				}
			}
		}
	}
	return -1
}

// TestSideBySideReading: every brief that addresses a topic shows a passage
// on its first line, no cell says "no matching passage", and passages that
// make the same point share a line or name each other.
func TestSideBySideReading(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.side
	for _, tp := range c.res.Topics {
		c.selectTopic(tp.ID)
		row := v.createRow().(*sideRow)
		for l := range v.rowCount() {
			v.fillRow(l, row)
			for i, cell := range row.cells {
				text := richString(cell.text)
				if strings.Contains(text, "no matching passage") || strings.Contains(text, "not addressed") {
					t.Errorf("%s line %d, %s: %q", tp.ID, l, v.cols[i].ID, text)
				}
				if l == 0 && cell.passage == nil && tp.Addresses(v.cols[i].ID) {
					t.Errorf("%s: %s addresses the topic but its first line is empty", tp.ID, v.cols[i].ID)
				}
				if cell.passage == nil {
					continue
				}
				for _, j := range v.linked(cell.index) {
					other := v.c.briefName(tp.Passages[j].Brief)
					if !strings.Contains(richString(cell.cite), other) {
						t.Errorf("%s: %s's passage does not name %s, which makes the same point", tp.ID, v.cols[i].ID, other)
					}
				}
			}
		}
	}
}

// TestSideBySideHoverLinks: the pointer over a passage highlights the
// passages that make the same point, and only while it stays.
func TestSideBySideHoverLinks(t *testing.T) {
	c, w := newTestView(t, fyne.NewSize(1280, 800))
	v := c.side
	for _, tp := range c.res.Topics {
		c.selectTopic(tp.ID)
		for i := range v.reading.Point {
			if len(v.linked(i)) == 0 || v.reading.Line[i] != 0 {
				continue
			}
			cells := shownCells(v, 0)
			var from, to *passageCell
			for _, cell := range cells {
				switch {
				case cell.passage != nil && cell.index == i:
					from = cell
				case cell.passage != nil && cell.point == v.reading.Point[i]:
					to = cell
				}
			}
			if from == nil || to == nil {
				continue
			}
			from.MouseIn(nil)
			if to.band.Hidden || from.band.Hidden {
				t.Errorf("%s: hovering a passage does not highlight the one that makes the same point", tp.ID)
			}
			capture(t, w.win, "side-hover.png")
			from.MouseOut()
			if !to.band.Hidden {
				t.Errorf("%s: the highlight stays after the pointer left", tp.ID)
			}
			return
		}
	}
	t.Fatal("no linked passages on a first line in the test comparison")
}

// shownCells returns the cells of line l among the rows the list shows.
func shownCells(v *sideView, l int) []*passageCell {
	for r := range v.shown {
		for _, cell := range r.cells {
			if cell.passage != nil && v.reading.Line[cell.index] == l {
				return r.cells
			}
		}
	}
	return nil
}

// TestSideBySideWideColumn: clicking a brief's name widens its column and
// clicking it again restores it; the wheel scrolls a readable step.
func TestSideBySideWideColumn(t *testing.T) {
	c, w := newTestView(t, fyne.NewSize(1280, 800))
	v := c.side
	c.selectTopic("industrial-cooperation")
	_, before := v.columnAt(1, v.table.Size().Width)
	test.Tap(v.heads[1].tap)
	_, after := v.columnAt(1, v.table.Size().Width)
	_, other := v.columnAt(0, v.table.Size().Width)
	if after < 1.5*other || v.wide != 1 {
		t.Errorf("widened column %v wide beside %v (was %v)", after, other, before)
	}
	capture(t, w.win, "side-wide.png")
	test.Tap(v.heads[1].tap)
	if _, w0 := v.columnAt(1, v.table.Size().Width); v.wide != -1 || w0 != other && w0 > before+1 {
		t.Errorf("column not restored: %v", w0)
	}

	w.win.Resize(fyne.NewSize(1000, 500)) // so the passages scroll
	row := shownCells(v, 0)
	if row == nil {
		t.Fatal("no row shown")
	}
	start := v.rows.list.GetScrollOffset()
	row[0].Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -20}})
	if got := v.rows.list.GetScrollOffset() - start; got < 50 {
		t.Errorf("a wheel notch of 20 px scrolled %v px", got)
	}
}

func TestSideBySideOpenInContext(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("industrial-cooperation")
	row := c.side.createRow().(*sideRow)
	cellOf(t, c.side, row, "meridian", 5)
	test.Tap(row.cells[1])
	for _, cell := range row.cells {
		if cell.passage == nil {
			test.Tap(cell) // empty: nothing to open
			break
		}
	}
	if want := []passageKey{{"meridian", 5}}; !slices.Equal(h.opened, want) {
		t.Errorf("opened %v, want %v", h.opened, want)
	}
}

func TestSideBySideMark(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	c.showTab(tabDifferences)
	c.onDifferenceSelected(&c.res.Differences[3]) // wording, industrial-cooperation
	if c.topic != "industrial-cooperation" || c.tabs.Selected() != c.sideTab {
		t.Fatalf("jump went to %q", c.topic)
	}
	row := c.side.createRow().(*sideRow)
	d := c.res.Differences[3]
	for _, it := range d.Items {
		if cellOf(t, c.side, row, it.Brief, it.Paragraph).band.Hidden {
			t.Errorf("the difference's passage %s ¶%d is not marked", it.Brief, it.Paragraph)
		}
	}
	marked := 0
	for l := range c.side.rowCount() {
		c.side.fillRow(l, row)
		for _, cell := range row.cells {
			if !cell.band.Hidden {
				marked++
			}
		}
	}
	if marked != len(d.Items) {
		t.Errorf("%d cells marked, want the difference's %d", marked, len(d.Items))
	}
	// The first marked passage's text starts in view.
	first := len(c.side.reading.Lines)
	for _, it := range d.Items {
		for i, p := range c.side.topic.Passages {
			if p.Brief == it.Brief && p.Paragraph == it.Paragraph {
				first = min(first, c.side.reading.Line[i])
			}
		}
	}
	top := float32(0)
	for _, h := range c.side.rows.heights[:first] {
		top += h + theme.Padding()
	}
	if off := c.side.rows.list.GetScrollOffset(); off > top+1 {
		t.Errorf("scrolled to %v, past the marked line's top at %v", off, top)
	}
}

func TestSideBySideRowsFitText(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("industrial-cooperation")
	h.win.Resize(fyne.NewSize(900, 700))
	capture(t, h.win, "side-narrow.png")
	list := c.side.rows.list
	width := list.Size().Width
	for id := range c.side.rowCount() {
		row := c.side.createRow()
		row.Resize(fyne.NewSize(width, 10))
		c.side.fillRow(id, row)
		need := row.MinSize().Height
		scratch := c.side.createRow()
		scratch.Resize(fyne.NewSize(width*2, 10))
		c.side.fillRow(id, scratch)
		if wide := scratch.MinSize().Height; wide >= need {
			t.Errorf("row %d needs %v at width %v and %v at twice the width: text does not wrap", id, need, width, wide)
		}
	}
}

// TestSideBySideWrapsAtSpaces draws every topic of the ten-brief comparison
// and checks each passage's wrapped lines: they spell the passage, and a
// line starts after a space, never mid-word or with a comma (RichText would
// otherwise break a highlight that does not fit the rest of a line).
func TestSideBySideWrapsAtSpaces(t *testing.T) {
	c, w := newBenchView(t)
	lines := 0
	// Several widths put line ends at many places in each passage.
	for _, width := range []float32{1000, 1280, 1500, 1920} {
		w.Resize(fyne.NewSize(width, 800))
		for _, topic := range c.res.Topics {
			c.selectTopic(topic.ID)
			w.Canvas().Capture()
			for row := range c.side.shown {
				for _, cell := range row.cells {
					if cell.passage == nil || cell.content.Hidden {
						continue
					}
					lines += checkWrap(t, cell.passage.Text, cell.text)
				}
			}
		}
	}
	if lines == 0 {
		t.Fatal("no wrapped lines checked")
	}
}

// checkWrap checks the lines RichText drew for text and returns how many
// lines after the first it checked.
func checkWrap(t *testing.T, text string, rt *widget.RichText) int {
	t.Helper()
	pos, checked := 0, 0
	prevY := float32(-1)
	for _, o := range test.WidgetRenderer(rt).Objects() {
		tx, ok := o.(*canvas.Text)
		if !ok || tx.Text == "" {
			continue
		}
		newLine := prevY >= 0 && tx.Position().Y > prevY
		prevY = tx.Position().Y
		skipped := false
		for !strings.HasPrefix(text[pos:], tx.Text) && pos < len(text) && text[pos] == ' ' {
			pos++
			skipped = true
		}
		if !strings.HasPrefix(text[pos:], tx.Text) {
			t.Errorf("drawn text %q is not next in %q", tx.Text, text)
			return checked
		}
		if newLine {
			checked++
			if !skipped && pos > 0 && text[pos-1] != ' ' && tx.Text[0] != ' ' {
				t.Errorf("a line starts mid-word with %q in %q", tx.Text, text)
			}
			if tx.Text[0] == ' ' {
				t.Errorf("a line starts with a space (indented): %q in %q", tx.Text, text)
			}
		}
		pos += len(tx.Text)
	}
	return checked
}

// TestSideBySideHeadsLevel narrows the window until some column names wrap:
// the lines under the names (share and terms) still start level.
func TestSideBySideHeadsLevel(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	r := *c.res
	r.Briefs = slices.Clone(r.Briefs)
	long := *r.Briefs[1]
	long.Organization = "Institute for Maritime Industry and Alliance Studies"
	r.Briefs[1] = &long
	c.setResult(&r)
	c.selectTopic("shipbuilding")
	h.win.Canvas().Capture()
	heads := c.side.heads
	lines := map[float32]bool{}
	for _, hd := range heads {
		lines[test.WidgetRenderer(hd.name).MinSize().Height] = true
	}
	if len(lines) < 2 {
		t.Fatalf("no column name wraps at this width (name heights %v); the test needs one that does", lines)
	}
	for i, hd := range heads[1:] {
		if y, y0 := hd.share.Position().Y, heads[0].share.Position().Y; y != y0 {
			t.Errorf("column %d's share line at y=%v, column 0's at %v", i+1, y, y0)
		}
	}
}

func TestHeadTerms(t *testing.T) {
	for _, tc := range []struct {
		name  string
		terms []string
		want  []string
	}{
		{"three distinct", []string{"backlog", "dry dock", "MRO", "yards"}, []string{"backlog", "dry dock", "MRO"}},
		{"a word of a listed phrase", []string{"defense interceptors", "interceptors", "air defense", "launchers"}, []string{"defense interceptors", "air defense", "launchers"}},
		{"a phrase holding a listed word", []string{"yards", "korean yards", "repair"}, []string{"yards", "repair"}},
		{"case does not matter", []string{"MRO", "mro contracts"}, []string{"MRO"}},
		{"fewer than asked", []string{"backlog"}, []string{"backlog"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var terms []compare.Term
			for _, s := range tc.terms {
				terms = append(terms, compare.Term{Term: s})
			}
			if got := headTerms(terms, 3); !slices.Equal(got, tc.want) {
				t.Errorf("headTerms = %q, want %q", got, tc.want)
			}
		})
	}
}
