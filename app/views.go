package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/brief"
	"briefbench/compare"
	"briefbench/present"
)

// The compare views draw highlights with their own theme colour names
// (theme.go). buildUI makes the app's theme a highlightTheme wrapping the
// theme it had, so the names resolve in every window, list row and dialog;
// a shell that sets another theme later should wrap it with
// newHighlightTheme.

// host is what the compare views need from the window that holds them. The
// workbench implements it; tests use a fake. All methods are called on the
// UI goroutine.
//
//   - edit records an analyst's change to the comparison (the views pass a
//     function that changes the Edits), marks the workspace dirty, re-runs the
//     comparison and then calls compareView.setResult with the new result.
//   - openInContext shows paragraph (0-based index) of brief briefID in the
//     brief's full text.
//   - briefs returns the briefs to search, with their paragraphs.
//   - window returns the window for dialogs, pop-up menus and focus.
type host interface {
	edit(change func(e *compare.Edits))
	openInContext(briefID string, paragraph int)
	briefs() []*brief.Brief // every brief in the workspace, compared or not
	window() fyne.Window
}

// Tab names accepted by compareView.showTab.
const (
	tabTopics      = "topics"
	tabPositions   = "positions"
	tabDifferences = "differences"
	tabSearch      = "search"
)

// compareView is the compare side of the workbench: the topics list on the
// left and, on the right, tabs for the selected topic side by side, the
// position axes, the differences and search.
type compareView struct {
	h     host
	res   *compare.Result
	topic string // ID of the selected topic, "" when none
	// names are the briefs' column names by ID (see present.Names).
	names map[string]string
	// onAction, when set, runs when the analyst selects a topic or a tab
	// (the workbench settles its status line then).
	onAction func()

	topics      *topicsView
	side        *sideView
	positions   *positionsView
	differences *differencesView
	search      *searchView

	tabs           *container.AppTabs
	sideTab        *container.TabItem
	positionsTab   *container.TabItem
	differencesTab *container.TabItem
	searchTab      *container.TabItem
	empty          *fyne.Container
	main           *container.Split
}

// newCompareView makes the compare views for h; call buildUI once, then
// setResult whenever a comparison is ready.
func newCompareView(h host) *compareView {
	c := &compareView{h: h}
	c.topics = newTopicsView(c)
	c.side = newSideView(c)
	c.positions = newPositionsView(c)
	c.differences = newDifferencesView(c)
	c.search = newSearchView(c)
	return c
}

// buildUI lays out the views: topics on the left, the tabs on the right, or
// a short explanation while there is no comparison.
func (c *compareView) buildUI() fyne.CanvasObject {
	c.sideTab = container.NewTabItem("Side by side", c.side.buildUI())
	c.positionsTab = container.NewTabItem("Positions", c.positions.buildUI())
	c.differencesTab = container.NewTabItem("Differences", c.differences.buildUI())
	c.searchTab = container.NewTabItem("Search", c.search.buildUI())
	c.tabs = container.NewAppTabs(c.sideTab, c.positionsTab, c.differencesTab, c.searchTab)
	c.tabs.OnSelected = func(*container.TabItem) {
		if c.onAction != nil {
			c.onAction()
		}
	}

	c.main = container.NewHSplit(c.topics.buildUI(), c.tabs)
	c.main.Offset = 0.24

	title := widget.NewLabelWithStyle("No comparison yet", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	help := widget.NewLabel("Add two or more briefs with File > Import (Ctrl+I), by dropping PDF, Word, HTML, " +
		"Markdown or text files on the window, or by pasting text as a new brief. Briefbench lines them up " +
		"by topic, places each on the position axes and lists where they differ.")
	help.Wrapping = fyne.TextWrapWord
	help.Alignment = fyne.TextAlignCenter
	c.empty = container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 200), container.NewVBox(title, help)))

	c.main.Hide()
	useHighlightTheme(fyne.CurrentApp())
	return container.NewStack(c.empty, c.main)
}

// setResult shows a new comparison. The selected topic stays selected when
// it still exists; otherwise the first topic is selected.
func (c *compareView) setResult(r *compare.Result) {
	c.res = r
	c.names = nil
	if r != nil {
		c.names = present.Names(r.Briefs)
	}
	if r == nil || len(r.Topics) == 0 {
		c.topic = ""
		c.main.Hide()
		c.empty.Show()
	} else {
		c.empty.Hide()
		c.main.Show()
		if r.Topic(c.topic) == nil {
			c.topic = r.Topics[0].ID
		}
	}
	c.topics.setResult(r)
	c.positions.setResult(r)
	c.differences.setResult(r)
	c.search.setResult(r)
	c.side.show(c.selected())
}

