package app

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/present"
)

// fakeEngine stands in for compare.Run: it records what it was given and
// returns one topic holding the first paragraph of every brief.
type fakeEngine struct {
	runs  int
	ids   [][]string
	edits []compare.Edits
	err   error
	// warnings are given as the result's Warnings.
	warnings []string
	// unassigned are given as the result's Unassigned passages.
	unassigned []compare.Passage
}

func (f *fakeEngine) run(_ context.Context, bs []*brief.Brief, opts compare.Options) (*compare.Result, error) {
	f.runs++
	var ids []string
	for _, b := range bs {
		ids = append(ids, b.ID)
	}
	f.ids = append(f.ids, ids)
	f.edits = append(f.edits, opts.Edits)
	if f.err != nil {
		return nil, f.err
	}
	res := &compare.Result{Schema: compare.Schema, Taxonomy: opts.TaxonomyName, Warnings: f.warnings, Unassigned: f.unassigned}
	t := compare.Topic{ID: "burden-sharing", Label: "Burden sharing", Origin: compare.FromTaxonomy, Coverage: map[string]float64{}}
	for _, b := range bs {
		rec := *b
		rec.Paragraphs = nil
		res.Briefs = append(res.Briefs, &rec)
		if len(b.Paragraphs) > 0 {
			t.Passages = append(t.Passages, compare.Passage{Brief: b.ID, Paragraph: 0, Text: b.Paragraphs[0].Text})
		}
	}
	if n, ok := opts.Edits.Notes[t.ID]; ok {
		t.Note = n
	}
	res.Topics = []compare.Topic{t}
	return res, nil
}

func testBriefs() []*brief.Brief {
	mk := func(id, title, org, date, format string, paras ...string) *brief.Brief {
		b := &brief.Brief{
			ID: id, Title: title, Organization: org, Published: date,
			Source: brief.Source{Path: "/briefs/" + id + "." + format, Format: format, SHA256: "sum-" + id},
		}
		for i, p := range paras {
			b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: i, Kind: brief.Body, Text: p})
		}
		b.Words = brief.CountWords(b.Paragraphs)
		return b
	}
	a := mk("meridian", "Sharing the Burden", "Meridian Institute", "2025-09-15", "pdf",
		"Allies should spend 3 percent of GDP on defense by 2030.",
		"Basing arrangements need a review.",
		"Deterrence rests on credible forward forces.")
	a.Dropped = []brief.Dropped{
		{Text: "Related Articles: more from Meridian", Reason: brief.RelatedLinks, After: 0},
		{Text: "© Meridian Institute", Reason: brief.Disclaimer, After: 2},
	}
	b := mk("harbor", "Harbor View on Alliances", "Harbor Forum", "", "docx",
		"Spending 2 percent of GDP is enough.",
		"Co-production of munitions matters more.")
	c := mk("pasted", "", "", "2024-01-02", "paste",
		"A pasted note on shipbuilding.")
	c.Source.Path = "Pasted text 3"
	return []*brief.Brief{a, b, c}
}

// testNow is the tests' clock: when briefs enter the workspace.
var testNow = time.Date(2026, 3, 2, 9, 30, 15, 0, time.UTC)

// newTestWorkbench makes a workbench in a test window with a synchronous
// runner and a fake engine, holding the test briefs.
func newTestWorkbench(t *testing.T, withBriefs bool) (*workbench, *fakeEngine) {
	t.Helper()
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	w := newWorkbench(a, win, syncRunner, t.TempDir())
	eng := &fakeEngine{}
	w.runCompare = eng.run
	w.now = func() time.Time { return testNow }
	w.ask = func(string, string, func(bool)) { t.Fatal("unexpected question") }
	w.askSave = func(func(saveChoice)) { t.Fatal("unexpected save question") }
	win.SetContent(w.buildUI())
	win.Resize(fyne.NewSize(1280, 800))
	if withBriefs {
		w.addBriefs(testBriefs())
		w.dirty = false
	}
	return w, eng
}

func TestLibrary(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	if got := len(w.ws.Briefs); got != 3 {
		t.Fatalf("briefs = %d, want 3", got)
	}
	if eng.runs != 1 || len(w.result.Briefs) != 3 {
		t.Fatalf("runs = %d, result briefs = %d; want 1 run over 3", eng.runs, len(w.result.Briefs))
	}
	assertMarkup(t, "shell/library.xml", w.library.content, 480, 420)
}

