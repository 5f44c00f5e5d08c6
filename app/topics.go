package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/compare"
)

// topicsView is the list of topics on the left: each with a coverage dot per
// brief, its number of differences and its origin, under a filter box.
type topicsView struct {
	c *compareView

	filter *widget.Entry
	count  *widget.Label
	list   *fitList
	shown  []int          // indices into res.Topics that pass the filter
	diffs  map[string]int // differences per topic ID, agreements excluded
}

func newTopicsView(c *compareView) *topicsView {
	return &topicsView{c: c}
}

func (v *topicsView) buildUI() fyne.CanvasObject {
	v.filter = widget.NewEntry()
	v.filter.SetPlaceHolder("Filter topics")
	v.filter.ActionItem = widget.NewIcon(theme.SearchIcon())
	v.filter.OnChanged = v.onFilter
	v.count = widget.NewLabel("")
	v.count.SizeName = theme.SizeNameCaptionText
	v.count.Wrapping = fyne.TextWrapWord
	v.list = newFitList(func() int { return len(v.shown) }, v.createItem, v.fillItem)
	v.list.onSelect = v.onSelected
	return container.NewBorder(container.NewVBox(v.filter, v.count), nil, nil, nil, v.list)
}

// setResult lists the topics of r, keeping the filter.
func (v *topicsView) setResult(r *compare.Result) {
	v.diffs = map[string]int{}
	if r != nil {
		for _, d := range r.Differences {
			if d.Kind != compare.KindAgreement {
				v.diffs[d.Topic]++
			}
		}
	}
	v.apply()
}

// onFilter keeps the topics whose label, description or ID contain every
// word typed; "discovered" and "yours" also match by origin.
func (v *topicsView) onFilter(string) {
	v.apply()
}

func (v *topicsView) apply() {
	v.shown = v.shown[:0]
	r := v.c.res
	if r != nil {
		words := strings.Fields(strings.ToLower(v.filter.Text))
		for i := range r.Topics {
			if topicMatches(&r.Topics[i], words) {
				v.shown = append(v.shown, i)
			}
		}
	}
	v.updateCount()
	v.list.reload()
	v.markSelected(v.c.topic)
}

func (v *topicsView) updateCount() {
	r := v.c.res
	switch {
	case r == nil:
		v.count.SetText("")
	case len(v.shown) == len(r.Topics):
		v.count.SetText(countNoun(len(r.Topics), "topic", "topics"))
	default:
		v.count.SetText(fmt.Sprintf("%d of %s", len(v.shown), countNoun(len(r.Topics), "topic", "topics")))
	}
}

func topicMatches(t *compare.Topic, words []string) bool {
	hay := strings.ToLower(t.Label + " " + t.Description + " " + t.ID + " " + originName(t.Origin))
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// markSelected highlights topic id in the list without re-selecting it.
func (v *topicsView) markSelected(id string) {
	r := v.c.res
	for row, i := range v.shown {
		if r.Topics[i].ID == id {
			v.list.selectRow(row)
			v.list.list.ScrollTo(row)
			return
		}
	}
	v.list.unselect()
}

// shows reports whether topic id passes the filter.
func (v *topicsView) shows(id string) bool {
	for _, i := range v.shown {
		if v.c.res.Topics[i].ID == id {
			return true
		}
	}
	return false
}

// onSelected is called when the analyst clicks a topic.
func (v *topicsView) onSelected(row widget.ListItemID) {
	if row < 0 || row >= len(v.shown) {
		return
	}
	v.c.onTopicSelected(v.c.res.Topics[v.shown[row]].ID)
}

// topicItem is one row of the topics list.
type topicItem struct {
	box    *fyne.Container
	label  *widget.Label
	dots   *coverageDots
	detail *widget.RichText
}

func (v *topicsView) createItem() fyne.CanvasObject {
	it := &topicItem{
		label:  widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		dots:   newCoverageDots(),
		detail: widget.NewRichText(),
	}
	it.label.Wrapping = fyne.TextWrapWord
	it.detail.Wrapping = fyne.TextWrapWord
	it.box = container.NewVBox(it.label, container.NewBorder(nil, nil, it.dots, nil, it.detail))
	row := &topicRow{Row: layouts.Row{Box: it.box}, item: it}
	row.ExtendBaseWidget(row)
	return row
}

func (v *topicsView) fillItem(row widget.ListItemID, o fyne.CanvasObject) {
	it := o.(*topicRow).item
	r := v.c.res
	if r == nil || row >= len(v.shown) {
		return
	}
	t := &r.Topics[v.shown[row]]
	it.label.Text = t.Label
	it.label.Refresh()
	it.dots.set(r, t)

	var segs []widget.RichTextSegment
	if len(r.Briefs) > maxDots { // the bar does not say how many
		segs = append(segs, textSeg(fmt.Sprintf("%d of %d · ", r.Addressing(t), len(r.Briefs)), colorSilent, fyne.TextStyle{}))
	}
	n := v.diffs[t.ID]
	if n > 0 {
		segs = append(segs, textSeg(countNoun(n, "difference", "differences"), colorConflict, fyne.TextStyle{}))
	} else {
		segs = append(segs, textSeg("no differences", colorSilent, fyne.TextStyle{}))
	}
	if t.Origin != compare.FromTaxonomy {
		segs = append(segs, textSeg(" · ", colorSilent, fyne.TextStyle{}),
			textSeg(originName(t.Origin), colorDiscovered, fyne.TextStyle{Italic: true}))
	}
	if t.Note != "" {
		segs = append(segs, textSeg(" · note", colorSilent, fyne.TextStyle{Italic: true}))
	}
	for _, s := range segs {
		s.(*widget.TextSegment).Style.SizeName = theme.SizeNameCaptionText
	}
	it.detail.Segments = segs
	it.detail.Refresh()
}

// topicRow wraps a topic item so the list can hand it back to updateItem.
type topicRow struct {
	layouts.Row
	item *topicItem
}

// originName is how the UI names a topic's origin.
func originName(o compare.Origin) string {
	switch o {
	case compare.Discovered:
		return "discovered"
	case compare.FromUser:
		return "yours"
	default:
		return "taxonomy"
	}
}

// countNoun formats n with the singular or plural noun.
func countNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// textSeg makes an inline text segment in a theme colour.
func textSeg(text string, color fyne.ThemeColorName, style fyne.TextStyle) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{Inline: true, ColorName: color, TextStyle: style}}
}

