package layouts

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Ratio places objects side by side, each taking its share of the width
// left after the padding between them (Ratios[i] for object i; 0 when
// missing), all at full height.
type Ratio struct{ Ratios []float32 }

var _ fyne.Layout = (*Ratio)(nil)

// Layout places the objects left to right.
func (l *Ratio) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	free := size.Width - pad*float32(max(len(objs)-1, 0))
	x := float32(0)
	for i, o := range objs {
		w := free * l.ratio(i)
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

// MinSize is the width at which every object gets at least its minimum
// width from its share, and the tallest object's height.
func (l *Ratio) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objs {
		m := o.MinSize()
		if r := l.ratio(i); r > 0 {
			s.Width = max(s.Width, m.Width/r)
		}
		s.Height = max(s.Height, m.Height)
	}
	return s
}

func (l *Ratio) ratio(i int) float32 {
	if i < len(l.Ratios) {
		return l.Ratios[i]
	}
	return 0
}
