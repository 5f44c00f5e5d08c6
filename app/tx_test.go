package app

import (
	"os"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
	"briefbench/resources"
)

func TestTaxonomyEditor(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	e := newTaxonomyEditor(w)
	e.buildUI()
	if e.taxonomy.Text != string(resources.TaxonomyYAML()) {
		t.Fatal("editor does not start from the default taxonomy")
	}
	e.taxonomy.SetText("topics: [this is not: valid")
	test.Tap(e.save)
	if e.message.Importance != widget.DangerImportance || w.ws.TaxonomyYAML != "" || eng.runs != 1 {
		t.Fatalf("invalid taxonomy accepted: %q", e.message.Text)
	}
	custom := string(resources.TaxonomyYAML()) + "\n# analyst's copy\n"
	e.taxonomy.SetText(custom)
	test.Tap(e.check)
	if e.message.Importance != widget.SuccessImportance {
		t.Fatalf("valid taxonomy rejected: %q", e.message.Text)
	}
	test.Tap(e.save)
	if w.ws.TaxonomyYAML != custom || w.ws.AxesYAML != "" || !w.dirty || eng.runs != 2 {
		t.Errorf("workspace taxonomy %d bytes, axes %q, dirty %v, runs %d", len(w.ws.TaxonomyYAML), w.ws.AxesYAML, w.dirty, eng.runs)
	}
	data, err := os.ReadFile(w.userTaxonomyPath())
	if err != nil || string(data) != custom {
		t.Errorf("user taxonomy file: %v", err)
	}
	if _, err := compare.ParseAxes(mustRead(t, w.userAxesPath())); err != nil {
		t.Errorf("user axes file: %v", err)
	}
	test.Tap(e.reset)
	test.Tap(e.save)
	if w.ws.TaxonomyYAML != "" {
		t.Error("reset to defaults not stored as the default")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestTaxonomyEditorAsksBeforeDiscarding closes the editor twice: without
// changes it closes at once; with unsaved changes it asks, and No keeps it
// open.
func TestTaxonomyEditorAsksBeforeDiscarding(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	e := newTaxonomyEditor(w)
	e.show()
	asked := 0
	answer := false
	w.ask = func(_, _ string, f func(bool)) { asked++; f(answer) }
	e.onClose()
	if asked != 0 || e.dlg == nil {
		t.Fatalf("asked %d times with nothing changed", asked)
	}
	e.show()
	e.axes.SetText(e.axes.Text + "\n# edited\n")
	e.onClose()
	if asked != 1 {
		t.Fatalf("asked %d times about unsaved changes, want 1", asked)
	}
	if len(w.win.Canvas().Overlays().List()) == 0 {
		t.Error("No closed the editor")
	}
	answer = true
	e.onClose()
	if asked != 2 || len(w.win.Canvas().Overlays().List()) != 0 {
		t.Errorf("Yes left %d overlays", len(w.win.Canvas().Overlays().List()))
	}
}
