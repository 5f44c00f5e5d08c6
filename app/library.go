package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/present"
)

// library lists the workspace's briefs in column order: include checkbox,
// title, format badge, organisation, date, and buttons to move and remove.
// Titles wrap (briefs from one organisation often share a long prefix).
type library struct {
	w       *workbench
	list    *fitList
	count   *widget.Label
	empty   *widget.Label
	content *fyne.Container
	// selected is the ID of the brief shown in the detail view.
	selected string
}

func newLibrary(w *workbench) *library {
	return &library{w: w}
}

// libraryRow is one list row; its widgets are rebound on update.
type libraryRow struct {
	layouts.Row
	include *widget.Check
	title   *widget.Label
	meta    *widget.RichText // format badge, organisation, date, words
	up      *widget.Button
	down    *widget.Button
	remove  *widget.Button
}

func (l *library) buildUI() fyne.CanvasObject {
	l.count = widget.NewLabel("")
	l.count.TextStyle.Bold = true
	l.empty = widget.NewLabel("No briefs yet. Import files or a folder (Ctrl+I), drop files on the window, or paste text as a new brief.")
	l.empty.Wrapping = fyne.TextWrapWord
	l.list = newFitList(func() int { return len(l.w.ws.Briefs) }, l.newRow, l.updateRow)
	l.list.onSelect = l.onSelected
	help := widget.NewLabel("Ticked briefs are compared, in this order (one column each). " +
		"The arrows move a brief's column; the bin removes the brief. Select a brief to see and fix its details.")
	help.Wrapping = fyne.TextWrapWord
	help.SizeName = theme.SizeNameCaptionText
	top := container.NewVBox(l.count, help, l.empty)
	l.content = container.NewBorder(top, nil, nil, nil, l.list)
	l.refresh()
	return l.content
}

func (l *library) newRow() fyne.CanvasObject {
	r := &libraryRow{
		include: widget.NewCheck("", nil),
		title:   widget.NewLabel("title"),
		meta:    widget.NewRichText(),
		up:      widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil),
		down:    widget.NewButtonWithIcon("", theme.MoveDownIcon(), nil),
		remove:  widget.NewButtonWithIcon("", theme.DeleteIcon(), nil),
	}
	r.title.TextStyle.Bold = true
	r.title.Wrapping = fyne.TextWrapWord
	r.meta.Wrapping = fyne.TextWrapWord
	for _, b := range []*widget.Button{r.up, r.down, r.remove} {
		b.Importance = widget.LowImportance
	}
	text := container.New(layouts.TightVBox{}, r.title, r.meta)
	buttons := container.NewVBox(container.NewHBox(r.up, r.down, r.remove))
	r.Box = container.NewBorder(nil, nil, container.NewVBox(r.include), buttons, text)
	r.ExtendBaseWidget(r)
	return r
}

func (l *library) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(l.w.ws.Briefs) {
		return
	}
	b := l.w.ws.Briefs[id]
	r := o.(*libraryRow)
	bid := b.ID
	r.include.OnChanged = nil
	r.include.SetChecked(!l.w.ws.IsExcluded(bid))
	r.include.OnChanged = func(on bool) { l.w.include(bid, on) }
	r.title.SetText(b.Name())
	var meta []string
	if b.Organization != "" {
		meta = append(meta, b.Organization)
	}
	if d := b.Date(); d != "" {
		meta = append(meta, d)
	} else {
		meta = append(meta, "no date")
	}
	meta = append(meta, strconv.Itoa(b.Words)+" words")
	if r := l.w.result; r != nil {
		if n := present.UnassignedCount(len(r.UnassignedIn(bid))); n != "" {
			meta = append(meta, n)
		}
	}
	r.meta.Segments = []widget.RichTextSegment{
		captionSeg(present.Format(b.Source.Format), theme.ColorNamePrimary, fyne.TextStyle{Monospace: true}),
		captionSeg("  "+strings.Join(meta, " · "), theme.ColorNameForeground, fyne.TextStyle{}),
	}
	r.meta.Refresh()
	r.up.OnTapped = func() { l.w.moveBrief(bid, -1) }
	r.down.OnTapped = func() { l.w.moveBrief(bid, +1) }
	r.remove.OnTapped = func() { l.onRemove(bid) }
	if id == 0 {
		r.up.Disable()
	} else {
		r.up.Enable()
	}
	if id == len(l.w.ws.Briefs)-1 {
		r.down.Disable()
	} else {
		r.down.Enable()
	}
}

// refresh redraws the list after the workspace changed.
func (l *library) refresh() {
	if l.list == nil {
		return
	}
	n, in := len(l.w.ws.Briefs), len(l.w.ws.Included())
	l.count.SetText(countNoun(n, "brief", "briefs") + ", " + strconv.Itoa(in) + " compared")
	if n == 0 {
		l.empty.Show()
	} else {
		l.empty.Hide()
	}
	// Rows are measured again (titles change height when edited) and the
	// selected brief stays selected.
	offset := l.list.list.GetScrollOffset()
	l.list.reload()
	l.list.list.ScrollToOffset(offset)
	l.markSelected()
}

// markSelected highlights the row of the brief in the detail view.
func (l *library) markSelected() {
	for i, b := range l.w.ws.Briefs {
		if b.ID == l.selected {
			l.list.selectRow(i)
			return
		}
	}
	l.list.unselect()
}

// unselect clears the selection (the detail view shows no brief).
func (l *library) unselect() {
	l.selected = ""
	l.list.unselect()
}

func (l *library) onSelected(id widget.ListItemID) {
	if id < 0 || id >= len(l.w.ws.Briefs) {
		return
	}
	b := l.w.ws.Briefs[id]
	l.selected = b.ID
	l.w.detail.show(b, -1)
}

// selectBrief selects a brief's row without changing the detail scroll.
func (l *library) selectBrief(id string) {
	for i, b := range l.w.ws.Briefs {
		if b.ID == id {
			l.selected = id
			l.list.selectRow(i)
			l.list.list.ScrollTo(i)
			return
		}
	}
}

func (l *library) onRemove(id string) {
	b := l.w.brief(id)
	if b == nil {
		return
	}
	l.w.ask("Remove brief", "Remove “"+b.Name()+"” from the workspace? Its text and your edits to it go with it.", func(ok bool) {
		if ok {
			l.unselect()
			l.w.removeBrief(id)
		}
	})
}
