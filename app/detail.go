package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/brief"
	"briefbench/present"
)

// detail shows one brief: its editable metadata, its full text with the
// topics each paragraph is placed under, and its dropped blocks with Restore.
type detail struct {
	w *workbench
	b *brief.Brief

	title, subtitle, authors, org, date *widget.Entry
	apply                               *widget.Button
	back                                *widget.Button
	source                              *widget.Label
	paras                               *fyne.Container // one paragraphView per paragraph
	paraScroll                          *container.Scroll
	dropped                             *fyne.Container // one row per dropped block
	unassigned                          *fyne.Container // one row per passage no topic fits
	unassignedTab                       *container.TabItem
	restores                            []*widget.Button
	textTab, droppedTab                 *container.TabItem
	tabs                                *container.AppTabs
	placeholder                         *widget.Label
	body                                fyne.CanvasObject
	content                             *fyne.Container
	views                               []*paragraphView
	focus                               int // paragraph scrolled to, -1 for none
}

func newDetail(w *workbench) *detail {
	return &detail{w: w, focus: -1}
}

func (d *detail) buildUI() fyne.CanvasObject {
	d.title = widget.NewEntry()
	d.subtitle = widget.NewEntry()
	d.authors = widget.NewEntry()
	d.authors.SetPlaceHolder("Names separated by commas")
	d.org = widget.NewEntry()
	d.date = widget.NewEntry()
	d.date.SetPlaceHolder("YYYY-MM-DD, empty when unknown")
	d.date.Validator = validDate
	d.apply = widget.NewButtonWithIcon("Apply changes", theme.ConfirmIcon(), d.onApply)
	d.apply.Importance = widget.HighImportance
	d.back = widget.NewButtonWithIcon("Back to comparison", theme.NavigateBackIcon(), d.w.showCompare)
	d.source = widget.NewLabel("")
	d.source.Truncation = fyne.TextTruncateEllipsis
	d.source.SizeName = theme.SizeNameCaptionText
	form := widget.NewForm(
		widget.NewFormItem("Title", d.title),
		widget.NewFormItem("Subtitle", d.subtitle),
		widget.NewFormItem("Authors", d.authors),
		widget.NewFormItem("Organisation", d.org),
		widget.NewFormItem("Published", d.date),
	)
	meta := container.NewVBox(form, d.source, container.NewHBox(layout.NewSpacer(), d.back, d.apply))

	d.paras = container.NewVBox()
	d.paraScroll = container.NewVScroll(d.paras)
	d.dropped = container.NewVBox()
	d.textTab = container.NewTabItem("Full text", d.paraScroll)
	d.droppedTab = container.NewTabItem("Dropped blocks", container.NewVScroll(d.dropped))
	d.unassigned = container.NewVBox()
	d.unassignedTab = container.NewTabItem("Unassigned", container.NewVScroll(d.unassigned))
	d.tabs = container.NewAppTabs(d.textTab, d.droppedTab, d.unassignedTab)
	d.body = container.NewBorder(meta, nil, nil, nil, d.tabs)

	d.placeholder = widget.NewLabel("Select a brief to see its details and full text, fix its metadata, or restore blocks the importer dropped.")
	d.placeholder.Wrapping = fyne.TextWrapWord
	d.content = container.NewStack(d.body, container.NewPadded(container.NewVBox(d.placeholder)))
	d.show(nil, -1)
	return d.content
}

// validDate accepts an empty date or an ISO YYYY-MM-DD one.
func validDate(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return errors.New("use YYYY-MM-DD, e.g. 2025-09-15, or leave empty")
	}
	return nil
}

