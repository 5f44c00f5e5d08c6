package app

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/brief"
	"briefbench/compare"
	"briefbench/present"
)

// sideView shows the selected topic side by side: a header with the topic's
// label, description, origin, note and edit actions, one column per brief
// and the topic's reading (compare.Topic.Reading): each brief's passages
// from the top of its column, passages that make the same point on one line
// where they can be, and highlighted together under the pointer.
type sideView struct {
	c       *compareView
	topic   *compare.Topic
	cols    []*brief.Brief // column order (the result's briefs)
	reading compare.Reading
	// wide is the column the analyst widened by clicking its head (-1:
	// none); it takes wideColumn times a column's width.
	wide int
	// hover is the point (compare.Reading.Point) of the passage under the
	// pointer, whose linked passages are highlighted; -1 for none.
	hover int
	// measured is the result whose lines the rows' remembered heights
	// measure.
	measured *compare.Result

	title       *widget.Label
	meta        *widget.RichText
	description *widget.Label
	note        *widget.Entry
	saveNote    *widget.Button
	rename      *widget.Button
	merge       *widget.Button
	split       *widget.Button
	create      *widget.Button
	header      *fyne.Container // column headers
	heads       []*columnHead   // the header's columns, reused across topics
	rows        *fitList
	table       *fyne.Container   // header and rows
	tableMin    *layouts.MinWidth // keeps columns at least minColumnWidth wide
	hscroll     *container.Scroll
	// inView tells which columns the sideways scroll shows (nil: all).
	// Rows draw only those: with many briefs the painter otherwise draws
	// every column's text, most of it outside the window.
	inView      []bool
	shown       map[*sideRow]bool // rows the current list has shown, to update on scrolling
	content     *fyne.Container
	placeholder *widget.Label
	noRows      *widget.Label // shown over the rows of a topic without passages

	// Lookups for the shown topic, by passage key.
	conflicts map[passageKey][]string // raw numbers another brief disputes
	wording   map[passageKey]wordingSide
	marked    map[passageKey]bool // passages a jump from the differences pointed at
}

// passageKey names a paragraph of a brief.
type passageKey struct {
	brief     string
	paragraph int
}

// wordingSide is one passage's part in a wording difference: the diff, which
// side of it the passage is (0 first, 1 second) and the other brief.
type wordingSide struct {
	ops   []compare.Op
	side  int
	other string
}

func newSideView(c *compareView) *sideView {
	return &sideView{c: c, wide: -1, hover: -1}
}

