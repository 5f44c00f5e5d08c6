package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
)

// sideRow is one aligned row: a cell per brief.
type sideRow struct {
	widget.BaseWidget
	cells []*passageCell
	grid  *fyne.Container
}

func (r *sideRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.grid) }

func (r *sideRow) ContentBox() *fyne.Container { return r.grid }

// passageCell shows one brief's passage in a row (or its silence): the text
// with highlights and the citation under it. Clicking opens the passage in
// context; the secondary button offers edits.
type passageCell struct {
	widget.BaseWidget
	text    *widget.RichText
	cite    *widget.RichText
	band    *canvas.Rectangle
	content *fyne.Container

	brief   string
	passage *compare.Passage // nil when the brief is silent in this row
	index   int              // the passage's index in the topic
	point   int              // the point it makes (compare.Reading.Point), -1 for none
	onTap   func(p *compare.Passage)
	onMenu  func(p *compare.Passage, pos fyne.Position)
	onHover func(point int)           // the pointer entered (point) or left (-1) the passage
	onWheel func(e *fyne.ScrollEvent) // the mouse wheel turned over the cell
}

// showBand shows or hides the cell's band; it reports whether that changed.
func (c *passageCell) showBand(on bool) bool {
	if c.band.Hidden != on {
		return false
	}
	c.band.Hidden = !on
	c.band.FillColor = highlightColor(c, colorTrack)
	return true
}

// MouseIn highlights the passages that make the same point.
func (c *passageCell) MouseIn(*desktop.MouseEvent) {
	if c.passage != nil && c.onHover != nil {
		c.onHover(c.point)
	}
}

// MouseMoved does nothing: entering and leaving are enough.
func (c *passageCell) MouseMoved(*desktop.MouseEvent) {}

// MouseOut ends the highlight of linked passages.
func (c *passageCell) MouseOut() {
	if c.onHover != nil {
		c.onHover(-1)
	}
}

// Scrolled scrolls the passages a readable step per wheel notch.
func (c *passageCell) Scrolled(e *fyne.ScrollEvent) {
	if c.onWheel != nil {
		c.onWheel(e)
	}
}

func newPassageCell() *passageCell {
	c := &passageCell{text: widget.NewRichText(), cite: widget.NewRichText(), band: canvas.NewRectangle(nil), point: -1}
	c.text.Wrapping = fyne.TextWrapWord
	c.cite.Wrapping = fyne.TextWrapWord
	c.band.CornerRadius = 4
	c.band.Hidden = true
	c.content = container.NewStack(c.band, container.NewVBox(c.text, c.cite))
	c.ExtendBaseWidget(c)
	return c
}

func (c *passageCell) ContentBox() *fyne.Container { return c.content }

// refreshContent redraws the cell's text, citation and band after a fill.
func (c *passageCell) refreshContent() {
	c.text.Refresh()
	c.cite.Refresh()
	c.band.FillColor = highlightColor(c, colorTrack)
	c.band.Refresh()
}

func (c *passageCell) CreateRenderer() fyne.WidgetRenderer {
	return &passageCellRenderer{c: c}
}

// Tapped opens the passage in context.
func (c *passageCell) Tapped(*fyne.PointEvent) {
	if c.passage != nil && c.onTap != nil {
		c.onTap(c.passage)
	}
}

// TappedSecondary shows the passage's edit menu.
func (c *passageCell) TappedSecondary(e *fyne.PointEvent) {
	if c.passage != nil && c.onMenu != nil {
		c.onMenu(c.passage, e.AbsolutePosition)
	}
}

// Cursor shows a pointer over passages, which can be clicked.
func (c *passageCell) Cursor() desktop.Cursor {
	if c.passage != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

type passageCellRenderer struct{ c *passageCell }

func (r *passageCellRenderer) Layout(size fyne.Size) { r.c.content.Resize(size) }

func (r *passageCellRenderer) MinSize() fyne.Size { return r.c.content.MinSize() }

func (r *passageCellRenderer) Refresh() {
	r.c.band.FillColor = highlightColor(r.c, colorTrack)
	r.c.content.Refresh()
}

func (r *passageCellRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.c.content} }

func (r *passageCellRenderer) Destroy() {}
