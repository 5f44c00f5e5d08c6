package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"briefbench/workspace"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestImportDialogFolderAndFiles(t *testing.T) {
	w, eng := newTestWorkbench(t, false)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a-note.txt":   "Alliance burden sharing\n\nAllies should spend more on defense, said the first note.\n",
		"b-brief.md":   "# Shipbuilding\n\nThe shipyards need co-production agreements and steady orders.\n",
		"c-empty.txt":  "",
		"d-ignore.xyz": "not a brief",
	})
	other := filepath.Join(t.TempDir(), "missing.pdf")

	d := newImportDialog(w)
	d.buildUI()
	if !d.start.Disabled() {
		t.Error("Import enabled with nothing to import")
	}
	d.add(dir, other, dir)
	if len(d.paths) != 2 || d.start.Disabled() {
		t.Fatalf("paths %v", d.paths)
	}
	d.list.Select(1)
	test.Tap(d.remove)
	d.add(other)
	test.Tap(d.start)

	if len(w.ws.Briefs) != 2 {
		t.Fatalf("imported %d briefs, want 2 (status %q)", len(w.ws.Briefs), w.status.label.Text)
	}
	for _, want := range []string{"c-empty.txt", "missing.pdf"} {
		if !strings.Contains(w.status.label.Text, want) {
			t.Errorf("failure for %s not listed: %q", want, w.status.label.Text)
		}
	}
	if eng.runs != 1 || !w.dirty {
		t.Errorf("runs %d dirty %v", eng.runs, w.dirty)
	}
	if got := w.app.Preferences().String(prefImportDir); got != filepath.Dir(other) {
		t.Errorf("import folder remembered as %q", got)
	}

	// The same files again are skipped as duplicates.
	w.importPaths([]string{filepath.Join(dir, "a-note.txt")})
	if len(w.ws.Briefs) != 2 || !strings.Contains(w.status.label.Text, "already in the workspace") {
		t.Errorf("duplicate import: %d briefs, status %q", len(w.ws.Briefs), w.status.label.Text)
	}
}

func TestDropFilesAndWorkspace(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x.txt": "A dropped brief about deterrence and forward forces.\n"})
	w.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(filepath.Join(dir, "x.txt"))})
	if len(w.ws.Briefs) != 1 {
		t.Fatalf("drop imported %d briefs", len(w.ws.Briefs))
	}
	if got := w.ws.Briefs[0].Source.Imported; !got.Equal(testNow) {
		t.Errorf("dropped brief stamped %v, want the time it was added, %v", got, testNow)
	}
	ws := filepath.Join(dir, "saved"+workspace.Ext)
	w.saveTo(ws, nil)

	w2, _ := newTestWorkbench(t, true)
	w2.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(ws)})
	if w2.path != ws || len(w2.ws.Briefs) != 1 {
		t.Errorf("dropped workspace not opened: path %q, %d briefs", w2.path, len(w2.ws.Briefs))
	}
}

func TestPasteAsNewBrief(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	d := newPasteDialog(w)
	d.buildUI()
	if !d.add.Disabled() {
		t.Error("Add brief enabled with nothing pasted")
	}
	d.text.SetText("   \n")
	if !d.add.Disabled() {
		t.Error("Add brief enabled for blank text")
	}
	d.onAdd() // even if reached: refused
	if len(w.ws.Briefs) != 3 {
		t.Fatal("empty paste added a brief")
	}
	test.Type(d.title, "Notes from the hearing")
	d.org.SetText("Senate staff")
	d.text.SetText("The committee asked about munitions co-production.\nWitnesses disagreed on spending targets.\n")
	test.Tap(d.add)
	if len(w.ws.Briefs) != 4 {
		t.Fatalf("paste: %d briefs (status %q)", len(w.ws.Briefs), w.status.label.Text)
	}
	b := w.ws.Briefs[3]
	if b.Title != "Notes from the hearing" || b.Organization != "Senate staff" || b.Source.Format != "paste" || b.ID != "notes-from-the-hearing" {
		t.Errorf("pasted brief %+v", b)
	}
	if w.tabs.Selected() != w.libTab || w.detail.b != b || w.library.selected != b.ID {
		t.Errorf("the pasted brief is not shown in the Library (detail %v)", w.detail.b)
	}
	if !b.Source.Imported.Equal(testNow) {
		t.Errorf("pasted brief stamped %v, want %v", b.Source.Imported, testNow)
	}
}

