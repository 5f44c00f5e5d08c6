package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"briefbench/compare"
)

func TestExportJSON(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.edit(func(e *compare.Edits) { e.Notes = map[string]string{"burden-sharing": "my note"} })
	dir := t.TempDir()
	d := newExportDialog(w, formatJSON)
	d.dir = dir
	if d.name.Text != "briefbench-comparison.json" {
		t.Errorf("default name %q", d.name.Text)
	}
	test.Tap(d.save)
	data, err := os.ReadFile(filepath.Join(dir, "briefbench-comparison.json"))
	if err != nil {
		t.Fatalf("no export: %v (status %q)", err, w.status.label.Text)
	}
	var res compare.Result
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Briefs) != 3 || len(res.Topics) != 1 || res.Topics[0].Note != "my note" {
		t.Errorf("exported %d briefs, topics %+v", len(res.Briefs), res.Topics)
	}
	if got := w.app.Preferences().String(prefExportDir); got != dir {
		t.Errorf("last folder %q, want %q", got, dir)
	}
	if d2 := newExportDialog(w, formatWorkbook); d2.dir != dir || d2.name.Text != "briefbench-comparison.xlsx" {
		t.Errorf("next dialog starts in %q with %q", d2.dir, d2.name.Text)
	}
}

func TestExportAsksBeforeOverwriting(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	dir := t.TempDir()
	path := filepath.Join(dir, "view.png")
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newExportDialog(w, formatPNG)
	d.dir = dir
	d.name.SetText("view")
	asked := 0
	w.ask = func(_, _ string, answer func(bool)) { asked++; answer(false) }
	test.Tap(d.save)
	if got, _ := os.ReadFile(path); asked != 1 || string(got) != "keep me" {
		t.Fatalf("asked %d; file %q", asked, got)
	}
	w.ask = func(_, _ string, answer func(bool)) { asked++; answer(true) }
	test.Tap(d.save)
	got, _ := os.ReadFile(path)
	if asked != 2 || len(got) < 8 || string(got[1:4]) != "PNG" {
		t.Fatalf("asked %d; file not replaced by a PNG (%d bytes)", asked, len(got))
	}
}

func TestSaveAsDialog(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.changed()
	dir := t.TempDir()
	d := newExportDialog(w, formatWorkspace)
	d.dir = dir
	d.name.SetText("mine")
	saved := false
	d.done = func(ok bool) { saved = ok }
	test.Tap(d.save)
	if !saved || w.path != filepath.Join(dir, "mine"+WorkspaceExt) || w.dirty {
		t.Fatalf("saved %v path %q dirty %v", saved, w.path, w.dirty)
	}
}