func TestLibraryEmpty(t *testing.T) {
	w, eng := newTestWorkbench(t, false)
	w.recompare()
	if eng.runs != 0 {
		t.Errorf("engine ran %d times without briefs", eng.runs)
	}
	if w.result == nil || len(w.result.Briefs) != 0 {
		t.Errorf("want an empty result, got %+v", w.result)
	}
	if !w.library.empty.Visible() {
		t.Error("empty-state help hidden")
	}
	assertMarkup(t, "shell/library_empty.xml", w.library.content, 480, 300)
}

func TestLibraryIncludeReorderRemove(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	// Untick the second brief.
	w.include("harbor", false)
	if got := strings.Join(eng.ids[len(eng.ids)-1], ","); got != "meridian,pasted" {
		t.Errorf("compared %s, want meridian,pasted", got)
	}
	if !w.dirty {
		t.Error("excluding a brief did not mark the workspace dirty")
	}
	w.include("harbor", true)
	w.moveBrief("pasted", -1)
	if got := strings.Join(eng.ids[len(eng.ids)-1], ","); got != "meridian,pasted,harbor" {
		t.Errorf("after move up compared %s", got)
	}
	w.moveBrief("meridian", -1) // already first: no change
	if eng.runs != 4 {
		t.Errorf("runs = %d, want 4", eng.runs)
	}
	w.ask = func(_, _ string, answer func(bool)) { answer(true) }
	w.library.onRemove("pasted")
	if len(w.ws.Briefs) != 2 || w.brief("pasted") != nil {
		t.Errorf("remove left %d briefs", len(w.ws.Briefs))
	}
}

func TestLibraryRowCheckbox(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	row := w.library.newRow().(*libraryRow)
	w.library.updateRow(1, row)
	if !row.include.Checked {
		t.Fatal("included brief shown unticked")
	}
	test.Tap(row.include)
	if !w.ws.IsExcluded("harbor") {
		t.Error("tapping the checkbox did not exclude the brief")
	}
	test.Tap(row.down)
	if w.ws.Briefs[2].ID != "harbor" {
		t.Errorf("move down: order %s, %s, %s", w.ws.Briefs[0].ID, w.ws.Briefs[1].ID, w.ws.Briefs[2].ID)
	}
	if got := eng.ids[len(eng.ids)-1]; len(got) != 2 {
		t.Errorf("compared %v, want two briefs", got)
	}
}

func TestDetailEditMetadata(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	w.tabs.Select(w.libTab)
	w.library.list.list.Select(1)
	d := w.detail
	if d.b == nil || d.b.ID != "harbor" {
		t.Fatalf("detail shows %v, want harbor", d.b)
	}
	d.title.SetText("")
	test.Type(d.title, "Harbor Forum: Alliances at Sea")
	d.date.SetText("2025-11-19")
	d.authors.SetText("Jane Doe, , John Roe ")
	test.Tap(d.apply)
	b := w.brief("harbor")
	if b.Title != "Harbor Forum: Alliances at Sea" || b.Published != "2025-11-19" {
		t.Errorf("title %q date %q", b.Title, b.Published)
	}
	if strings.Join(b.Authors, "|") != "Jane Doe|John Roe" {
		t.Errorf("authors %q", b.Authors)
	}
	if !w.dirty || eng.runs != 2 {
		t.Errorf("dirty %v runs %d", w.dirty, eng.runs)
	}
	if w.result.Brief("harbor").Title != b.Title {
		t.Error("new title not in the comparison")
	}
	assertMarkup(t, "shell/detail.xml", d.content, 760, 640)
}

func TestDetailRejectsBadDate(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	w.detail.show(w.brief("meridian"), -1)
	w.detail.date.SetText("15/09/2025")
	test.Tap(w.detail.apply)
	if w.brief("meridian").Published != "2025-09-15" || eng.runs != 1 {
		t.Error("a bad date was applied")
	}
	if w.status.label.Importance != widget.DangerImportance {
		t.Error("no error shown")
	}
}