func (v *sideView) buildUI() fyne.CanvasObject {
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.title.SizeName = theme.SizeNameSubHeadingText
	v.title.Wrapping = fyne.TextWrapWord
	v.meta = widget.NewRichText()
	v.meta.Wrapping = fyne.TextWrapWord
	v.description = widget.NewLabel("")
	v.description.Wrapping = fyne.TextWrapWord

	v.note = widget.NewMultiLineEntry()
	v.note.Wrapping = fyne.TextWrapWord
	v.note.SetMinRowsVisible(2)
	v.note.SetPlaceHolder("Your note on this topic (goes into the workbook and the memo)")
	v.note.OnChanged = v.onNoteChanged
	v.saveNote = widget.NewButtonWithIcon("Save note", theme.DocumentSaveIcon(), v.onSaveNote)
	v.saveNote.Disable()

	v.rename = widget.NewButtonWithIcon("Rename…", theme.DocumentCreateIcon(), v.c.showRenameDialog)
	v.merge = widget.NewButtonWithIcon("Merge into…", theme.ContentPasteIcon(), v.c.showMergeDialog)
	v.split = widget.NewButtonWithIcon("Split…", theme.ContentCutIcon(), v.c.showSplitDialog)
	v.create = widget.NewButtonWithIcon("New topic…", theme.ContentAddIcon(), v.c.showCreateDialog)
	actions := container.NewHBox(v.rename, v.merge, v.split, v.create)

	// The header is kept short so the rows get the height: the actions sit
	// beside the title, the note beside the topic's description.
	hint := widget.NewRichText(captionSeg("Strongest passages first; the same point shares a line. Click a brief's name to widen its column, "+
		"a passage to open it in its brief; right-click a passage to move or remove it.", theme.ColorNamePlaceHolder, fyne.TextStyle{}))
	hint.Wrapping = fyne.TextWrapWord
	about := container.NewVBox(v.meta, v.description, hint)
	noteBox := container.NewBorder(nil, nil, nil, container.NewVBox(v.saveNote), v.note)
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewVBox(actions), v.title),
		container.New(&layouts.Ratio{Ratios: []float32{0.6, 0.4}}, about, noteBox),
	)

	v.header = container.NewGridWithColumns(1)
	v.rows = newFitList(v.rowCount, v.createRow, v.fillRow)
	v.rows.reuse = true // rows depend only on the number of columns
	v.rows.lazy = true  // a topic's first screens show before all its lines are measured
	// A topic shown again at the same width keeps its measured lines.
	v.rows.key = func() string {
		if v.topic == nil {
			return ""
		}
		return v.topic.ID + "\x00" + strconv.Itoa(v.wide)
	}
	v.placeholder = widget.NewLabel("Select a topic on the left to see what each brief says about it.")
	v.placeholder.Wrapping = fyne.TextWrapWord

	// Columns keep a readable width: with many briefs the table scrolls
	// sideways rather than squeezing each passage into a sliver.
	v.noRows = widget.NewLabel("No passages under this topic yet. Right-click a passage under another topic " +
		"and choose Move to topic… or Also file under topic….")
	v.noRows.Wrapping = fyne.TextWrapWord
	v.noRows.Alignment = fyne.TextAlignCenter
	v.table = container.NewBorder(v.header, nil, nil, nil, v.rows)
	v.tableMin = &layouts.MinWidth{}
	v.hscroll = container.NewHScroll(container.New(v.tableMin, v.table))
	v.hscroll.OnScrolled = func(fyne.Position) { v.onScrolled() }
	v.tableMin.Resized = v.onScrolled
	v.rows.onShow = v.showColumns
	v.rows.onBuild = func() { v.shown = nil }
	// The no-passages message sits above the table, outside its sideways
	// scroll, so it wraps at the width in view.
	v.content = container.New(layouts.Reflow{}, container.NewBorder(container.NewVBox(top, widget.NewSeparator(), v.noRows), nil, nil, nil,
		v.hscroll))
	v.show(nil)
	return container.NewStack(v.placeholder, v.content)
}

// show displays topic t (nil for none).
func (v *sideView) show(t *compare.Topic) {
	same := t != nil && v.topic != nil && v.topic.ID == t.ID
	// Leaving a topic keeps the note typed on it: it is saved once the
	// next topic is shown.
	if !same && v.topic != nil && !v.saveNote.Disabled() {
		id, text := v.topic.ID, v.note.Text
		v.saveNote.Disable()
		defer v.c.onNote(id, text)
	}
	v.topic = t
	v.marked = nil
	r := v.c.res
	if r != v.measured {
		v.rows.forget() // new passages, highlights or names: measure again
		v.measured = r
	}
	if t == nil || r == nil {
		v.placeholder.Show()
		v.content.Hide()
		v.setActionsEnabled(false)
		v.title.SetText("")
		v.meta.Segments = nil
		v.meta.Refresh()
		v.description.SetText("")
		v.cols = nil
		v.header.Objects = nil
		v.heads = nil
		v.header.Refresh()
		v.rows.dropRows()
		v.noRows.Hide()
		v.rows.reload()
		return
	}
	v.placeholder.Hide()
	v.content.Show()
	v.setActionsEnabled(true)
	v.cols = r.Briefs
	ids := make([]string, len(v.cols))
	for i, b := range v.cols {
		ids[i] = b.ID
	}
	v.reading = t.Reading(ids)
	v.hover = -1
	v.index(r, t)

	v.title.SetText(t.Label)
	v.meta.Segments = v.metaSegments(r, t)
	v.meta.Refresh()
	v.description.SetText(t.Description)
	v.description.Hidden = t.Description == ""
	// A new result for the same topic (after any edit) keeps a note the
	// analyst is still typing.
	if !same || v.saveNote.Disabled() {
		v.note.OnChanged = nil
		v.note.SetText(t.Note)
		v.note.OnChanged = v.onNoteChanged
	}
	v.onNoteChanged(v.note.Text)

	// Column headers are reused from topic to topic; only their text changes.
	if len(v.heads) != len(v.cols) {
		v.heads = v.heads[:0]
		v.header.Objects = v.header.Objects[:0]
		for i := range v.cols {
			h := newColumnHead()
			h.tap.onTap = func() { v.onColumnTapped(i) }
			v.heads = append(v.heads, h)
			v.header.Objects = append(v.header.Objects, h.tap)
		}
		v.header.Layout = &headerLayout{v: v, grid: &layouts.Columns{At: v.columnAt}}
		v.rows.dropRows()
		v.wide = -1
	}
	for i, b := range v.cols {
		v.fillColumnHead(v.heads[i], b, t)
	}
	v.tableMin.Width = v.columnUnits() * minColumnWidth
	if len(v.reading.Lines) > 0 {
		v.noRows.Hide()
	} else {
		v.noRows.Show()
	}
	v.header.Refresh()
	if same {
		v.rows.reloadKeepOffset()
	} else {
		v.rows.reload()
	}
	v.relayout()
}