// show displays brief b (nil for none), scrolled to paragraph focus (-1 for
// the top).
func (d *detail) show(b *brief.Brief, focus int) {
	if d.content == nil {
		return
	}
	d.b = b
	d.focus = focus
	if b == nil {
		d.body.Hide()
		d.placeholder.Show()
		return
	}
	d.placeholder.Hide()
	d.body.Show()
	d.title.SetText(b.Title)
	d.title.SetPlaceHolder(b.Name())
	d.subtitle.SetText(b.Subtitle)
	d.authors.SetText(strings.Join(b.Authors, ", "))
	d.org.SetText(b.Organization)
	// A date from the file's creation time only is no publication date:
	// the field stays empty and says what the file gives.
	d.date.SetText(b.Published)
	d.date.SetPlaceHolder("YYYY-MM-DD, empty when unknown")
	if b.DateFrom == brief.DateFile {
		d.date.SetText("")
		d.date.SetPlaceHolder(b.Date() + " (not stated)")
	}
	d.source.SetText(fmt.Sprintf("%s · %s · %s · %s", b.Source.Path, present.Format(b.Source.Format), countNoun(b.Words, "word", "words"), countNoun(len(b.Paragraphs), "paragraph", "paragraphs")))
	d.buildText()
	d.buildDropped()
	d.buildUnassigned()
	d.tabs.Select(d.textTab)
	d.scrollTo(focus)
}

// paragraphView is one paragraph of the full text with its topic tags and a
// highlight behind it when it is the one opened in context.
type paragraphView struct {
	text *widget.Label
	tags *widget.Label
	bg   *canvas.Rectangle
	box  *fyne.Container
}

func (d *detail) buildText() {
	tags := d.topicTags()
	d.views = d.views[:0]
	objs := make([]fyne.CanvasObject, 0, len(d.b.Paragraphs))
	for i, p := range d.b.Paragraphs {
		pv := &paragraphView{
			text: widget.NewLabel(p.Text),
			tags: widget.NewLabel(""),
			bg:   canvas.NewRectangle(theme.Color(theme.ColorNameSelection)),
		}
		pv.text.Wrapping = fyne.TextWrapWord
		pv.text.Selectable = true
		switch p.Kind {
		case brief.Heading:
			pv.text.TextStyle.Bold = true
		case brief.Quote:
			pv.text.TextStyle.Italic = true
		case brief.Footnote, brief.Caption:
			pv.text.SizeName = theme.SizeNameCaptionText
		}
		where := present.Where(i, p.Page)
		pv.tags.SizeName = theme.SizeNameCaptionText
		pv.tags.Importance = widget.HighImportance
		pv.tags.Wrapping = fyne.TextWrapWord
		pv.tags.SetText(tagLine(where, tags[i]))
		pv.bg.CornerRadius = theme.InputRadiusSize()
		pv.bg.Hide()
		pv.box = container.NewStack(pv.bg, container.New(layouts.TightVBox{}, pv.tags, pv.text))
		d.views = append(d.views, pv)
		objs = append(objs, pv.box)
	}
	d.paras.Objects = objs
	d.paras.Refresh()
}

func tagLine(where string, tags []string) string {
	if len(tags) == 0 {
		return where
	}
	return where + " · " + strings.Join(tags, " · ")
}

// topicTags maps paragraph index to the labels of the topics that place a
// passage of it, from the current comparison; a paragraph with a passage
// no topic fits is tagged present.Unassigned.
func (d *detail) topicTags() map[int][]string {
	out := map[int][]string{}
	res := d.w.result
	if res == nil || d.b == nil {
		return out
	}
	for _, t := range res.Topics {
		seen := map[int]bool{}
		for _, p := range t.Passages {
			if p.Brief == d.b.ID && !seen[p.Paragraph] {
				seen[p.Paragraph] = true
				out[p.Paragraph] = append(out[p.Paragraph], t.Label)
			}
		}
	}
	for _, p := range res.UnassignedIn(d.b.ID) {
		if len(out[p.Paragraph]) == 0 {
			out[p.Paragraph] = []string{present.Unassigned}
		}
	}
	return out
}