// coverageDots draws one dot per brief in column order: filled when the
// brief addresses the topic, hollow when it is silent.
type coverageDots struct {
	widget.BaseWidget
	covered []bool
}

func newCoverageDots() *coverageDots {
	d := &coverageDots{}
	d.ExtendBaseWidget(d)
	return d
}

func (d *coverageDots) set(r *compare.Result, t *compare.Topic) {
	d.covered = d.covered[:0]
	for _, b := range r.Briefs {
		d.covered = append(d.covered, t.Addresses(b.ID))
	}
	d.Refresh()
}

const (
	dotSize = 10
	dotGap  = 4
	// maxDots is the most briefs drawn as dots; with more, a bar shows the
	// share of briefs that address the topic, in the dots' width.
	maxDots = 12
)

func (d *coverageDots) CreateRenderer() fyne.WidgetRenderer {
	r := &coverageDotsRenderer{d: d, track: &canvas.Rectangle{CornerRadius: dotSize / 2}, fill: &canvas.Rectangle{CornerRadius: dotSize / 2}}
	r.Refresh()
	return r
}

type coverageDotsRenderer struct {
	d           *coverageDots
	dots        []*canvas.Circle
	track, fill *canvas.Rectangle // the bar, for more than maxDots briefs
}

func (r *coverageDotsRenderer) bar() bool { return len(r.d.covered) > maxDots }

func (r *coverageDotsRenderer) Layout(size fyne.Size) {
	y := (size.Height - dotSize) / 2
	if r.bar() {
		width := float32(maxDots)*(dotSize+dotGap) - dotGap
		r.track.Move(fyne.NewPos(dotGap, y))
		r.track.Resize(fyne.NewSize(width, dotSize))
		n := 0
		for _, c := range r.d.covered {
			if c {
				n++
			}
		}
		r.fill.Move(fyne.NewPos(dotGap, y))
		r.fill.Resize(fyne.NewSize(width*float32(n)/float32(len(r.d.covered)), dotSize))
		return
	}
	for i, c := range r.dots {
		c.Move(fyne.NewPos(float32(i)*(dotSize+dotGap)+dotGap, y))
		c.Resize(fyne.NewSize(dotSize, dotSize))
	}
}

func (r *coverageDotsRenderer) MinSize() fyne.Size {
	n := float32(min(len(r.d.covered), maxDots))
	return fyne.NewSize(n*(dotSize+dotGap)+dotGap, dotSize+2*dotGap)
}

func (r *coverageDotsRenderer) Refresh() {
	if r.bar() {
		r.dots = r.dots[:0]
		r.track.FillColor = nil
		r.track.StrokeColor = highlightColor(r.d, colorSilent)
		r.track.StrokeWidth = 1.5
		r.fill.FillColor = highlightColor(r.d, colorCovered)
		r.track.Refresh()
		r.fill.Refresh()
		r.Layout(r.d.Size())
		return
	}
	for len(r.dots) < len(r.d.covered) {
		r.dots = append(r.dots, &canvas.Circle{StrokeWidth: 1.5})
	}
	r.dots = r.dots[:len(r.d.covered)]
	for i, c := range r.dots {
		if r.d.covered[i] {
			c.FillColor = highlightColor(r.d, colorCovered)
			c.StrokeColor = highlightColor(r.d, colorCovered)
		} else {
			c.FillColor = nil
			c.StrokeColor = highlightColor(r.d, colorSilent)
		}
		c.Refresh()
	}
	r.Layout(r.d.Size())
}

func (r *coverageDotsRenderer) Objects() []fyne.CanvasObject {
	if r.bar() {
		return []fyne.CanvasObject{r.track, r.fill}
	}
	objs := make([]fyne.CanvasObject, len(r.dots))
	for i, c := range r.dots {
		objs[i] = c
	}
	return objs
}

func (r *coverageDotsRenderer) Destroy() {}
