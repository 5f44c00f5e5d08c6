package layouts

import "fyne.io/fyne/v2"

// Holder is a widget that draws one container (a Row, say); Tree lays out
// that container.
type Holder interface {
	ContentBox() *fyne.Container
}

// Tree lays out o's containers from the outside in at their current sizes.
// Call it after changing the content of widgets inside: a container that
// keeps its size is not laid out again by Resize, so text that now wraps to
// more or fewer lines would otherwise keep its old place.
func Tree(o fyne.CanvasObject) {
	switch c := o.(type) {
	case *fyne.Container:
		if c.Layout != nil {
			c.Layout.Layout(c.Objects, c.Size())
		}
		for _, child := range c.Objects {
			Tree(child)
		}
	case Holder:
		box := c.ContentBox()
		box.Resize(o.Size())
		Tree(box)
	}
}

// Reflow stacks its objects at full size and lays their containers out a
// second time (Tree): the first pass gives wrapped text its width, the
// second gives it the height it needs at that width. Fyne's box and border
// layouts ask for minimum sizes before they set widths, so without it a
// header whose labels wrap differently after a resize overlaps what is
// below it.
type Reflow struct{}

var _ fyne.Layout = Reflow{}

// Layout gives every object the whole size and lays it out again.
func (Reflow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	KeepSize{}.Layout(objs, size)
	for _, o := range objs {
		Tree(o)
	}
}

// MinSize is the largest of the objects' minimum sizes.
func (Reflow) MinSize(objs []fyne.CanvasObject) fyne.Size { return KeepSize{}.MinSize(objs) }