// columnsInView returns which of the n columns the sideways scroll shows,
// or nil when it shows them all.
func (v *sideView) columnsInView(n int) []bool {
	if v.hscroll == nil || n == 0 {
		return nil
	}
	view := v.hscroll.Size().Width
	width := v.table.Size().Width
	if view <= 0 || width <= view {
		return nil
	}
	left := v.hscroll.Offset.X
	in := make([]bool, n)
	for i := range in {
		x, w := v.columnAt(i, width)
		in[i] = x < left+view && x+w > left
	}
	return in
}

// wideColumn is how many columns' width the widened column takes.
const wideColumn = 2

// columnUnits is the table's width in columns: one per brief, wideColumn
// for the widened one.
func (v *sideView) columnUnits() float32 {
	n := float32(len(v.cols))
	if v.wide >= 0 && v.wide < len(v.cols) {
		n += wideColumn - 1
	}
	return n
}

// columnAt returns the left edge and width of column i in a table width
// wide, padding between columns.
func (v *sideView) columnAt(i int, width float32) (x, w float32) {
	n := len(v.cols)
	if n == 0 {
		return 0, width
	}
	pad := theme.Padding()
	unit := (width - pad*float32(n-1)) / v.columnUnits()
	for j := range i {
		x += unit + pad
		if j == v.wide {
			x += unit * (wideColumn - 1)
		}
	}
	w = unit
	if i == v.wide {
		w *= wideColumn
	}
	return x, w
}

// onColumnTapped widens column i, or restores it when it is the wide one.
func (v *sideView) onColumnTapped(i int) {
	if v.wide == i {
		v.wide = -1
	} else {
		v.wide = i
	}
	v.tableMin.Width = v.columnUnits() * minColumnWidth
	v.rows.reloadKeepOffset()
	v.relayout()
}

// onScrolled shows the passages of the columns that scrolling sideways (or
// a new width) brings into view, in the rows the list shows.
func (v *sideView) onScrolled() {
	in := v.columnsInView(len(v.cols))
	if slices.Equal(in, v.inView) {
		return
	}
	grew := false // a column came into view: its passages are to be filled
	for i := range in {
		grew = grew || in[i] && v.inView != nil && i < len(v.inView) && !v.inView[i]
	}
	if in == nil && v.inView != nil {
		grew = true
	}
	v.inView = in
	v.hideHeads()
	for r := range v.shown {
		v.hideColumns(r)
		canvas.Refresh(r)
	}
	if grew {
		v.rows.list.Refresh()
	}
}

// hideHeads hides the column headings out of view, as hideColumns does
// the passages; their holders keep the header's height and columns.
func (v *sideView) hideHeads() {
	for i, h := range v.heads {
		hidden := v.inView != nil && i < len(v.inView) && !v.inView[i]
		if h.box.Hidden != hidden {
			h.box.Hidden = hidden
			canvas.Refresh(h.holder)
		}
	}
}

// showColumns hides the passages of the columns out of view in a row the
// list shows. The cells stay, so the grid keeps its columns.
func (v *sideView) showColumns(o fyne.CanvasObject) {
	row, ok := o.(*sideRow)
	if !ok {
		return
	}
	if v.shown == nil {
		v.shown = map[*sideRow]bool{}
	}
	v.shown[row] = true
	v.hideColumns(row)
}