func TestDetailRestoreDropped(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	w.ws.Edits.Moves = []compare.Move{
		{Brief: "meridian", Paragraph: 0, To: "a"},
		{Brief: "meridian", Paragraph: 2, To: "b"},
		{Brief: "harbor", Paragraph: 1, To: "c"},
	}
	w.detail.show(w.brief("meridian"), -1)
	if len(w.detail.restores) != 2 {
		t.Fatalf("%d restore buttons, want 2", len(w.detail.restores))
	}
	test.Tap(w.detail.restores[0])
	b := w.brief("meridian")
	if len(b.Dropped) != 1 || len(b.Paragraphs) != 4 || b.Paragraphs[1].Text != "Related Articles: more from Meridian" {
		t.Fatalf("after restore: %d dropped, paragraphs %v", len(b.Dropped), b.Paragraphs)
	}
	if len(w.detail.views) != 4 || len(w.detail.restores) != 1 {
		t.Errorf("detail not rebuilt: %d paragraphs, %d restores", len(w.detail.views), len(w.detail.restores))
	}
	if got := w.ws.Edits.Moves; got[0].Paragraph != 0 || got[1].Paragraph != 3 || got[2].Paragraph != 1 {
		t.Errorf("edits not renumbered after the restore: %+v", got)
	}
	if eng.runs != 2 || !w.dirty {
		t.Errorf("runs %d dirty %v", eng.runs, w.dirty)
	}
	assertMarkup(t, "shell/detail_dropped.xml", w.detail.content, 760, 640)
}

func TestOpenInContext(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.openInContext("meridian", 2)
	if w.tabs.Selected() != w.libTab {
		t.Error("library tab not shown")
	}
	if w.detail.b == nil || w.detail.b.ID != "meridian" || w.detail.focus != 2 {
		t.Fatalf("detail %v focus %d", w.detail.b, w.detail.focus)
	}
	if !w.detail.views[2].bg.Visible() || w.detail.views[0].bg.Visible() {
		t.Error("wrong paragraph highlighted")
	}
	if got := w.detail.views[0].tags.Text; got != "¶1 · Burden sharing" {
		t.Errorf("topic tags %q", got)
	}
	w.openInContext("nobody", 0) // unknown brief: ignored
}

// TestUnassignedInLibrary: passages no topic fits are tagged in the full
// text, listed on their own tab with a way to show each in the text, and
// counted in the brief's Library row.
func TestUnassignedInLibrary(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	eng.unassigned = []compare.Passage{{Brief: "meridian", Paragraph: 2, Text: "Deterrence rests on credible forward forces."}}
	w.recompare()
	w.openInContext("meridian", -1)
	d := w.detail
	if got := d.views[2].tags.Text; got != "¶3 · "+present.Unassigned {
		t.Errorf("unassigned paragraph tagged %q", got)
	}
	if got := d.views[1].tags.Text; got != "¶2" {
		t.Errorf("paragraph outside every passage tagged %q", got)
	}
	if d.unassignedTab.Text != "Unassigned (1)" {
		t.Errorf("tab %q, want Unassigned (1)", d.unassignedTab.Text)
	}
	var show *widget.Button
	var find func(o fyne.CanvasObject)
	find = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Button:
			if o.Text == "Show in text" {
				show = o
			}
		case *fyne.Container:
			for _, c := range o.Objects {
				find(c)
			}
		}
	}
	find(d.unassigned)
	if show == nil {
		t.Fatal("no Show in text button on the Unassigned tab")
	}
	d.tabs.Select(d.unassignedTab)
	test.Tap(show)
	if d.tabs.Selected() != d.textTab || !d.views[2].bg.Visible() {
		t.Error("Show in text did not open the paragraph in the full text")
	}
	row := w.library.newRow()
	w.library.updateRow(0, row)
	if got := richString(row.(*libraryRow).meta); !strings.Contains(got, "1 passage unassigned") {
		t.Errorf("library row %q does not count the unassigned passage", got)
	}
	eng.unassigned = nil
	w.recompare()
	if d.unassignedTab.Text != "Unassigned (0)" || d.views[2].tags.Text != "¶3" {
		t.Errorf("after a comparison with none: tab %q, tag %q", d.unassignedTab.Text, d.views[2].tags.Text)
	}
}

