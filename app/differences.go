package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
	"briefbench/present"
)

// differencesView lists what an analyst should notice between the briefs:
// disagreeing numbers, coverage gaps, near-identical wording and agreements,
// filterable by kind and topic. Clicking one jumps to its passages.
type differencesView struct {
	c *compareView

	kind   *widget.Select
	topic  *widget.Select
	count  *widget.Label
	list   *fitList
	shown  []int             // indices into res.Differences that pass the filters
	topics map[string]string // topic choice label -> topic ID
}

// Kind filter choices.
const allKinds = "All kinds"

// kindColor is the highlight colour of a difference kind.
func kindColor(kind compare.Kind) fyne.ThemeColorName {
	switch kind {
	case compare.KindNumeric:
		return colorConflict
	case compare.KindCoverage:
		return colorCovered
	case compare.KindWording:
		return colorHit
	case compare.KindAgreement:
		return colorInsert
	case compare.KindTrajectory, compare.KindRelated:
		return theme.ColorNamePlaceHolder // figures to read with care, not findings
	}
	return theme.ColorNameForeground
}

func differenceKinds() []compare.Kind {
	return []compare.Kind{compare.KindNumeric, compare.KindTrajectory, compare.KindRelated, compare.KindCoverage, compare.KindWording, compare.KindAgreement}
}

const allTopics = "All topics"

func newDifferencesView(c *compareView) *differencesView {
	return &differencesView{c: c}
}

func (v *differencesView) buildUI() fyne.CanvasObject {
	kinds := []string{allKinds}
	for _, k := range differenceKinds() {
		kinds = append(kinds, present.KindName(k))
	}
	v.kind = widget.NewSelect(kinds, func(string) { v.apply() })
	v.kind.Selected = allKinds
	v.topic = widget.NewSelect([]string{allTopics}, func(string) { v.apply() })
	v.topic.Selected = allTopics
	v.count = widget.NewLabel("")
	v.count.SizeName = theme.SizeNameCaptionText
	v.list = newFitList(func() int { return len(v.shown) }, v.createItem, v.fillItem)
	v.list.onSelect = v.onSelected

	filters := container.NewBorder(nil, nil,
		container.NewHBox(widget.NewLabel("Show"), v.kind, widget.NewLabel("in")), v.count, v.topic)
	return container.NewBorder(container.NewVBox(filters, widget.NewSeparator()), nil, nil, nil, v.list)
}

// setResult lists r's differences, keeping the filters where they still apply.
func (v *differencesView) setResult(r *compare.Result) {
	v.topics = map[string]string{}
	opts := []string{allTopics}
	if r != nil {
		for _, t := range r.Topics {
			name := t.Label
			if _, dup := v.topics[name]; dup {
				name += " (" + t.ID + ")"
			}
			v.topics[name] = t.ID
			opts = append(opts, name)
		}
	}
	v.topic.Options = opts
	if _, ok := v.topics[v.topic.Selected]; !ok {
		v.topic.Selected = allTopics
	}
	v.topic.Refresh()
	v.apply()
}

// filterTopic sets the topic filter to topic id ("" for all topics).
func (v *differencesView) filterTopic(id string) {
	for name, tid := range v.topics {
		if tid == id {
			v.topic.SetSelected(name)
			return
		}
	}
	v.topic.SetSelected(allTopics)
}

// filterKind sets the kind filter to kind ("" for all kinds).
func (v *differencesView) filterKind(kind compare.Kind) {
	if kind == "" {
		v.kind.SetSelected(allKinds)
		return
	}
	v.kind.SetSelected(present.KindName(kind))
}

func (v *differencesView) apply() {
	v.shown = v.shown[:0]
	r := v.c.res
	total := 0
	if r != nil {
		total = len(r.Differences)
		topic := v.topics[v.topic.Selected]
		for i, d := range r.Differences {
			if v.kind.Selected != allKinds && present.KindName(d.Kind) != v.kind.Selected {
				continue
			}
			if topic != "" && d.Topic != topic {
				continue
			}
			v.shown = append(v.shown, i)
		}
	}
	if len(v.shown) == total {
		v.count.SetText(countNoun(total, "difference", "differences"))
	} else {
		v.count.SetText(fmt.Sprintf("%d of %d", len(v.shown), total))
	}
	v.list.reload()
}

// differenceItem is one row of the list.
type differenceItem struct {
	widget.BaseWidget
	head    *widget.RichText
	summary *widget.Label
	body    *widget.RichText
	box     *fyne.Container
}

