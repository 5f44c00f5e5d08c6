package app

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/compare"
	"briefbench/present"
)

// positionsView shows each axis as a bar from one pole to the other with a
// marker per brief; clicking a brief's row lists the quotes that place it.
type positionsView struct {
	c *compareView

	axes      *fyne.Container // one card per axis
	evTitle   *widget.RichText
	evidence  *fitList
	shown     []compare.Evidence
	selAxis   string
	selBrief  string
	rows      map[axisBrief]*axisRow
	emptyAxes *widget.Label
}

// axisBrief names a brief's row on an axis.
type axisBrief struct{ axis, brief string }

// axisRatios are the column shares of an axis row: brief name, track, value.
func axisRatios() []float32 { return []float32{0.24, 0.52, 0.24} }

func newPositionsView(c *compareView) *positionsView {
	return &positionsView{c: c}
}

func (v *positionsView) buildUI() fyne.CanvasObject {
	v.axes = container.NewVBox()
	v.emptyAxes = widget.NewLabel("No position axes in this comparison. Axes come with a topic pack, and no pack fits these briefs " +
		"(or the topics come from none). Add your own under Taxonomy & axes…")
	v.emptyAxes.Wrapping = fyne.TextWrapWord
	v.evTitle = widget.NewRichText()
	v.evTitle.Wrapping = fyne.TextWrapWord
	v.evidence = newFitList(func() int { return len(v.shown) }, v.createEvidence, v.fillEvidence)
	v.evidence.onSelect = v.onEvidenceSelected
	v.setEvidenceTitle()

	legend := widget.NewRichText(
		captionSeg("Each brief sits between the two poles by its score (−1 to +1). ", theme.ColorNamePlaceHolder, fyne.TextStyle{}),
		captionSeg("Hollow markers", theme.ColorNamePlaceHolder, fyne.TextStyle{Bold: true}),
		captionSeg(" rest on weak evidence (confidence below 0.5); ", theme.ColorNamePlaceHolder, fyne.TextStyle{}),
		captionSeg("mixed", colorMixed, fyne.TextStyle{Bold: true}),
		captionSeg(" briefs argue both sides. Click a brief to see the quotes that place it.", theme.ColorNamePlaceHolder, fyne.TextStyle{}),
	)
	legend.Wrapping = fyne.TextWrapWord
	left := container.NewVScroll(container.New(layouts.Reflow{}, container.NewPadded(container.NewVBox(v.emptyAxes, v.axes, legend))))
	right := container.NewBorder(container.NewVBox(v.evTitle, widget.NewSeparator()), nil, nil, nil, v.evidence)
	split := container.NewHSplit(left, right)
	split.Offset = 0.6
	return split
}

// setResult draws the axes of r and keeps the selected brief's evidence
// when it still exists.
func (v *positionsView) setResult(r *compare.Result) {
	v.axes.Objects = nil
	v.rows = map[axisBrief]*axisRow{}
	if r != nil {
		for i := range r.Axes {
			v.axes.Add(v.axisCard(r, &r.Axes[i]))
		}
	}
	v.emptyAxes.Hidden = r == nil || len(r.Axes) > 0
	v.axes.Refresh()
	v.emptyAxes.Refresh()
	if _, ok := v.rows[axisBrief{v.selAxis, v.selBrief}]; !ok {
		v.selAxis, v.selBrief = "", ""
	}
	v.onBriefSelected(v.selAxis, v.selBrief)
}

// axisCard lays out one axis: its label and description, the poles and a
// row per brief.
func (v *positionsView) axisCard(r *compare.Result, a *compare.Axis) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(a.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	title.Wrapping = fyne.TextWrapWord
	card := container.NewVBox(title)
	if a.Description != "" {
		d := widget.NewLabel(a.Description)
		d.Wrapping = fyne.TextWrapWord
		card.Add(d)
	}
	first := widget.NewRichText(textSeg("← "+a.Poles[0], colorPoleFirst, fyne.TextStyle{Bold: true}))
	second := widget.NewRichText(textSeg(a.Poles[1]+" →", colorPoleSecond, fyne.TextStyle{Bold: true}))
	second.Segments[0].(*widget.TextSegment).Style.Alignment = fyne.TextAlignTrailing
	poles := container.New(&layouts.Ratio{Ratios: axisRatios()},
		layoutSpacer(), container.NewGridWithColumns(2, first, second), layoutSpacer())
	card.Add(poles)
	for _, b := range r.Briefs {
		p, ok := a.Positions[b.ID]
		row := newAxisRow(v.c.briefName(b.ID), p, ok)
		row.lean = present.Leaning(a, p)
		axis, id := a.ID, b.ID
		row.onTap = func() { v.onBriefSelected(axis, id) }
		row.selected = axis == v.selAxis && id == v.selBrief
		v.rows[axisBrief{axis, id}] = row
		card.Add(row)
	}
	card.Add(widget.NewSeparator())
	return card
}

