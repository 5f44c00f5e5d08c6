package layouts

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Row is the one list-row widget: it draws one container, Box, which Tree
// lays out again when the row's text changes. A list item embeds Row, sets
// Box and calls ExtendBaseWidget with itself:
//
//	type hit struct {
//		layouts.Row
//		head, text *widget.RichText
//	}
//
//	h := &hit{head: widget.NewRichText(), text: widget.NewRichText()}
//	h.Box = container.NewVBox(h.head, h.text)
//	h.ExtendBaseWidget(h)
type Row struct {
	widget.BaseWidget
	Box *fyne.Container
}

var (
	_ fyne.Widget = (*Row)(nil)
	_ Holder      = (*Row)(nil)
)

// NewRow returns a row drawing box.
func NewRow(box *fyne.Container) *Row {
	r := &Row{Box: box}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer draws Box.
func (r *Row) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.Box) }

// ContentBox returns Box (Holder).
func (r *Row) ContentBox() *fyne.Container { return r.Box }