// selected returns the selected topic, or nil.
func (c *compareView) selected() *compare.Topic {
	if c.res == nil {
		return nil
	}
	return c.res.Topic(c.topic)
}

// selectTopic shows topic id side by side and selects it in the list.
// Unknown IDs are ignored.
func (c *compareView) selectTopic(id string) {
	if c.res == nil || c.res.Topic(id) == nil {
		return
	}
	c.onTopicSelected(id)
	// A jump (from a difference or --topic) to a topic the filter hides
	// clears the filter, so the list shows what the right side shows.
	if !c.topics.shows(id) {
		c.topics.filter.SetText("")
	}
	c.topics.markSelected(id)
}

// onTopicSelected is called when the analyst picks a topic in the list.
func (c *compareView) onTopicSelected(id string) {
	if c.onAction != nil {
		c.onAction()
	}
	if id != c.topic || c.side.topic == nil || c.side.topic.ID != id {
		c.topic = id
		c.side.show(c.selected())
	}
	c.tabs.Select(c.sideTab)
}

// showTab brings one view to the front: "topics" (side by side),
// "positions", "differences" or "search". Unknown names are ignored.
func (c *compareView) showTab(name string) {
	switch name {
	case tabTopics:
		c.tabs.Select(c.sideTab)
	case tabPositions:
		c.tabs.Select(c.positionsTab)
	case tabDifferences:
		c.tabs.Select(c.differencesTab)
	case tabSearch:
		c.tabs.Select(c.searchTab)
	}
}

// focusSearch shows the search tab and puts the cursor in its box.
func (c *compareView) focusSearch() {
	c.showTab(tabSearch)
	if w := c.h.window(); w != nil {
		w.Canvas().Focus(c.search.entry)
	}
}

// briefName returns the column name of brief id in the current result (its
// short name, told apart from briefs that share it), or the ID itself when
// the brief is unknown.
func (c *compareView) briefName(id string) string {
	if n, ok := c.names[id]; ok {
		return n
	}
	if c.res != nil {
		if b := c.res.Brief(id); b != nil {
			return b.ShortName()
		}
	}
	return id
}

// topicLabel returns the label of topic id, or the ID when it is unknown.
func (c *compareView) topicLabel(id string) string {
	if c.res != nil {
		if t := c.res.Topic(id); t != nil {
			return t.Label
		}
	}
	return id
}

// fitList is a virtualised list whose rows are as tall as their wrapped
// text needs at the list's width. widget.List gives every row the template's
// height unless told otherwise, so fitList measures each row with a scratch
// item and builds a list with those heights; when the width changes it
// measures again and keeps the scroll position.
type fitList struct {
	widget.BaseWidget

	length func() int
	create func() fyne.CanvasObject
	// fill puts row id's data into o and refreshes o's widgets; fitList
	// lays o out afterwards, once the widgets know their new sizes.
	fill     func(id widget.ListItemID, o fyne.CanvasObject)
	onSelect func(id widget.ListItemID) // nil for lists without selection
	// onShow, when set, runs after fill for rows the list shows (not for
	// the scratch row that measures heights).
	onShow func(o fyne.CanvasObject)
	// onBuild, when set, runs before each new widget.List is built (the
	// rows of the old one are then no longer shown).
	onBuild func()

	list     *widget.List
	width    float32
	selected widget.ListItemID // -1 when nothing is selected
	quiet    bool              // true while re-selecting after a rebuild

	// reuse, when set, hands the rows of the previous list (and the scratch
	// row) to the next one instead of creating new ones: they keep their
	// width, so filling them measures their wrapped text once, at the right
	// width. Call dropRows when rows made by create no longer fit the data.
	reuse   bool
	made    []fyne.CanvasObject // rows created for the current list
	spare   []fyne.CanvasObject // rows of earlier lists, for the next one
	scratch fyne.CanvasObject
	heights []float32 // measured row heights of the current list

	// key, when set, names the data the rows show ("" for data not to
	// remember): the heights measured for a key and width are kept, so
	// showing the same data again at the same width measures nothing.
	// Call forget when the data behind the keys changes.
	key   func() string
	known map[heightsKey]knownHeights

	// lazy, when set, measures on a new list only the rows of the first
	// two screens and gives the rest the mean measured height; measure
	// measures them all before anything scrolls there (scrollToTop, a
	// kept offset, the view's wheel) or, once a row with an estimated
	// height is shown, on the next turn of the event loop. A topic of many
	// long passages then shows without wrapping every passage first.
	lazy       bool
	exact      int     // rows [0, exact) of the current list have measured heights
	measuredAt float32 // the width the current list's rows were measured at
	filling    bool    // inside the list's update of a row
}

