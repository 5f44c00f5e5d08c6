package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
)

// TestSideBySideLazyHeights: a topic of many lines shows after measuring
// only its first screens; scrolling (the wheel, a jump) measures every line
// first, and the heights are those a full measurement gives.
func TestSideBySideLazyHeights(t *testing.T) {
	c, _, ids := newFiveView(t)
	c.selectTopic(ids[0])
	f := c.side.rows
	n := c.side.rowCount()
	if f.exact >= n || f.exact == 0 {
		t.Fatalf("measured %d of %d lines on the first show, want the first screens only", f.exact, n)
	}
	c.side.onWheel(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -10}})
	if f.exact != n {
		t.Fatalf("after the wheel %d of %d lines measured", f.exact, n)
	}
	if f.list.GetScrollOffset() <= 0 {
		t.Error("the wheel did not scroll")
	}
	lazy := slices.Clone(f.heights)

	// The same topic measured in full.
	f.lazy = false
	f.forget()
	c.selectTopic(ids[1])
	c.selectTopic(ids[0])
	if !slices.Equal(lazy, f.heights) {
		t.Errorf("heights measured lazily differ from a full measurement:\n%v\n%v", lazy, f.heights)
	}
	// A row shown with an estimated height asks for the rest to be
	// measured; inside the list's own update that waits (the test driver
	// runs fyne.Do at once), so the estimate stays until a scroll.
	f.lazy = true
	f.forget()
	c.selectTopic(ids[1])
	c.selectTopic(ids[0])
	f.filling = true
	f.measure()
	f.filling = false
	if f.exact >= n {
		t.Error("measure ran inside the list's update")
	}
	// Shown again, the topic keeps what was measured and estimated.
	before := slices.Clone(f.heights)
	c.selectTopic(ids[1])
	c.selectTopic(ids[0])
	if !slices.Equal(before, f.heights) || f.exact >= n {
		t.Errorf("shown again: %d of %d lines measured, heights kept %v", f.exact, n, slices.Equal(before, f.heights))
	}
	c.side.rows.scrollToTop(n - 1)
	if f.exact != n {
		t.Errorf("a jump to the last line left %d of %d lines measured", f.exact, n)
	}
}