func (v *sideView) hideColumns(row *sideRow) {
	for i, cell := range row.cells {
		cell.content.Hidden = v.inView != nil && i < len(v.inView) && !v.inView[i]
	}
}

// minColumnWidth is the narrowest a brief's column gets before the table
// scrolls sideways.
const minColumnWidth = 190

// relayout lays the header out again now that its wrapped labels know their
// widths: the first pass gives new labels a width, the second the height
// their text needs at it.
func (v *sideView) relayout() {
	if v.content == nil || v.content.Size().Width == 0 {
		return
	}
	for range 2 {
		layouts.Tree(v.content)
		layouts.Tree(v.table)
	}
	v.onScrolled()
	canvas.Refresh(v.content)
}

func (v *sideView) setActionsEnabled(on bool) {
	for _, b := range []*widget.Button{v.rename, v.merge, v.split} {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if on {
		v.note.Enable()
	} else {
		v.note.Disable()
		v.saveNote.Disable()
	}
}

// metaSegments describes the topic's origin, coverage and differences.
func (v *sideView) metaSegments(r *compare.Result, t *compare.Topic) []widget.RichTextSegment {
	diffs, agree := 0, 0
	for _, d := range r.Differences {
		if d.Topic != t.ID {
			continue
		}
		if d.Kind == compare.KindAgreement {
			agree++
		} else {
			diffs++
		}
	}
	origin := textSeg(strings.ToUpper(originName(t.Origin)), colorSilent, fyne.TextStyle{Bold: true})
	if t.Origin != compare.FromTaxonomy {
		origin.Style.ColorName = colorDiscovered
	}
	segs := []widget.RichTextSegment{
		origin,
		textSeg("  ·  "+present.AddressedBy(r, t)+"  ·  ", theme.ColorNameForeground, fyne.TextStyle{}),
		// A link to the list of this topic's differences.
		&widget.HyperlinkSegment{Text: countNoun(diffs, "difference", "differences"), OnTapped: func() { v.c.showDifferences(t.ID) }},
	}
	if diffs == 0 {
		segs[2] = textSeg("no differences", colorSilent, fyne.TextStyle{})
	}
	if agree > 0 {
		segs = append(segs, textSeg("  ·  "+countNoun(agree, "agreement", "agreements"), colorInsert, fyne.TextStyle{}))
	}
	return segs
}

// index prepares the highlight lookups for topic t.
func (v *sideView) index(r *compare.Result, t *compare.Topic) {
	v.conflicts = map[passageKey][]string{}
	for _, n := range r.Numbers {
		if n.Conflict && n.Raw != "" {
			k := passageKey{n.Brief, n.Paragraph}
			v.conflicts[k] = append(v.conflicts[k], n.Raw)
		}
	}
	v.wording = map[passageKey]wordingSide{}
	for _, d := range r.Differences {
		if d.Kind != compare.KindWording || d.Topic != t.ID || len(d.Items) < 2 || len(d.Diff) == 0 {
			continue
		}
		a, b := d.Items[0], d.Items[1]
		v.wording[passageKey{a.Brief, a.Paragraph}] = wordingSide{ops: d.Diff, side: 0, other: b.Brief}
		v.wording[passageKey{b.Brief, b.Paragraph}] = wordingSide{ops: d.Diff, side: 1, other: a.Brief}
	}
}

func (v *sideView) rowCount() int {
	if v.topic == nil {
		return 0
	}
	return len(v.reading.Lines)
}

func (v *sideView) createRow() fyne.CanvasObject {
	r := &sideRow{}
	r.ExtendBaseWidget(r)
	objs := make([]fyne.CanvasObject, len(v.cols))
	for i := range v.cols {
		c := newPassageCell()
		c.onTap = v.onPassageTapped
		c.onMenu = v.onPassageMenu
		c.onHover = v.onHover
		c.onWheel = v.onWheel
		r.cells = append(r.cells, c)
		objs[i] = c
	}
	r.grid = container.New(&layouts.Columns{At: v.columnAt}, objs...)
	return r
}

func (v *sideView) fillRow(id widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*sideRow)
	t := v.topic
	if t == nil || id >= len(v.reading.Lines) || len(row.cells) != len(v.cols) {
		return
	}
	// A row the list shows lays out only the columns in view (the others'
	// content is hidden, see hideColumns); the scratch row that measures
	// row heights takes every column.
	measuring := o == v.rows.scratch
	for i, b := range v.cols {
		cell := row.cells[i]
		idx := v.reading.Lines[id][i]
		if idx < 0 || idx >= len(t.Passages) || !measuring && v.inView != nil && i < len(v.inView) && !v.inView[i] {
			v.fillEmpty(cell, b)
			continue
		}
		v.fillPassage(cell, b, idx)
	}
}

