package layouts

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Columns places object i at the left edge and width At gives it in the
// container's width, all at full height: columns whose widths the caller
// computes (equal ones with a widened one, say).
type Columns struct {
	At func(i int, width float32) (x, w float32)
}

var _ fyne.Layout = (*Columns)(nil)

// Layout places each object in its column.
func (l *Columns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for i, o := range objs {
		x, w := l.At(i, size.Width)
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

// MinSize is the objects' minimum widths side by side with a padding
// between them, and the tallest object's height.
func (l *Columns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
	}
	if len(objs) > 1 {
		s.Width += theme.Padding() * float32(len(objs)-1)
	}
	return s
}