// onBriefSelected lists the evidence that places brief on axis ("" clears).
func (v *positionsView) onBriefSelected(axis, brief string) {
	v.selAxis, v.selBrief = axis, brief
	for k, row := range v.rows {
		sel := k.axis == axis && k.brief == brief
		if row.selected != sel {
			row.selected = sel
			row.Refresh()
		}
	}
	v.shown = nil
	if a := v.axis(axis); a != nil {
		v.shown = a.Positions[brief].Evidence
	}
	v.setEvidenceTitle()
	v.evidence.reload()
}

func (v *positionsView) axis(id string) *compare.Axis {
	if v.c.res == nil {
		return nil
	}
	return v.c.res.Axis(id)
}

func (v *positionsView) setEvidenceTitle() {
	a := v.axis(v.selAxis)
	if a == nil {
		v.evTitle.Segments = []widget.RichTextSegment{
			&widget.TextSegment{Text: "Evidence", Style: widget.RichTextStyleSubHeading},
			&widget.TextSegment{Text: "Click a brief on an axis to see the quotes that place it there.", Style: widget.RichTextStyleParagraph},
		}
		v.evTitle.Refresh()
		return
	}
	p := a.Positions[v.selBrief]
	head := &widget.TextSegment{Text: v.c.briefName(v.selBrief) + " on " + a.Label, Style: widget.RichTextStyleSubHeading}
	segs := []widget.RichTextSegment{head}
	segs = append(segs, positionSegments(a, p)...)
	if len(p.Evidence) == 0 {
		segs = append(segs, textSeg("  ·  no quotes", colorSilent, fyne.TextStyle{Italic: true}))
	}
	v.evTitle.Segments = segs
	v.evTitle.Refresh()
}

// positionSegments describes a position: its leaning (present.Leaning,
// the phrase the memo and workbook use too) with its score, its
// confidence and the quotes the analyst rejected.
func positionSegments(a *compare.Axis, p compare.Position) []widget.RichTextSegment {
	lean := present.Leaning(a, p)
	text := lean.Text
	if lean.Kind != present.NotEnough {
		text += " (" + signed(p.Score) + ")"
	}
	where := textSeg(text, leanColor(a, lean), fyne.TextStyle{Bold: true})
	segs := []widget.RichTextSegment{where, textSeg("  ·  confidence "+strconv.FormatFloat(p.Confidence, 'f', 2, 64), theme.ColorNamePlaceHolder, fyne.TextStyle{})}
	if p.Rejected > 0 {
		segs = append(segs, textSeg(fmt.Sprintf("  ·  %d quote(s) rejected", p.Rejected), theme.ColorNamePlaceHolder, fyne.TextStyle{Italic: true}))
	}
	return segs
}

// leanColor is the colour of a leaning: the pole's, mixed, or plain.
func leanColor(a *compare.Axis, l present.Lean) fyne.ThemeColorName {
	switch {
	case l.Kind == present.Mixed:
		return colorMixed
	case l.Kind == present.NotEnough:
		return colorSilent
	case l.Kind == present.Toward && l.Pole == a.Poles[0]:
		return colorPoleFirst
	case l.Kind == present.Toward:
		return colorPoleSecond
	}
	return theme.ColorNameForeground
}

// signed formats a score with its sign and a true minus.
func signed(f float64) string {
	s := strconv.FormatFloat(math.Abs(f), 'f', 2, 64)
	switch {
	case f < 0:
		return "−" + s
	case f > 0:
		return "+" + s
	}
	return s
}

