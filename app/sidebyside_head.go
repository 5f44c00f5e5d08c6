package app

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/brief"
	"briefbench/compare"
	"briefbench/present"
)

// columnHead is the heading of a brief's column: its name and its share of
// text on the topic with its distinctive terms.
type columnHead struct {
	name   *widget.Label
	share  *widget.RichText
	box    *fyne.Container
	holder *fyne.Container // box, keeping its size while hidden out of view
	tap    *headTap        // the holder, tappable: widens the column
	// nameHeight is the tallest column name's height, which every head
	// gives its name so the lines under the names start level.
	nameHeight float32
}

func newColumnHead() *columnHead {
	h := &columnHead{
		name:  widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		share: widget.NewRichText(),
	}
	h.name.Wrapping = fyne.TextWrapWord
	h.share.Wrapping = fyne.TextWrapWord
	h.box = container.New(layouts.Heading{Height: func() float32 { return h.nameHeight }}, h.name, h.share)
	h.holder = container.New(layouts.KeepSize{}, h.box)
	h.tap = &headTap{content: h.holder}
	h.tap.ExtendBaseWidget(h.tap)
	return h
}

// headTap makes a column head clickable: a click widens the column (or
// restores it).
type headTap struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
}

func (t *headTap) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.content) }

// Tapped widens or restores the column.
func (t *headTap) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

// Cursor shows a pointer: the head can be clicked.
func (t *headTap) Cursor() desktop.Cursor { return desktop.PointerCursor }

// headerLayout is the column heads' grid: equal columns, with every head's
// name as tall as the tallest wrapped name.
type headerLayout struct {
	v    *sideView
	grid fyne.Layout
}

func (l *headerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(l.v.heads) > 0 {
		tallest := float32(0)
		for i, h := range l.v.heads {
			_, width := l.v.columnAt(i, size.Width)
			h.name.Resize(fyne.NewSize(width, h.name.MinSize().Height))
			tallest = max(tallest, h.name.MinSize().Height)
		}
		for _, h := range l.v.heads {
			h.nameHeight = tallest
		}
	}
	l.grid.Layout(objs, size)
}

func (l *headerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return l.grid.MinSize(objs) }

// fillColumnHead names brief b and its share of text on topic t.
func (v *sideView) fillColumnHead(h *columnHead, b *brief.Brief, t *compare.Topic) {
	h.name.SetText(v.c.briefName(b.ID))
	share := h.share
	terms := t.Distinctive[b.ID]
	// Each segment is drawn as its own text on each line, so the share and
	// the separator after it make one.
	var segs []*widget.TextSegment
	if t.Addresses(b.ID) {
		text := sharePercent(t.Coverage[b.ID]) + " of its text"
		if len(terms) > 0 {
			text += " · "
		}
		segs = append(segs, captionSeg(text, theme.ColorNamePlaceHolder, fyne.TextStyle{}))
	} else {
		segs = append(segs, captionSeg(present.Absence(t, b.ID), colorSilent, fyne.TextStyle{Italic: true}))
		if len(terms) > 0 {
			segs = append(segs, captionSeg(" · ", theme.ColorNamePlaceHolder, fyne.TextStyle{}))
		}
	}
	for i, term := range headTerms(terms, 3) {
		if i > 0 {
			segs = append(segs, captionSeg(", ", theme.ColorNamePlaceHolder, fyne.TextStyle{}))
		}
		segs = append(segs, captionSeg(term, colorTerm, fyne.TextStyle{Bold: true}))
	}
	share.Segments = wrapSafe(segs)
	share.Refresh()
}

// headTerms returns up to n of a brief's distinctive terms for its column
// head, leaving out a term whose words another listed term already shows
// ("interceptors" beside "defense interceptors").
func headTerms(terms []compare.Term, n int) []string {
	var out []string
	words := func(s string) []string { return strings.Fields(strings.ToLower(s)) }
	covers := func(long, short string) bool {
		lw, sw := words(long), words(short)
		for i := 0; i+len(sw) <= len(lw); i++ {
			if slices.Equal(lw[i:i+len(sw)], sw) {
				return true
			}
		}
		return false
	}
next:
	for _, t := range terms {
		for _, o := range out {
			if covers(o, t.Term) || covers(t.Term, o) {
				continue next
			}
		}
		if out = append(out, t.Term); len(out) == n {
			break
		}
	}
	return out
}

// sharePercent formats a share 0..1 as a whole percentage ("<1%" for small ones).
func sharePercent(f float64) string {
	switch {
	case f <= 0:
		return "0%"
	case f < 0.01:
		return "<1%"
	default:
		return strconv.Itoa(int(f*100+0.5)) + "%"
	}
}
