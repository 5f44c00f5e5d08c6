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

func TestColumns(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	a, b := box(30, 10), box(20, 40)
	objs := []fyne.CanvasObject{a, b}
	// The second column is twice as wide as the first.
	l := &layouts.Columns{At: func(i int, width float32) (x, w float32) {
		unit := (width - pad) / 3
		if i == 0 {
			return 0, unit
		}
		return unit + pad, 2 * unit
	}}
	if got, want := l.MinSize(objs), fyne.NewSize(50+pad, 40); got != want {
		t.Errorf("MinSize = %v, want %v", got, want)
	}
	l.Layout(objs, fyne.NewSize(300+pad, 70))
	for _, tc := range []struct {
		name string
		o    fyne.CanvasObject
		pos  fyne.Position
		size fyne.Size
	}{
		{"first, one unit", a, fyne.NewPos(0, 0), fyne.NewSize(100, 70)},
		{"second, two units after a padding", b, fyne.NewPos(100+pad, 0), fyne.NewSize(200, 70)},
	} {
		if tc.o.Position() != tc.pos || tc.o.Size() != tc.size {
			t.Errorf("%s at %v size %v, want %v size %v", tc.name, tc.o.Position(), tc.o.Size(), tc.pos, tc.size)
		}
	}
}

func TestMinWidth(t *testing.T) {
	test.NewTempApp(t)
	a := box(40, 25)
	resized := 0
	l := &layouts.MinWidth{Width: 500, Resized: func() { resized++ }}
	if got, want := l.MinSize([]fyne.CanvasObject{a}), fyne.NewSize(500, 25); got != want {
		t.Errorf("MinSize = %v, want %v: at least Width wide, the content's height", got, want)
	}
	l.Layout([]fyne.CanvasObject{a}, fyne.NewSize(600, 90))
	if a.Position() != fyne.NewPos(0, 0) || a.Size() != fyne.NewSize(600, 90) {
		t.Errorf("a at %v size %v, want the whole size", a.Position(), a.Size())
	}
	if resized != 1 {
		t.Errorf("Resized ran %d times, want 1", resized)
	}
}

func TestKeepSize(t *testing.T) {
	test.NewTempApp(t)
	a, b := box(40, 25), box(10, 60)
	b.Hide()
	objs := []fyne.CanvasObject{a, b}
	if got, want := (layouts.KeepSize{}).MinSize(objs), fyne.NewSize(40, 60); got != want {
		t.Errorf("MinSize = %v, want %v: a hidden object keeps its size", got, want)
	}
	if got := container.NewStack(objs...).MinSize(); got == fyne.NewSize(40, 60) {
		t.Errorf("Fyne's stack now keeps hidden sizes too (%v): KeepSize may go", got)
	}
	(layouts.KeepSize{}).Layout(objs, fyne.NewSize(80, 90))
	if a.Size() != fyne.NewSize(80, 90) || b.Size() != fyne.NewSize(80, 90) {
		t.Errorf("a %v b %v, want the whole size", a.Size(), b.Size())
	}
}

func TestHeading(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	for _, tc := range []struct {
		name   string
		height func() float32
		top    float32 // the heading's height
	}{
		{"own height", nil, 20},
		{"a taller neighbour's", func() float32 { return 35 }, 35},
		{"shorter neighbours", func() float32 { return 5 }, 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			head, text := box(50, 20), box(70, 30)
			objs := []fyne.CanvasObject{head, text}
			l := layouts.Heading{Height: tc.height}
			if got, want := l.MinSize(objs), fyne.NewSize(70, tc.top+pad+30); got != want {
				t.Errorf("MinSize = %v, want %v", got, want)
			}
			l.Layout(objs, fyne.NewSize(200, 100))
			if head.Position() != fyne.NewPos(0, 0) || head.Size() != fyne.NewSize(200, tc.top) {
				t.Errorf("heading at %v size %v", head.Position(), head.Size())
			}
			if text.Position() != fyne.NewPos(0, tc.top+pad) || text.Size() != fyne.NewSize(200, 30) {
				t.Errorf("text at %v size %v", text.Position(), text.Size())
			}
		})
	}
}