// heightsKey names the row heights of some data at a width.
type heightsKey struct {
	key   string
	width float32
}

// knownHeights are a list's remembered row heights, of which the first
// exact are measured (the rest estimated, for a lazy list).
type knownHeights struct {
	heights []float32
	exact   int
}

// forget drops the remembered row heights.
func (f *fitList) forget() { f.known = nil }

func newFitList(length func() int, create func() fyne.CanvasObject, fill func(widget.ListItemID, fyne.CanvasObject)) *fitList {
	f := &fitList{length: length, create: create, fill: fill, selected: -1}
	f.ExtendBaseWidget(f)
	f.list = f.build(0)
	return f
}

// build makes a widget.List with row heights measured at width (none when
// width is 0). Measuring only fills a scratch row and asks its minimum size:
// wrapped text computes its lines once, at the width it already has.
func (f *fitList) build(width float32) *widget.List {
	if f.onBuild != nil {
		f.onBuild()
	}
	if f.reuse {
		f.spare = append(f.spare, f.made...)
		f.made = nil
	}
	l := widget.NewList(f.length, f.newRow, func(id widget.ListItemID, o fyne.CanvasObject) {
		f.fill(id, o)
		if f.onShow != nil {
			f.onShow(o)
		}
		layouts.Tree(o)
		canvas.Refresh(o)
		if f.lazy && id >= f.exact && id < len(f.heights) {
			// A row with an estimated height came into view: measure every
			// row once the list's update is over (widget.List must not be
			// refreshed from inside it).
			f.filling = true
			fyne.Do(f.measure)
			f.filling = false
		}
	})
	l.OnSelected = func(id widget.ListItemID) {
		f.selected = id
		if f.onSelect != nil && !f.quiet {
			f.onSelect(id)
		}
	}
	l.OnUnselected = func(id widget.ListItemID) {
		if f.selected == id {
			f.selected = -1
		}
	}
	if width <= 0 {
		return l
	}
	n := f.length()
	if n == 0 {
		return l
	}
	// Rows share their column layout (a grid of cells, or a fixed-width
	// badge beside wrapped text), so the scratch row is laid out once, with
	// the first row's content, and then only refilled.
	scratch := f.scratch
	if scratch == nil {
		scratch = f.create()
		if f.reuse {
			f.scratch = scratch
		}
	}
	hk := heightsKey{width: width}
	if f.key != nil {
		hk.key = f.key()
	}
	f.measuredAt = width
	if kh, ok := f.known[hk]; ok && hk.key != "" && len(kh.heights) == n && (f.lazy || kh.exact == n) {
		f.heights = append(f.heights[:0], kh.heights...)
		f.exact = kh.exact
		for id, h := range kh.heights {
			l.SetItemHeight(id, h)
		}
		return l
	}
	scratch.Resize(fyne.NewSize(width, scratch.MinSize().Height))
	f.heights = f.heights[:0]
	// A lazy list measures the first two screens; the rest waits (measure).
	screens := float32(-1)
	if f.lazy && f.Size().Height > 0 {
		screens = 2 * f.Size().Height
	}
	total := float32(0)
	for id := range n {
		if screens >= 0 && total > screens {
			break
		}
		f.fill(id, scratch)
		if id == 0 {
			layouts.Tree(scratch)
		}
		h := scratch.MinSize().Height
		f.heights = append(f.heights, h)
		total += h + theme.Padding()
		l.SetItemHeight(id, h)
	}
	f.exact = len(f.heights)
	if f.exact < n {
		mean := total/float32(f.exact) - theme.Padding()
		for id := f.exact; id < n; id++ {
			f.heights = append(f.heights, mean)
			l.SetItemHeight(id, mean)
		}
	}
	if hk.key != "" {
		if f.known == nil {
			f.known = map[heightsKey]knownHeights{}
		}
		f.known[hk] = knownHeights{slices.Clone(f.heights), f.exact}
	}
	return l
}