func TestEditsSurviveRecompare(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	w.edit(func(e *compare.Edits) {
		if e.Notes == nil {
			e.Notes = map[string]string{}
		}
		e.Notes["burden-sharing"] = "Check the 2 vs 3 percent figures."
	})
	w.recompare()
	last := eng.edits[len(eng.edits)-1]
	if last.Notes["burden-sharing"] != "Check the 2 vs 3 percent figures." {
		t.Errorf("edits not passed on re-run: %+v", last)
	}
	if w.result.Topics[0].Note == "" {
		t.Error("note missing from the result")
	}
	// The engine gets a copy: changing it does not change the workspace.
	last.Notes["burden-sharing"] = "changed"
	if w.ws.Edits.Notes["burden-sharing"] == "changed" {
		t.Error("engine shares the workspace's edits")
	}
}

func TestCompareFailureShown(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	eng.err = errors.New("engine exploded")
	var failed error
	w.onFail = func(err error) { failed = err }
	w.recompare()
	if w.status.label.Importance != widget.DangerImportance || !strings.Contains(w.status.label.Text, "engine exploded") {
		t.Errorf("status %q", w.status.label.Text)
	}
	if failed == nil {
		t.Error("onFail not called")
	}
}

func TestQuitAsksAboutUnsavedChanges(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.changed()
	if _, err := os.Stat(w.recoveryPath()); err != nil {
		t.Fatalf("no autosave: %v", err)
	}
	asked := 0
	w.askSave = func(answer func(saveChoice)) { asked++; answer(choiceCancel) }
	w.onQuit()
	if asked != 1 || !w.dirty {
		t.Fatalf("asked %d dirty %v", asked, w.dirty)
	}
	if _, err := os.Stat(w.recoveryPath()); err != nil {
		t.Error("cancelling quit removed the autosave")
	}
	w.askSave = func(answer func(saveChoice)) { asked++; answer(choiceDiscard) }
	w.onQuit()
	if _, err := os.Stat(w.recoveryPath()); !os.IsNotExist(err) {
		t.Error("discarding kept the autosave")
	}
}

func TestShortcutsAndMenu(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	m := w.menu()
	var names []string
	for _, menu := range m.Items {
		names = append(names, menu.Label)
	}
	if strings.Join(names, ",") != "File,Edit,View,Help" {
		t.Errorf("menus %v", names)
	}
	w.win.SetMainMenu(m)
	w.addRecent("/tmp/a.briefbench")
	w.addRecent("/tmp/b.briefbench")
	w.addRecent("/tmp/a.briefbench")
	if got := w.recent(); strings.Join(got, ",") != "/tmp/a.briefbench,/tmp/b.briefbench" {
		t.Errorf("recent %v", got)
	}
	w.addShortcuts()
	w.onSearch()
	if w.tabs.Selected() != w.cmpTab {
		t.Error("search did not show the compare views")
	}

	// Shortcuts wait while a dialog is open.
	sh, ok := w.win.Canvas().(fyne.Shortcutable)
	if !ok {
		t.Fatal("the test canvas takes no shortcuts")
	}
	w.tabs.Select(w.libTab)
	w.views.showRenameDialog()
	sh.TypedShortcut(shortcut(fyne.KeyF))
	if w.tabs.Selected() != w.libTab {
		t.Error("Ctrl+F acted over an open dialog")
	}
	w.win.Canvas().Overlays().Top().Hide()
	w.win.Canvas().Overlays().Remove(w.win.Canvas().Overlays().Top())
	sh.TypedShortcut(shortcut(fyne.KeyF))
	if w.tabs.Selected() != w.cmpTab {
		t.Error("Ctrl+F did nothing once the dialog closed")
	}
}

