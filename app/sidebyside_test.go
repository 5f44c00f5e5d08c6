package app

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
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
	if got := richString(tidewater.text); got != "not addressed" || tidewater.passage != nil {
		t.Errorf("silent brief shows %q", got)
	}
	if got := richString(hanbit.cite); got != "¶4, p. 2 · The Case for Self-Reliance" {
		t.Errorf("citation = %q", got)
	}

	c.selectTopic("industrial-cooperation")
	row = v.createRow().(*sideRow)
	v.fillRow(1, row)
	if got := richString(row.cells[0].text); got != "no matching passage" {
		t.Errorf("Hanbit, which covers the topic elsewhere, shows %q", got)
	}
	if s := segmentStyled(row.cells[1].text, "deeper"); s == nil || s.Style.ColorName != colorDelete {
		t.Error("Meridian's differing word is not marked as deleted")
	}
	if s := segmentStyled(row.cells[3].text, "more resilient"); s == nil || s.Style.ColorName != colorInsert {
		t.Error("Ansan's differing words are not marked as inserted")
	}
	if got := richString(row.cells[3].cite); !strings.Contains(got, "nearly the same words as Meridian Council") {
		t.Errorf("Ansan's citation = %q", got)
	}
	for i, b := range c.res.Briefs {
		if got := v.heads[i].name.Text; got != b.ShortName() {
			t.Errorf("column %d header = %q, want %q", i, got, b.ShortName())
		}
	}
}

func TestSideBySideOpenInContext(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("industrial-cooperation")
	row := c.side.createRow().(*sideRow)
	c.side.fillRow(1, row)
	test.Tap(row.cells[1])
	test.Tap(row.cells[0]) // silent: nothing to open
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
	c.side.fillRow(1, row)
	if row.cells[1].band.Hidden || row.cells[3].band.Hidden {
		t.Error("the difference's passages are not marked")
	}
	c.side.fillRow(0, row)
	if !row.cells[0].band.Hidden {
		t.Error("a passage outside the difference is marked")
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