// fillEmpty shows an empty cell below the last passage of brief b's column
// (or in the column of a brief that does not address the topic, which its
// head says once, at the top).
func (v *sideView) fillEmpty(cell *passageCell, b *brief.Brief) {
	cell.passage = nil
	cell.point = -1
	cell.brief = b.ID
	cell.text.Segments = nil
	cell.cite.Segments = nil
	cell.band.Hidden = true
	cell.refreshContent()
}

// linked returns the passages (indices into the topic's) that make the same
// point as passage i, without i.
func (v *sideView) linked(i int) []int {
	var out []int
	pt := v.reading.Point
	if i < 0 || i >= len(pt) {
		return nil
	}
	for j, p := range pt {
		if j != i && p == pt[i] {
			out = append(out, j)
		}
	}
	return out
}

// linkCaption says which briefs make the same point as passage i, and on
// which line when not on its own: "compare with Alpha; Beta (line 3)". It
// leaves out brief skip (already named as saying it in nearly the same
// words).
func (v *sideView) linkCaption(i int, skip string) string {
	var parts []string
	for _, j := range v.linked(i) {
		if v.topic.Passages[j].Brief == skip {
			continue
		}
		s := v.c.briefName(v.topic.Passages[j].Brief)
		if l := v.reading.Line[j]; l != v.reading.Line[i] {
			s += " (line " + strconv.Itoa(l+1) + ")"
		}
		parts = append(parts, s)
	}
	return present.CompareWith(parts)
}

// onHover highlights the passages that make the same point as the one under
// the pointer (point -1: none) in the rows shown.
func (v *sideView) onHover(point int) {
	if point == v.hover {
		return
	}
	v.hover = point
	for r := range v.shown {
		for _, cell := range r.cells {
			if cell.showBand(v.banded(cell)) {
				canvas.Refresh(cell.band)
			}
		}
	}
}

// banded reports whether a cell's band shows: its passage was jumped to, or
// it makes the point under the pointer with another passage.
func (v *sideView) banded(cell *passageCell) bool {
	p := cell.passage
	if p == nil {
		return false
	}
	if v.marked[passageKey{p.Brief, p.Paragraph}] {
		return true
	}
	return v.hover >= 0 && cell.point == v.hover && len(v.linked(cell.index)) > 0
}

// scrollStep is how far one notch of the mouse wheel moves the passages:
// about three lines of text, where Fyne's own step is under one.
const scrollStep = 3

// onWheel scrolls the passages by scrollStep times the wheel's move.
func (v *sideView) onWheel(e *fyne.ScrollEvent) {
	v.rows.measure() // every line's height, before scrolling past the first screens
	l := v.rows.list
	l.ScrollToOffset(max(0, l.GetScrollOffset()-e.Scrolled.DY*scrollStep))
	if e.Scrolled.DX != 0 && v.hscroll != nil {
		v.hscroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DX: e.Scrolled.DX * scrollStep}})
	}
}

