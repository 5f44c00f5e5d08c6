package app

import (
	"encoding/json"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"briefbench/brief"
	"briefbench/compare"
)

// fakeHost stands in for the workbench: it applies edits to its own Edits,
// records what was opened in context and, like the workbench, hands a
// result back to the views after each edit.
type fakeHost struct {
	win    fyne.Window
	bs     []*brief.Brief
	edits  compare.Edits
	nEdits int
	opened []passageKey
	res    *compare.Result
	view   *compareView
}

func (h *fakeHost) edit(change func(e *compare.Edits)) {
	change(&h.edits)
	h.nEdits++
	if h.view != nil {
		h.view.setResult(h.res)
	}
}

func (h *fakeHost) openInContext(id string, paragraph int) {
	h.opened = append(h.opened, passageKey{id, paragraph})
}

func (h *fakeHost) briefs() []*brief.Brief { return h.bs }
func (h *fakeHost) window() fyne.Window    { return h.win }

// loadResult reads the test comparison: four fictional briefs on US–South
// Korea defense-industrial cooperation.
func loadResult(t testing.TB) *compare.Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "views_result.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r compare.Result
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// briefsOf rebuilds the briefs' full text from the result's passages: every
// passage's paragraph at its index, a heading before the first one, and
// short filler paragraphs elsewhere.
func briefsOf(r *compare.Result) []*brief.Brief {
	var out []*brief.Brief
	for _, rb := range r.Briefs {
		b := *rb
		texts := map[int]compare.Passage{}
		last := 0
		for _, t := range r.Topics {
			for _, p := range t.Passages {
				if p.Brief == b.ID {
					texts[p.Paragraph] = p
					last = max(last, p.Paragraph)
				}
			}
		}
		b.Paragraphs = make([]brief.Paragraph, last+1)
		for i := range b.Paragraphs {
			p := brief.Paragraph{Index: i, Kind: brief.Body, Text: "The alliance keeps adjusting to a changing region."}
			if i == 0 {
				p.Kind, p.Text, p.Level = brief.Heading, b.Title, 1
			}
			if ps, ok := texts[i]; ok {
				p.Text, p.Page, p.Section = ps.Text, ps.Page, ps.Section
			}
			b.Paragraphs[i] = p
		}
		out = append(out, &b)
	}
	return out
}

// newTestView builds the compare views on the test comparison in a test
// window of the given size.
func newTestView(t *testing.T, size fyne.Size) (*compareView, *fakeHost) {
	t.Helper()
	test.NewTempApp(t)
	r := loadResult(t)
	h := &fakeHost{bs: briefsOf(r), res: r}
	c := newCompareView(h)
	h.view = c
	h.win = test.NewTempWindow(t, c.buildUI())
	h.win.Resize(size)
	c.setResult(r)
	return c, h
}

// capture writes the window as PNG into $BRIEFBENCH_CAPTURE_DIR when set,
// so a person can look at the views.
func capture(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	dir := os.Getenv("BRIEFBENCH_CAPTURE_DIR")
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

func TestCompareViewSetResult(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	if c.topic != "burden-sharing" {
		t.Errorf("selected topic = %q, want the first, burden-sharing", c.topic)
	}
	if !c.empty.Hidden || c.main.Hidden {
		t.Error("empty state shown with a result")
	}
	if got := len(c.topics.shown); got != 7 {
		t.Errorf("topics listed = %d, want 7", got)
	}
	if got := c.side.rowCount(); got != 1 {
		t.Errorf("rows of burden-sharing = %d, want 1", got)
	}

	c.selectTopic("shipbuilding")
	r := c.res
	c.setResult(r)
	if c.topic != "shipbuilding" {
		t.Errorf("after a new result the topic = %q, want shipbuilding kept", c.topic)
	}
	c.setResult(nil)
	if c.empty.Hidden || !c.main.Hidden {
		t.Error("no empty state without a result")
	}
}

func TestCompareViewTabs(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	for _, tc := range []struct {
		name string
		want string
	}{
		{tabPositions, "Positions"},
		{tabDifferences, "Differences"},
		{tabSearch, "Search"},
		{tabTopics, "Side by side"},
		{"unknown", "Side by side"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c.showTab(tc.name)
			if got := c.tabs.Selected().Text; got != tc.want {
				t.Errorf("showTab(%q) shows %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

func TestCompareViewFocusSearch(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.focusSearch()
	if c.tabs.Selected() != c.searchTab {
		t.Error("search tab not shown")
	}
	if h.win.Canvas().Focused() != c.search.entry {
		t.Error("search box not focused")
	}
}

func TestCompareViewMarkup(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("industrial-cooperation")
	test.AssertRendersToMarkup(t, "views_side.xml", h.win.Canvas())

	c.showTab(tabPositions)
	c.positions.onBriefSelected("self-reliance-vs-integration", "ansan")
	test.AssertRendersToMarkup(t, "views_positions.xml", h.win.Canvas())

	c.showTab(tabDifferences)
	test.AssertRendersToMarkup(t, "views_differences.xml", h.win.Canvas())

	test.Type(c.search.entry, "korean yards")
	c.showTab(tabSearch)
	test.AssertRendersToMarkup(t, "views_search.xml", h.win.Canvas())
}

func TestCompareViewThemes(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	test.Type(c.search.entry, "korean yards")
	c.positions.onBriefSelected("self-reliance-vs-integration", "ansan")
	var conflict [2]color.Color
	for i, th := range []struct {
		name  string
		theme fyne.Theme
	}{
		{"light", variantTheme{theme.DefaultTheme(), theme.VariantLight}},
		{"dark", variantTheme{theme.DefaultTheme(), theme.VariantDark}},
	} {
		test.ApplyTheme(t, newHighlightTheme(th.theme))
		conflict[i] = newHighlightTheme(nil).Color(colorConflict, theme.VariantLight)
		for _, tab := range []string{tabTopics, tabPositions, tabDifferences, tabSearch} {
			c.selectTopic("industrial-cooperation")
			c.showTab(tab)
			capture(t, h.win, tab+"-"+th.name+".png")
		}
	}
	if conflict[0] == conflict[1] {
		t.Error("the conflict colour does not follow the light and dark themes")
	}
}

// variantTheme is the default theme held to one variant, as a system set
// to light or dark would give it.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// TestViewCaptureResult draws the views on any comparison JSON named by
// $BRIEFBENCH_VIEWS_RESULT (e.g. from `briefbench compare --out`) into
// $BRIEFBENCH_CAPTURE_DIR, to look at real engine output.
func TestViewCaptureResult(t *testing.T) {
	path := os.Getenv("BRIEFBENCH_VIEWS_RESULT")
	if path == "" || os.Getenv("BRIEFBENCH_CAPTURE_DIR") == "" {
		t.Skip("set BRIEFBENCH_VIEWS_RESULT and BRIEFBENCH_CAPTURE_DIR")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r compare.Result
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	h := &fakeHost{bs: briefsOf(&r), res: &r}
	c := newCompareView(h)
	h.view = c
	h.win = test.NewTempWindow(t, c.buildUI())
	h.win.Resize(fyne.NewSize(1280, 800))
	test.ApplyTheme(t, newHighlightTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight}))
	c.setResult(&r)
	for _, tab := range []string{tabTopics, tabPositions, tabDifferences} {
		c.showTab(tab)
		if tab == tabPositions && len(r.Axes) > 0 {
			for id := range r.Axes[0].Positions {
				c.positions.onBriefSelected(r.Axes[0].ID, id)
				break
			}
		}
		capture(t, h.win, "result-"+tab+".png")
	}
}