// evidenceItem is one quote in the evidence list, with a button to reject
// it.
type evidenceItem struct {
	widget.BaseWidget
	head   *widget.RichText
	quote  *widget.Label
	reject *widget.Button
	box    *fyne.Container
}

func (v *positionsView) createEvidence() fyne.CanvasObject {
	it := &evidenceItem{head: widget.NewRichText(), quote: widget.NewLabel(""), reject: widget.NewButton("Reject quote", nil)}
	it.head.Wrapping = fyne.TextWrapWord
	it.quote.Wrapping = fyne.TextWrapWord
	it.reject.Importance = widget.LowImportance
	it.box = container.NewVBox(it.head, it.quote, container.NewHBox(it.reject))
	it.ExtendBaseWidget(it)
	return it
}

func (it *evidenceItem) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(it.box) }

func (it *evidenceItem) ContentBox() *fyne.Container { return it.box }

func (v *positionsView) fillEvidence(id widget.ListItemID, o fyne.CanvasObject) {
	it := o.(*evidenceItem)
	a := v.axis(v.selAxis)
	if a == nil || id >= len(v.shown) {
		return
	}
	e := v.shown[id]
	color := colorPoleSecond
	if e.Pole == a.Poles[0] {
		color = colorPoleFirst
	}
	cite := present.Where(e.Paragraph, e.Page)
	segs := []widget.RichTextSegment{
		captionSeg(strings.ToUpper(e.Pole), color, fyne.TextStyle{Bold: true}),
		captionSeg("  "+cite, theme.ColorNamePlaceHolder, fyne.TextStyle{}),
	}
	if len(e.Cues) > 0 {
		segs = append(segs, captionSeg("  ·  cues: "+strings.Join(e.Cues, ", "), theme.ColorNamePlaceHolder, fyne.TextStyle{Italic: true}))
	}
	it.head.Segments = segs
	it.quote.Text = "“" + e.Text + "”"
	it.reject.OnTapped = func() { v.onReject(id) }
	it.head.Refresh()
	it.quote.Refresh()
}

// onReject takes quote id out of the selected brief's placement on the
// selected axis: an edit (compare.Edits.Rejected), saved with the
// workspace and undoable; the comparison re-runs and the placement moves.
func (v *positionsView) onReject(id widget.ListItemID) {
	if id < 0 || id >= len(v.shown) || v.selAxis == "" {
		return
	}
	e := v.shown[id]
	r := compare.Rejection{Axis: v.selAxis, Brief: v.selBrief, Paragraph: e.Paragraph, Text: e.Text}
	v.c.h.edit(func(ed *compare.Edits) { ed.Rejected = append(ed.Rejected, r) })
}

// onEvidenceSelected opens the quote in its brief's full text.
func (v *positionsView) onEvidenceSelected(id widget.ListItemID) {
	if id < 0 || id >= len(v.shown) {
		return
	}
	v.evidence.unselect()
	v.c.h.openInContext(v.selBrief, v.shown[id].Paragraph)
}

// axisRow is one brief on an axis: its name, the bar with its marker and
// its score. Tapping it shows the brief's evidence.
type axisRow struct {
	widget.BaseWidget
	name     string
	pos      compare.Position
	lean     present.Lean
	placed   bool
	selected bool
	onTap    func()
}

func newAxisRow(name string, p compare.Position, placed bool) *axisRow {
	r := &axisRow{name: name, pos: p, placed: placed}
	r.ExtendBaseWidget(r)
	return r
}

