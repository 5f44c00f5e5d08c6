package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/present"
)

// buildUnassigned lists the brief's passages that no topic fits, from the
// current comparison, each with a button that shows it in the full text.
// They stay out of alignment, differences and the memo; here an analyst
// sees what the topics left out and can move a passage into a topic from
// the side-by-side view or teach a topic with it.
func (d *detail) buildUnassigned() {
	if d.b == nil || d.unassigned == nil {
		return
	}
	var ps []int
	var texts []string
	if d.w.result != nil {
		for _, p := range d.w.result.UnassignedIn(d.b.ID) {
			if p.Paragraph < 0 || p.Paragraph >= len(d.b.Paragraphs) {
				continue // the brief changed since the comparison
			}
			ps = append(ps, p.Paragraph)
			texts = append(texts, p.Text)
		}
	}
	objs := make([]fyne.CanvasObject, 0, 2*len(ps)+1)
	switch {
	case d.w.result == nil:
		objs = append(objs, widget.NewLabel("Compare the briefs to see which passages no topic fits."))
	case len(ps) == 0:
		objs = append(objs, widget.NewLabel("Every passage of this brief is in a topic."))
	default:
		help := widget.NewLabel("Passages no topic fits: they are searchable, but not aligned and not in the differences, workbook or memo.")
		help.Wrapping = fyne.TextWrapWord
		help.SizeName = theme.SizeNameCaptionText
		objs = append(objs, help)
	}
	for k, para := range ps {
		where := widget.NewLabel(present.Where(para, d.b.Paragraphs[para].Page))
		where.TextStyle.Bold = true
		text := widget.NewLabel(texts[k])
		text.Wrapping = fyne.TextWrapWord
		i := para
		show := widget.NewButtonWithIcon("Show in text", theme.VisibilityIcon(), func() {
			d.tabs.Select(d.textTab)
			d.scrollTo(i)
		})
		objs = append(objs, container.NewBorder(nil, nil, nil, container.NewVBox(show), container.New(layouts.TightVBox{}, where, text)), widget.NewSeparator())
	}
	d.unassignedTab.Text = "Unassigned (" + strconv.Itoa(len(ps)) + ")"
	d.tabs.Refresh()
	d.unassigned.Objects = objs
	d.unassigned.Refresh()
}