func TestSamplesOnFirstRun(t *testing.T) {
	w, eng := newTestWorkbench(t, false)
	w.open(nil, true)
	if len(w.ws.Briefs) < 3 {
		t.Fatalf("samples: %d briefs (status %q)", len(w.ws.Briefs), w.status.label.Text)
	}
	if eng.runs != 1 || w.dirty {
		t.Errorf("runs %d dirty %v", eng.runs, w.dirty)
	}
	for _, b := range w.ws.Briefs {
		if !b.Source.Imported.Equal(testNow) {
			t.Errorf("sample %s stamped %v, want %v", b.ID, b.Source.Imported, testNow)
		}
	}
	if _, err := os.Stat(w.recoveryPath()); !os.IsNotExist(err) {
		t.Error("the samples left a recovery file")
	}
}

// TestImportSkipsSameBriefInAnotherFormat imports one brief as text and as
// Markdown (different bytes, the same words) beside another brief: the
// second copy is skipped and named, and no failure is reported.
func TestImportSkipsSameBriefInAnotherFormat(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	dir := t.TempDir()
	body := []string{
		"Allied yards could repair forward-deployed destroyers within weeks if the two navies signed a standing maintenance contract.",
		"The backlog at home yards has grown every year since the last drawdown, and the current budget does not reverse it.",
		"A pilot programme at two yards would show whether quality and security standards can be met before a larger commitment.",
	}
	writeFiles(t, dir, map[string]string{
		"yards.txt": "Yards and readiness\n\n" + strings.Join(body, "\n\n") + "\n",
		"yards.md":  "# Yards and readiness\n\n" + strings.Join(body, "\n\n") + "\n",
		"budget.txt": "Paying for defense\n\nDefense spending should rise gradually, with a plain statement of which capabilities the money buys.\n\n" +
			"A multi-year procurement law would let industry invest in capacity instead of waiting for each appropriation.\n",
	})
	w.importPaths([]string{filepath.Join(dir, "budget.txt"), filepath.Join(dir, "yards.md"), filepath.Join(dir, "yards.txt")})
	if got := len(w.ws.Briefs); got != 2 {
		t.Fatalf("briefs = %d, want 2 (one copy of the yards brief skipped)", got)
	}
	status := w.status.label.Text
	for _, want := range []string{"Added 2 briefs", "1 already in the workspace", "yards.txt: the same text as", "(yards.md)"} {
		if !strings.Contains(status, want) {
			t.Errorf("status %q lacks %q", status, want)
		}
	}
	if strings.Contains(status, "could not be imported") {
		t.Errorf("a skipped copy reported as a failure: %q", status)
	}
}

// TestImportKeepsAnotherEdition imports a brief and an edited copy in the
// same format (a number changed, a paragraph added): both are added, with a
// note that they are close.
func TestImportKeepsAnotherEdition(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	dir := t.TempDir()
	body := "Allied yards could repair forward-deployed destroyers within weeks if the two navies signed a standing maintenance contract.\n\n" +
		"The backlog at home yards has grown every year since the last drawdown, and the current budget does not reverse it.\n\n" +
		"A pilot programme at two yards would show whether quality and security standards can be met before a larger commitment.\n"
	edition := strings.Replace(body, "within weeks", "within ten days", 1) +
		"\nA second edition adds this paragraph on training welders at both yards before the pilot starts.\n"
	writeFiles(t, dir, map[string]string{"yards.txt": "Yards and readiness\n\n" + body, "yards-v2.txt": "Yards and readiness\n\n" + edition})
	w.importPaths([]string{filepath.Join(dir, "yards.txt"), filepath.Join(dir, "yards-v2.txt")})
	if got := len(w.ws.Briefs); got != 2 {
		t.Fatalf("briefs = %d, want both editions", got)
	}
	if strings.Contains(w.status.label.Text, "already in the workspace") {
		t.Errorf("status %q calls the edition a copy", w.status.label.Text)
	}
}