func TestParseArgs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		args  []string
		ok    bool
		out   string
		size  fyne.Size
		theme string
	}{
		{"none", nil, true, "", fyne.NewSize(1280, 800), ""},
		{"capture", []string{"--capture", "x.png", "--size", "1600x1000", "--view", "positions", "a.pdf"}, true, "x.png", fyne.NewSize(1600, 1000), ""},
		{"light", []string{"--capture", "x.png", "--light"}, true, "x.png", fyne.NewSize(1280, 800), "light"},
		{"dark", []string{"--dark", "a.md"}, true, "", fyne.NewSize(1280, 800), "dark"},
		{"light and dark", []string{"--light", "--dark"}, false, "", fyne.Size{}, ""},
		{"bad size", []string{"--size", "big"}, false, "", fyne.Size{}, ""},
		{"bad view", []string{"--capture", "x.png", "--view", "charts"}, false, "", fyne.Size{}, ""},
		{"topic without capture", []string{"--topic", "t"}, false, "", fyne.Size{}, ""},
		{"evidence", []string{"--capture", "x.png", "--view", "positions", "--evidence", "ax:b1"}, true, "x.png", fyne.NewSize(1280, 800), ""},
		{"evidence outside positions", []string{"--capture", "x.png", "--evidence", "ax:b1"}, false, "", fyne.Size{}, ""},
		{"evidence without a brief", []string{"--capture", "x.png", "--view", "positions", "--evidence", "ax"}, false, "", fyne.Size{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseArgs(tc.args, &strings.Builder{})
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v", err)
			}
			if tc.ok && (c.capture.out != tc.out || c.capture.size != tc.size || c.theme != tc.theme) {
				t.Errorf("got %+v, theme %q", c.capture, c.theme)
			}
		})
	}
}

func TestCaptureWritesPNG(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	w.win.Resize(fyne.NewSize(640, 400))
	out := filepath.Join(t.TempDir(), "shot.png")
	var done []error
	w.startCapture(captureOptions{out: out, view: "positions", topic: "burden-sharing"}, func(err error) { done = append(done, err) }, io.Discard)
	w.addBriefs(testBriefs())
	if len(done) != 1 || done[0] != nil {
		t.Fatalf("capture finished with %v", done)
	}
	data, err := os.ReadFile(out)
	if err != nil || len(data) < 100 || string(data[1:4]) != "PNG" {
		t.Fatalf("capture file: %v (%d bytes)", err, len(data))
	}
}

func TestCaptureUnknownTopic(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	var done []error
	w.startCapture(captureOptions{out: filepath.Join(t.TempDir(), "x.png"), topic: "nope"}, func(err error) { done = append(done, err) }, io.Discard)
	w.addBriefs(testBriefs())
	if len(done) != 1 || done[0] == nil || !strings.Contains(done[0].Error(), "burden-sharing") {
		t.Fatalf("want an error naming the topics, got %v", done)
	}
}

// assertMarkup compares o, laid out at width x height, with a markup golden
// under testdata/.
func assertMarkup(t *testing.T, name string, o fyne.CanvasObject, width, height float32) {
	t.Helper()
	o.Resize(fyne.NewSize(width, height))
	test.AssertObjectRendersToMarkup(t, name, o)
}

func TestTaskCancel(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	applied := false
	w.task("Importing", func(ctx context.Context, p progressFunc) (func(), string, error) {
		p(0.5, "half way")
		if w.status.bar.Value != 0.5 || !w.status.cancel.Visible() {
			t.Errorf("progress not shown: %v", w.status.bar.Value)
		}
		test.Tap(w.status.cancel) // the user cancels mid-way
		<-ctx.Done()
		return func() { applied = true }, "", ctx.Err()
	})
	if w.status.label.Text != "Importing: cancelled" || w.status.cancel.Visible() || w.status.bar.Visible() {
		t.Errorf("status %q", w.status.label.Text)
	}
	if !applied {
		t.Error("partial result not applied")
	}
}

// TestWindowDoesNotGrow walks the bundled samples (real engine) through
// every topic, view and the Library's detail: the window's minimum size
// must stay small enough for a 1024x768 laptop screen, or the window grows
// by itself and its bottom falls off the screen.
func TestWindowDoesNotGrow(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	w.runCompare = compare.Run
	w.loadSamples()
	if w.result == nil || len(w.result.Topics) == 0 {
		t.Fatal("samples not compared")
	}
	limit := fyne.NewSize(1000, 640)
	check := func(what string) {
		t.Helper()
		if m := w.win.Content().MinSize(); m.Width > limit.Width || m.Height > limit.Height {
			t.Errorf("%s: window minimum %v, over %v", what, m, limit)
		}
	}
	for _, tp := range w.result.Topics {
		w.views.selectTopic(tp.ID)
		check("topic " + tp.ID)
	}
	for _, tab := range []string{tabPositions, tabDifferences, tabSearch} {
		w.views.showTab(tab)
		check("tab " + tab)
	}
	w.views.search.onSearch("shipyards")
	check("search hits")
	for i := range w.result.Differences {
		w.views.onDifferenceSelected(&w.result.Differences[i])
		check("jump to difference " + w.result.Differences[i].Topic)
	}
	w.tabs.Select(w.libTab)
	for i := range w.ws.Briefs {
		w.library.onSelected(i)
		check("detail of " + w.ws.Briefs[i].ID)
		w.detail.onApply()
		check("apply on " + w.ws.Briefs[i].ID)
	}
}