func (v *differencesView) createItem() fyne.CanvasObject {
	it := &differenceItem{head: widget.NewRichText(), summary: widget.NewLabel(""), body: widget.NewRichText()}
	it.head.Wrapping = fyne.TextWrapWord
	it.summary.Wrapping = fyne.TextWrapWord
	it.summary.TextStyle.Bold = true
	it.body.Wrapping = fyne.TextWrapWord
	it.box = container.NewVBox(it.head, it.summary, it.body)
	it.ExtendBaseWidget(it)
	return it
}

func (it *differenceItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(it.box)
}

func (it *differenceItem) ContentBox() *fyne.Container { return it.box }

func (v *differencesView) fillItem(id widget.ListItemID, o fyne.CanvasObject) {
	it := o.(*differenceItem)
	r := v.c.res
	if r == nil || id >= len(v.shown) {
		return
	}
	d := &r.Differences[v.shown[id]]
	it.head.Segments = []widget.RichTextSegment{
		captionSeg(strings.ToUpper(present.KindName(d.Kind)), kindColor(d.Kind), fyne.TextStyle{Bold: true}),
		captionSeg("  ·  "+v.c.topicLabel(d.Topic), theme.ColorNamePlaceHolder, fyne.TextStyle{}),
	}
	it.summary.Text = present.Summary(*d, v.c.briefName)
	it.body.Segments = v.itemSegments(d)
	it.head.Refresh()
	it.summary.Refresh()
	it.body.Refresh()
}

// itemSegments shows each brief's part: values for numbers, the word-level
// diff for wording, the cited briefs otherwise.
func (v *differencesView) itemSegments(d *compare.Difference) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	sep := func() {
		if len(segs) > 0 {
			segs = append(segs, textSeg("   ", theme.ColorNameForeground, fyne.TextStyle{}))
		}
	}
	switch {
	case d.Kind == compare.KindWording && len(d.Diff) > 0 && len(d.Items) >= 2:
		runs := []*widget.TextSegment{captionSeg(v.c.briefName(d.Items[0].Brief)+" → "+v.c.briefName(d.Items[1].Brief)+":  ", theme.ColorNamePlaceHolder, fyne.TextStyle{})}
		for i, op := range d.Diff {
			if i > 0 && op.Kind == "insert" && d.Diff[i-1].Kind == "delete" {
				runs = append(runs, textSeg(" → ", theme.ColorNamePlaceHolder, fyne.TextStyle{}))
			}
			switch op.Kind {
			case "delete":
				runs = append(runs, textSeg(op.Text, colorDelete, fyne.TextStyle{Bold: true, Italic: true}))
			case "insert":
				runs = append(runs, textSeg(op.Text, colorInsert, fyne.TextStyle{Bold: true}))
			default:
				runs = append(runs, textSeg(op.Text, theme.ColorNameForeground, fyne.TextStyle{}))
			}
		}
		segs = wrapSafe(runs)
	default:
		for _, item := range d.Items {
			sep()
			segs = append(segs, textSeg(v.c.briefName(item.Brief), theme.ColorNameForeground, fyne.TextStyle{Bold: true}))
			if item.Paragraph >= 0 { // a silent brief cites no paragraph
				segs = append(segs, captionSeg(" "+present.Where(item.Paragraph, item.Page), theme.ColorNamePlaceHolder, fyne.TextStyle{}))
			}
			switch {
			case d.Measure != nil:
				segs = append(segs, textSeg(" "+present.ItemValue(item), kindColor(d.Kind), fyne.TextStyle{Bold: true}))
			case item.Value != "":
				segs = append(segs, textSeg(" "+itemValue(item.Value, item.Unit), kindColor(d.Kind), fyne.TextStyle{Bold: true}))
			}
		}
	}
	return segs
}

// onSelected jumps to the difference's topic and marks its passages.
func (v *differencesView) onSelected(id widget.ListItemID) {
	r := v.c.res
	if r == nil || id < 0 || id >= len(v.shown) {
		return
	}
	v.list.unselect()
	v.c.onDifferenceSelected(&r.Differences[v.shown[id]])
}

// showDifferences lists the differences of topic id, of every kind.
func (c *compareView) showDifferences(id string) {
	c.differences.filterKind("")
	c.differences.filterTopic(id)
	c.showTab(tabDifferences)
}

// onDifferenceSelected shows difference d's topic side by side with its
// passages marked.
func (c *compareView) onDifferenceSelected(d *compare.Difference) {
	if c.res.Topic(d.Topic) != nil {
		c.selectTopic(d.Topic)
	}
	c.side.mark(d.Items)
	c.tabs.Select(c.sideTab)
}

// itemValue writes a value the engine gives without a measure (figures
// with one are phrased by present.ItemValue): a brief's share of its words
// on the topic, "12.8% of words".
func itemValue(value string, unit compare.Unit) string {
	switch {
	case unit == "":
		return value
	case strings.HasPrefix(string(unit), "%"):
		return value + string(unit)
	}
	return value + " " + string(unit)
}
