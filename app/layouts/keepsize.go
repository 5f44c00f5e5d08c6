package layouts

import "fyne.io/fyne/v2"

// KeepSize stacks its objects at full size and claims their minimum size
// even while they are hidden (Fyne's stack forgets hidden objects), so
// hiding a cell's content out of view does not move the cells around it.
type KeepSize struct{}

var _ fyne.Layout = KeepSize{}

// Layout gives every object the whole size.
func (KeepSize) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is the largest of the objects' minimum sizes, hidden or not.
func (KeepSize) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
