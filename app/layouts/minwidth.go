package layouts

import "fyne.io/fyne/v2"

// MinWidth stacks its objects at the container's size, claiming at least
// Width as its minimum width (a table that scrolls sideways rather than
// squeezing its columns); Resized, when set, runs after each layout.
type MinWidth struct {
	Width   float32
	Resized func()
}

var _ fyne.Layout = (*MinWidth)(nil)

// Layout gives every object the whole size, then calls Resized.
func (l *MinWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if l.Resized != nil {
		l.Resized()
	}
}

// MinSize is Width wide and as tall as the tallest object.
func (l *MinWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(l.Width, 0)
	for _, o := range objs {
		m := o.MinSize()
		s = s.Max(fyne.NewSize(0, m.Height))
	}
	return s
}