// Tapped selects the row.
func (r *axisRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

func (r *axisRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &axisRowRenderer{
		r:      r,
		band:   canvas.NewRectangle(nil),
		name:   widget.NewLabel(r.name),
		line:   canvas.NewRectangle(nil),
		tick:   canvas.NewRectangle(nil),
		marker: &canvas.Circle{StrokeWidth: 2},
		value:  widget.NewRichText(),
	}
	rr.band.CornerRadius = 4
	rr.line.CornerRadius = 2
	rr.name.Wrapping = fyne.TextWrapWord
	rr.value.Wrapping = fyne.TextWrapWord
	rr.Refresh()
	return rr
}

type axisRowRenderer struct {
	r      *axisRow
	band   *canvas.Rectangle
	name   *widget.Label
	line   *canvas.Rectangle
	tick   *canvas.Rectangle
	marker *canvas.Circle
	value  *widget.RichText
}

const markerSize = 16

func (rr *axisRowRenderer) Layout(size fyne.Size) {
	rr.band.Resize(size)
	pad := theme.Padding()
	free := size.Width - 2*pad
	ratios := axisRatios()
	nameW, trackW := free*ratios[0], free*ratios[1]
	rr.name.Move(fyne.NewPos(0, 0))
	rr.name.Resize(fyne.NewSize(nameW, size.Height))
	x0 := nameW + pad + markerSize/2
	w := trackW - markerSize
	mid := size.Height / 2
	rr.line.Move(fyne.NewPos(x0, mid-2))
	rr.line.Resize(fyne.NewSize(w, 4))
	rr.tick.Move(fyne.NewPos(x0+w/2-1, mid-8))
	rr.tick.Resize(fyne.NewSize(2, 16))
	score := float32(max(-1, min(1, rr.r.pos.Score)))
	rr.marker.Move(fyne.NewPos(x0+(score+1)/2*w-markerSize/2, mid-markerSize/2))
	rr.marker.Resize(fyne.NewSize(markerSize, markerSize))
	rr.value.Move(fyne.NewPos(nameW+trackW+2*pad, 0))
	rr.value.Resize(fyne.NewSize(size.Width-nameW-trackW-2*pad, size.Height))
}

func (rr *axisRowRenderer) MinSize() fyne.Size {
	h := max(rr.name.MinSize().Height, rr.value.MinSize().Height, markerSize+2*theme.Padding())
	return fyne.NewSize(rr.name.MinSize().Width+rr.value.MinSize().Width+4*markerSize, h)
}

func (rr *axisRowRenderer) Refresh() {
	r := rr.r
	rr.band.FillColor = nil
	if r.selected {
		rr.band.FillColor = highlightColor(r, theme.ColorNameSelection)
	}
	rr.line.FillColor = highlightColor(r, colorTrack)
	rr.tick.FillColor = highlightColor(r, colorSilent)
	color := highlightColor(r, colorSilent)
	switch {
	case !r.placed:
	case r.pos.Mixed:
		color = highlightColor(r, colorMixed)
	case r.pos.Score < 0:
		color = highlightColor(r, colorPoleFirst)
	case r.pos.Score > 0:
		color = highlightColor(r, colorPoleSecond)
	}
	rr.marker.StrokeColor = color
	rr.marker.FillColor = color
	if r.placed && (r.pos.Confidence < 0.5 || r.lean.Kind == present.NotEnough) {
		rr.marker.FillColor = highlightColor(r, theme.ColorNameBackground) // hollow: weak evidence
	}
	rr.marker.Hidden = !r.placed
	rr.name.TextStyle.Bold = r.selected
	rr.name.Text = r.name
	if r.placed {
		// The marker's side and colour show the pole; the text names the
		// leaning when it is not a pole (present.Leaning's table form).
		s := signed(r.pos.Score)
		switch r.lean.Kind {
		case present.NotEnough:
			s = r.lean.Short
		case present.Mixed:
			s = r.lean.Short + " " + s
		case present.Balanced:
			s += " " + r.lean.Short
		}
		rr.value.Segments = []widget.RichTextSegment{
			textSeg(s, theme.ColorNameForeground, fyne.TextStyle{Bold: r.pos.Mixed}),
			captionSeg(fmt.Sprintf("  conf. %.2f", r.pos.Confidence), theme.ColorNamePlaceHolder, fyne.TextStyle{}),
		}
	} else {
		rr.value.Segments = []widget.RichTextSegment{textSeg("not placed", colorSilent, fyne.TextStyle{Italic: true})}
	}
	for _, o := range []fyne.CanvasObject{rr.band, rr.line, rr.tick, rr.marker, rr.name, rr.value} {
		o.Refresh()
	}
	rr.Layout(r.Size())
}

func (rr *axisRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.band, rr.name, rr.line, rr.tick, rr.marker, rr.value}
}

func (rr *axisRowRenderer) Destroy() {}