// TestWarningsShown: edits that no longer apply are listed once in a
// notice and after every run in the status bar, paragraphs numbered from ¶1
// as the engine words them.
func TestWarningsShown(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	overlays := func() int { return len(w.win.Canvas().Overlays().List()) }
	if overlays() != 0 {
		t.Fatal("a notice before any warning")
	}
	eng.warnings = []string{`move of harbor ¶3: no topic "gone"`}
	w.edit(func(e *compare.Edits) { e.Rename("burden-sharing", "Who pays") })
	if !strings.Contains(w.status.label.Text, `1 edit no longer applies: move of harbor ¶3: no topic "gone"`) {
		t.Errorf("status %q", w.status.label.Text)
	}
	if overlays() != 1 {
		t.Fatalf("%d overlays, want the notice", overlays())
	}
	w.win.Canvas().Overlays().Top().Hide()
	w.win.Canvas().Overlays().Remove(w.win.Canvas().Overlays().Top())
	w.recompare() // the same warnings: no second notice
	if overlays() != 0 || !strings.Contains(w.status.label.Text, "1 edit no longer applies") {
		t.Errorf("%d overlays, status %q", overlays(), w.status.label.Text)
	}
}

// TestShowErrorKeepsFileNames shows an error that starts with a file name:
// the dialog shows it unchanged (Fyne's own error dialog would capitalise
// "x.pdf" to "X.pdf").
func TestShowErrorKeepsFileNames(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	w.showError(errors.New("x.pdf: encrypted PDF: remove the password and import again"))
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	found := false
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			found = found || x.Text == "x.pdf: encrypted PDF: remove the password and import again"
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	if !found {
		t.Error("the dialog does not show the message unchanged")
	}
}

// TestRemoveBriefDropsItsEdits removes a brief whose passages the analyst
// had moved and split off: those edits go, the others and the analyst's
// topics stay.
func TestRemoveBriefDropsItsEdits(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.edit(func(e *compare.Edits) {
		e.Moves = []compare.Move{{Brief: "harbor", Paragraph: 1, From: "a", To: "b"}, {Brief: "meridian", Paragraph: 0, From: "a", To: "b"}}
		e.Removes = []compare.Move{{Brief: "harbor", Paragraph: 0, From: "a"}}
		e.Splits = []compare.Split{{From: "a", To: "user-x", Label: "X", Passages: []compare.Move{{Brief: "harbor", Paragraph: 0}, {Brief: "meridian", Paragraph: 2}}}}
		e.Created = []compare.TopicSpec{{ID: "user-y", Label: "Y"}}
	})
	w.removeBrief("harbor")
	e := w.ws.Edits
	if len(e.Moves) != 1 || e.Moves[0].Brief != "meridian" || len(e.Removes) != 0 {
		t.Errorf("moves %v removes %v", e.Moves, e.Removes)
	}
	if len(e.Splits) != 1 || len(e.Splits[0].Passages) != 1 || e.Splits[0].Passages[0].Brief != "meridian" || len(e.Created) != 1 {
		t.Errorf("splits %v created %v", e.Splits, e.Created)
	}
	w.onUndo()
	if len(w.ws.Edits.Moves) != 1 {
		t.Error("undo brought back edits of the removed brief")
	}
}

func TestParseCaptureTimeout(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want time.Duration
		ok   bool
	}{
		{"default", []string{"--capture", "x.png"}, defaultCaptureTimeout, true},
		{"given", []string{"--capture", "x.png", "--timeout", "90s"}, 90 * time.Second, true},
		{"not a duration", []string{"--capture", "x.png", "--timeout", "soon"}, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseArgs(tc.args, io.Discard)
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok %v", err, tc.ok)
			}
			if tc.ok && c.capture.timeout != tc.want {
				t.Errorf("timeout %v, want %v", c.capture.timeout, tc.want)
			}
		})
	}
}