// refreshTags updates the topic tags after a new comparison.
func (d *detail) refreshTags() {
	if d.b == nil || len(d.views) != len(d.b.Paragraphs) {
		return
	}
	tags := d.topicTags()
	for i, pv := range d.views {
		where := present.Where(i, d.b.Paragraphs[i].Page)
		pv.tags.SetText(tagLine(where, tags[i]))
	}
	d.buildUnassigned()
}

// scrollTo scrolls the full text to paragraph i and highlights it.
func (d *detail) scrollTo(i int) {
	for _, pv := range d.views {
		pv.bg.Hide()
	}
	if i < 0 || i >= len(d.views) {
		d.paraScroll.ScrollToTop()
		return
	}
	pv := d.views[i]
	pv.bg.FillColor = theme.Color(theme.ColorNameSelection)
	pv.bg.Show()
	// Lay out first so positions are known, then scroll the paragraph near
	// the top.
	d.paras.Resize(fyne.NewSize(d.paraScroll.Size().Width, d.paras.MinSize().Height))
	d.paraScroll.Offset = fyne.NewPos(0, max(0, pv.box.Position().Y-theme.Padding()))
	d.paraScroll.Refresh()
}

func (d *detail) buildDropped() {
	d.restores = d.restores[:0]
	objs := make([]fyne.CanvasObject, 0, len(d.b.Dropped)+1)
	if len(d.b.Dropped) == 0 {
		objs = append(objs, widget.NewLabel("The importer dropped nothing from this brief."))
	} else {
		help := widget.NewLabel("Blocks the importer took out as clutter. Restore puts one back in the text at its place.")
		help.Wrapping = fyne.TextWrapWord
		help.SizeName = theme.SizeNameCaptionText
		objs = append(objs, help)
	}
	for i, blk := range d.b.Dropped {
		reason := widget.NewLabel(string(blk.Reason))
		reason.TextStyle.Bold = true
		text := widget.NewLabel(blk.Text)
		text.Wrapping = fyne.TextWrapWord
		idx := i
		restore := widget.NewButtonWithIcon("Restore", theme.ContentUndoIcon(), func() { d.onRestore(idx) })
		d.restores = append(d.restores, restore)
		objs = append(objs, container.NewBorder(nil, nil, nil, container.NewVBox(restore), container.New(layouts.TightVBox{}, reason, text)), widget.NewSeparator())
	}
	d.droppedTab.Text = "Dropped blocks (" + strconv.Itoa(len(d.b.Dropped)) + ")"
	d.tabs.Refresh()
	d.dropped.Objects = objs
	d.dropped.Refresh()
}

// onRestore puts dropped block i back into the brief's text.
func (d *detail) onRestore(i int) {
	if d.b == nil {
		return
	}
	// Edits that name later paragraphs of this brief move down with them.
	if !d.w.ws.Restore(d.b.ID, i) {
		return
	}
	d.w.changed()
	b := d.b
	d.show(b, -1)
	d.tabs.Select(d.droppedTab)
	d.w.library.refresh()
	d.w.recompare()
}

// onApply saves the edited metadata.
func (d *detail) onApply() {
	if d.b == nil {
		return
	}
	if err := validDate(d.date.Text); err != nil {
		d.w.showError(fmt.Errorf("published date: %w", err))
		return
	}
	d.b.Title = strings.TrimSpace(d.title.Text)
	d.b.Subtitle = strings.TrimSpace(d.subtitle.Text)
	d.b.Organization = strings.TrimSpace(d.org.Text)
	if date := strings.TrimSpace(d.date.Text); date != d.b.Published && (date != "" || d.b.DateFrom != brief.DateFile) {
		d.b.Published, d.b.DateFrom = date, brief.DateStated // the analyst states it
	}
	d.b.Authors = nil
	for _, a := range strings.Split(d.authors.Text, ",") {
		if a = strings.TrimSpace(a); a != "" {
			d.b.Authors = append(d.b.Authors, a)
		}
	}
	d.w.changed()
	d.w.library.refresh()
	d.w.recompare()
}
