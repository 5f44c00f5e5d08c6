package layouts

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TightVBox stacks objects vertically at full width without the theme's
// padding between them (a title over its meta line).
type TightVBox struct{}

var _ fyne.Layout = TightVBox{}

// MinSize is the widest object's width and the objects' heights, less one
// padding each.
func (TightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - theme.Padding()
	}
	return s
}

// Layout places the objects one under the other, each overlapping the one
// above by half a padding so text lines sit close.
func (TightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height - theme.Padding()
		o.Move(fyne.NewPos(0, y-theme.Padding()/2))
		o.Resize(fyne.NewSize(size.Width, h+theme.Padding()))
		y += h
	}
}