// fillPassage shows passage p of brief b with its highlights: the word-level
// diff when another brief says nearly the same thing, otherwise the brief's
// distinctive terms and disputed numbers.
func (v *sideView) fillPassage(cell *passageCell, b *brief.Brief, i int) {
	p := &v.topic.Passages[i]
	k := passageKey{p.Brief, p.Paragraph}
	cell.passage = p
	cell.index, cell.point = i, v.reading.Point[i]
	cell.brief = b.ID
	cell.band.Hidden = !v.banded(cell)

	w, diffed := v.wording[k]
	var segs []widget.RichTextSegment
	if diffed {
		segs = diffSegments(w.ops, w.side, p.Text)
	}
	if segs == nil {
		diffed = false
		segs = highlightSegments(p.Text, passageSpans(p.Text, v.topic.Distinctive[b.ID], v.conflicts[k]))
	}
	cell.text.Segments = segs

	cite := present.WhereSentence(p.Paragraph, p.Sentence, p.Page)
	if len(p.Section) > 0 {
		cite += " · " + p.Section[len(p.Section)-1]
	}
	caps := []*widget.TextSegment{captionSeg(cite, theme.ColorNamePlaceHolder, fyne.TextStyle{})}
	other := ""
	if diffed {
		other = w.other
		near := " · nearly the same words as " + v.c.briefName(w.other)
		for _, j := range v.linked(i) {
			if l := v.reading.Line[j]; v.topic.Passages[j].Brief == w.other && l != v.reading.Line[i] {
				near += " (line " + strconv.Itoa(l+1) + ")"
			}
		}
		caps = append(caps, captionSeg(near, colorInsert, fyne.TextStyle{Italic: true}))
	}
	if link := v.linkCaption(i, other); link != "" {
		caps = append(caps, captionSeg(" · "+link, colorCovered, fyne.TextStyle{}))
	}
	cell.cite.Segments = captionSegments(caps)
	cell.refreshContent()
}

// onPassageTapped opens the passage in its brief's full text.
func (v *sideView) onPassageTapped(p *compare.Passage) {
	v.c.h.openInContext(p.Brief, p.Paragraph)
}

// onPassageMenu offers the edits of one passage at pos on the canvas.
func (v *sideView) onPassageMenu(p *compare.Passage, pos fyne.Position) {
	w := v.c.h.window()
	if w == nil || v.topic == nil {
		return
	}
	pp := *p
	from := v.topic.ID
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Open in context", func() { v.onPassageTapped(&pp) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Move to topic…", func() { v.c.showMoveDialog(pp, from, false) }),
		fyne.NewMenuItem("Also file under topic…", func() { v.c.showMoveDialog(pp, from, true) }),
		fyne.NewMenuItem("Remove from this topic", func() { v.c.onRemovePassage(pp, from) }),
	)
	widget.ShowPopUpMenuAtPosition(menu, w.Canvas(), pos)
}

// mark highlights the passages of items and scrolls to the first of them.
func (v *sideView) mark(items []compare.Item) {
	t := v.topic
	if t == nil {
		return
	}
	v.marked = map[passageKey]bool{}
	for _, it := range items {
		v.marked[passageKey{it.Brief, it.Paragraph}] = true
	}
	first, col := -1, -1
	for l, line := range v.reading.Lines {
		for c, i := range line {
			if i >= 0 && i < len(t.Passages) && v.marked[passageKey{t.Passages[i].Brief, t.Passages[i].Paragraph}] {
				first, col = l, c
				break
			}
		}
		if first >= 0 {
			break
		}
	}
	v.rows.list.Refresh()
	if first < 0 {
		return
	}
	// The marked cell's text starts at the top of the view, and its column
	// is brought into view sideways.
	v.rows.scrollToTop(first)
	if v.hscroll != nil && v.table.Size().Width > v.hscroll.Size().Width {
		x, w := v.columnAt(col, v.table.Size().Width)
		if x < v.hscroll.Offset.X || x+w > v.hscroll.Offset.X+v.hscroll.Size().Width {
			v.hscroll.ScrollToOffset(fyne.NewPos(x, 0))
		}
	}
}

// onNoteChanged enables Save note when the text differs from the saved note.
func (v *sideView) onNoteChanged(text string) {
	if v.topic != nil && text != v.topic.Note {
		v.saveNote.Enable()
	} else {
		v.saveNote.Disable()
	}
}

// flushNote saves a note still being typed (before saving the workspace,
// exporting or quitting).
func (v *sideView) flushNote() {
	if v.topic != nil && !v.saveNote.Disabled() {
		v.onSaveNote()
	}
}

// onSaveNote records the note as an edit.
func (v *sideView) onSaveNote() {
	if v.topic == nil {
		return
	}
	v.saveNote.Disable()
	v.c.onNote(v.topic.ID, v.note.Text)
}
