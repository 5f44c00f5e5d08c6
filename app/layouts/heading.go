package layouts

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Heading stacks a heading (the first object) over the text under it (the
// second), the heading at least Height tall: headings side by side that
// share one Height (the tallest of them) start their texts level. Other
// objects are left alone.
type Heading struct {
	Height func() float32 // nil: the heading's own height
}

var _ fyne.Layout = Heading{}

func (l Heading) top(head fyne.CanvasObject) float32 {
	h := head.MinSize().Height
	if l.Height != nil {
		h = max(h, l.Height())
	}
	return h
}

// Layout places the heading at the top in its height and the text a
// padding below in its own minimum height, both at full width.
func (l Heading) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) < 2 {
		return
	}
	head, text := objs[0], objs[1]
	th := l.top(head)
	head.Move(fyne.NewPos(0, 0))
	head.Resize(fyne.NewSize(size.Width, th))
	text.Move(fyne.NewPos(0, th+theme.Padding()))
	text.Resize(fyne.NewSize(size.Width, text.MinSize().Height))
}

// MinSize is the wider of the two and the heading's height, a padding and
// the text's height.
func (l Heading) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) < 2 {
		return fyne.Size{}
	}
	n, s := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(n.Width, s.Width), l.top(objs[0])+theme.Padding()+s.Height)
}
