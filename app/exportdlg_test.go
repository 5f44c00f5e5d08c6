package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"briefbench/compare"
	"briefbench/workspace"
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
	if d.save.Text != "Save" {
		t.Errorf("save button says %q", d.save.Text)
	}
	d.dir = dir
	d.name.SetText("mine")
	saved := false
	d.done = func(ok bool) { saved = ok }
	d.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves
	if !saved || w.path != filepath.Join(dir, "mine"+workspace.Ext) || w.dirty {
		t.Fatalf("saved %v path %q dirty %v", saved, w.path, w.dirty)
	}
}

// TestExportWorkbookSources checks that the workbook's Sources sheet shows
// when each brief entered the workspace (the app stamps it; the importers
// do not).
func TestExportWorkbookSources(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	dir := t.TempDir()
	d := newExportDialog(w, formatWorkbook)
	d.dir = dir
	test.Tap(d.save)
	f, err := excelize.OpenFile(filepath.Join(dir, "briefbench-comparison.xlsx"))
	if err != nil {
		t.Fatalf("no workbook: %v (status %q)", err, w.status.label.Text)
	}
	defer f.Close()
	rows, err := f.GetRows("Sources")
	if err != nil {
		t.Fatal(err)
	}
	head := slices.IndexFunc(rows, func(r []string) bool { return slices.Contains(r, "Imported") })
	if head < 0 || len(rows) < head+4 {
		t.Fatalf("Sources: no header with Imported and three briefs under it: %q", rows)
	}
	col := slices.Index(rows[head], "Imported")
	for _, r := range rows[head+1 : head+4] {
		if col >= len(r) || r[col] != "2026-03-02 09:30:15" {
			t.Errorf("%q: imported column is not the time the brief was added", r)
		}
	}
}

func TestExportDialogPath(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder")
	}
	for _, tc := range []struct {
		name, typed, want string
	}{
		{"name in folder", "memo", "/data/briefs/memo.briefbench"},
		{"extension kept", "memo.briefbench", "/data/briefs/memo.briefbench"},
		{"relative subfolder", "2026/memo", "/data/briefs/2026/memo.briefbench"},
		{"full path", "/tmp/trial/x.briefbench", "/tmp/trial/x.briefbench"},
		{"home", "~/x", filepath.Join(home, "x.briefbench")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newExportDialog(w, formatWorkspace)
			d.dir = "/data/briefs"
			d.name.SetText(tc.typed)
			if got := d.path(); got != tc.want {
				t.Errorf("path = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSaveToMissingFolder types a full path into a folder that does not
// exist: a clear error names the folder, and nothing is written.
func TestSaveToMissingFolder(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	d := newExportDialog(w, formatWorkspace)
	d.dir = t.TempDir()
	missing := filepath.Join(d.dir, "no", "such")
	d.name.SetText(filepath.Join(missing, "x"))
	test.Tap(d.save)
	if got := w.status.label.Text; !strings.Contains(got, "the folder "+missing+" does not exist") || strings.Contains(got, ".tmp") {
		t.Errorf("status %q", got)
	}
	if w.path != "" {
		t.Errorf("workspace path set to %q", w.path)
	}
}

// Files the app writes are readable by others as the CLI's are: 0666 less
// the umask (0644 under the usual 022), not 0600 (issue 11 item 3).
func TestAppFilesFollowUmask(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	dir := t.TempDir()
	d := newExportDialog(w, formatJSON)
	d.dir = dir
	test.Tap(d.save)
	ws := filepath.Join(dir, "work")
	w.saveTo(ws, nil)
	want := os.FileMode(0o666) &^ processUmask()
	for _, p := range []string{filepath.Join(dir, "briefbench-comparison.json"), ws + workspace.Ext} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatalf("%v (status %q)", err, w.status.label.Text)
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(p), st.Mode().Perm(), want)
		}
	}
}