// measure measures the rows a lazy list has only estimated and builds the
// list again with their heights, keeping the scroll position. It does
// nothing when every row is measured, or inside the list's update of a row.
func (f *fitList) measure() {
	if f.filling || f.exact >= len(f.heights) || f.measuredAt <= 0 {
		return
	}
	offset := f.list.GetScrollOffset()
	sel := f.selected
	lazy := f.lazy
	f.lazy = false
	f.list = f.build(f.measuredAt)
	f.lazy = lazy
	f.Refresh()
	f.list.ScrollToOffset(offset)
	if sel >= 0 {
		f.selectRow(sel)
	}
}

// scrollToTop scrolls so that row id starts at the top of the list (as far
// as the list scrolls), where widget.List.ScrollTo would show a tall row's
// bottom when it comes from above.
func (f *fitList) scrollToTop(id widget.ListItemID) {
	f.measure()
	if id < 0 || id >= len(f.heights) {
		f.list.ScrollTo(id)
		return
	}
	y := float32(0)
	for _, h := range f.heights[:id] {
		y += h + theme.Padding() // widget.List puts a separator's padding between rows
	}
	f.list.ScrollToOffset(y)
}

// newRow hands the list a row: a spare one from an earlier list when rows
// are reused, otherwise a new one.
func (f *fitList) newRow() fyne.CanvasObject {
	if !f.reuse {
		return f.create()
	}
	var o fyne.CanvasObject
	if n := len(f.spare); n > 0 {
		o = f.spare[n-1]
		f.spare = f.spare[:n-1]
	} else {
		o = f.create()
	}
	f.made = append(f.made, o)
	return o
}

// dropRows forgets the rows kept for reuse, e.g. when the number of columns
// they were made for changes. The current list keeps its own.
func (f *fitList) dropRows() {
	f.made, f.spare, f.scratch = nil, nil, nil
}

// reload measures the rows again after the data changed and scrolls to the
// top. The selection is cleared.
func (f *fitList) reload() {
	f.selected = -1
	f.list = f.build(f.width)
	f.Refresh()
}

// reloadKeepOffset measures the rows again and keeps the scroll position,
// for new data about the same thing (e.g. the topic after an edit).
func (f *fitList) reloadKeepOffset() {
	offset := f.list.GetScrollOffset()
	f.reload()
	if offset > 0 {
		f.measure()
	}
	f.list.ScrollToOffset(offset)
}

// selectRow selects row id without calling onSelect.
func (f *fitList) selectRow(id widget.ListItemID) {
	f.quiet = true
	f.list.Select(id)
	f.quiet = false
}

// unselect clears the selection without calling onSelect.
func (f *fitList) unselect() {
	f.list.UnselectAll()
	f.selected = -1
}

func (f *fitList) CreateRenderer() fyne.WidgetRenderer {
	return &fitListRenderer{f: f}
}

type fitListRenderer struct{ f *fitList }

func (r *fitListRenderer) Layout(size fyne.Size) {
	f := r.f
	if size.Width != f.width && size.Width > 0 {
		offset := f.list.GetScrollOffset()
		sel := f.selected
		f.width = size.Width
		f.list = f.build(size.Width)
		f.list.Resize(size)
		if offset > 0 {
			f.measure()
		}
		f.list.ScrollToOffset(offset)
		if sel >= 0 {
			f.selectRow(sel)
		}
		return
	}
	f.list.Resize(size)
}

// MinSize is at most a few rows tall: the list scrolls, and a tall row
// (widget.List takes its minimum from a row it made) must not make the
// window grow.
func (r *fitListRenderer) MinSize() fyne.Size {
	m := r.f.list.MinSize()
	return fyne.NewSize(m.Width, fyne.Min(m.Height, fitListMinHeight))
}

// fitListMinHeight caps a fitList's minimum height.
const fitListMinHeight = 120

func (r *fitListRenderer) Refresh() {
	r.f.list.Resize(r.f.Size())
	r.f.list.Refresh()
}

func (r *fitListRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.f.list} }

func (r *fitListRenderer) Destroy() {}

// layoutSpacer fills the free space in a box.
func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }
