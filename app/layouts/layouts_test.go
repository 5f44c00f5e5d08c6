package layouts_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
)

// box is a rectangle with a minimum size.
func box(w, h float32) *canvas.Rectangle {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}

func TestTightVBox(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	a, b := box(40, 20), box(60, 30)
	objs := []fyne.CanvasObject{a, b}
	l := layouts.TightVBox{}
	if got, want := l.MinSize(objs), fyne.NewSize(60, 50-2*pad); got != want {
		t.Errorf("MinSize = %v, want %v", got, want)
	}
	l.Layout(objs, fyne.NewSize(100, 80))
	for _, tc := range []struct {
		name string
		o    fyne.CanvasObject
		pos  fyne.Position
		size fyne.Size
	}{
		{"first", a, fyne.NewPos(0, -pad/2), fyne.NewSize(100, 20)},
		{"second, a padding closer", b, fyne.NewPos(0, 20-pad-pad/2), fyne.NewSize(100, 30)},
	} {
		if tc.o.Position() != tc.pos || tc.o.Size() != tc.size {
			t.Errorf("%s at %v size %v, want %v size %v", tc.name, tc.o.Position(), tc.o.Size(), tc.pos, tc.size)
		}
	}
}

func TestRatio(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	a, b, c := box(30, 10), box(20, 40), box(5, 5)
	objs := []fyne.CanvasObject{a, b, c}
	l := &layouts.Ratio{Ratios: []float32{0.6, 0.4}} // c gets no share
	// a needs 30/0.6 = 50, b 20/0.4 = 50: the wider need wins.
	if got, want := l.MinSize(objs), fyne.NewSize(50, 40); got != want {
		t.Errorf("MinSize = %v, want %v", got, want)
	}
	l.Layout(objs, fyne.NewSize(200+2*pad, 60))
	near := func(a, b float32) bool { return a-b < 0.01 && b-a < 0.01 }
	if a.Position() != fyne.NewPos(0, 0) || !near(a.Size().Width, 120) || a.Size().Height != 60 {
		t.Errorf("a at %v size %v", a.Position(), a.Size())
	}
	if !near(b.Position().X, 120+pad) || !near(b.Size().Width, 80) || b.Size().Height != 60 {
		t.Errorf("b at %v size %v", b.Position(), b.Size())
	}
	if c.Size().Width != 0 {
		t.Errorf("c without a ratio is %v wide", c.Size().Width)
	}
}

// TestReflowAndTree: Reflow gives each object the whole size and lays out
// the containers inside again, through rows (Holder) too.
func TestReflowAndTree(t *testing.T) {
	test.NewTempApp(t)
	inner := box(10, 10)
	row := layouts.NewRow(container.New(&layouts.Ratio{Ratios: []float32{1}}, inner))
	outer := container.NewStack(row)
	l := layouts.Reflow{}
	if got := l.MinSize([]fyne.CanvasObject{box(10, 30), box(40, 5)}); got != fyne.NewSize(40, 30) {
		t.Errorf("MinSize = %v", got)
	}
	l.Layout([]fyne.CanvasObject{outer}, fyne.NewSize(300, 100))
	if outer.Size() != fyne.NewSize(300, 100) || row.Size() != fyne.NewSize(300, 100) {
		t.Errorf("outer %v row %v, want the whole size", outer.Size(), row.Size())
	}
	if inner.Size() != fyne.NewSize(300, 100) {
		t.Errorf("the row's container was not laid out: inner %v", inner.Size())
	}
	// Tree alone lays out again at the current sizes.
	inner.Resize(fyne.NewSize(1, 1))
	layouts.Tree(outer)
	if inner.Size() != fyne.NewSize(300, 100) {
		t.Errorf("Tree left inner at %v", inner.Size())
	}
}

// hit is a list item built on Row, as the app's are.
type hit struct {
	layouts.Row
	label *widget.Label
}

func TestRow(t *testing.T) {
	test.NewTempApp(t)
	h := &hit{label: widget.NewLabel("Yards first")}
	h.Box = container.NewVBox(h.label)
	h.ExtendBaseWidget(h)
	w := test.NewTempWindow(t, h)
	w.Resize(fyne.NewSize(200, 80))
	if h.ContentBox() != h.Box {
		t.Error("ContentBox is not Box")
	}
	if h.MinSize() != h.Box.MinSize() {
		t.Errorf("row MinSize %v, box %v", h.MinSize(), h.Box.MinSize())
	}
	if !h.label.Visible() || h.label.Size().Width == 0 {
		t.Error("the row does not draw its box")
	}
}
