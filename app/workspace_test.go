package app

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"briefbench/compare"
	"briefbench/workspace"
)

func TestSaveAndReopenWorkspace(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.include("pasted", false)
	w.edit(func(e *compare.Edits) {
		e.Notes = map[string]string{"burden-sharing": "note"}
		e.Renames = map[string]string{"burden-sharing": "Who pays"}
	})
	w.ws.TaxonomyYAML = "topics: []\n"
	path := filepath.Join(t.TempDir(), "alliance")
	var ok bool
	w.saveTo(path, func(b bool) { ok = b })
	path += workspace.Ext
	if !ok || w.dirty || w.path != path {
		t.Fatalf("saved %v dirty %v path %q", ok, w.dirty, w.path)
	}
	if _, err := os.Stat(w.recoveryPath()); !os.IsNotExist(err) {
		t.Error("autosave kept after saving")
	}
	if r := w.recent(); len(r) == 0 || r[0] != path {
		t.Errorf("recent %v", r)
	}

	w2, eng := newTestWorkbench(t, false)
	w2.openWorkspace(path)
	ws := w2.ws
	if len(ws.Briefs) != 3 || ws.Briefs[0].ID != "meridian" || len(ws.Briefs[0].Paragraphs) != 3 || len(ws.Briefs[0].Dropped) != 2 {
		t.Fatalf("reopened briefs: %+v", ws.Briefs)
	}
	if len(ws.Excluded) != 1 || ws.Excluded[0] != "pasted" {
		t.Errorf("excluded %v", ws.Excluded)
	}
	if ws.Edits.Notes["burden-sharing"] != "note" || ws.Edits.Renames["burden-sharing"] != "Who pays" || ws.TaxonomyYAML != "topics: []\n" {
		t.Errorf("edits %+v taxonomy %q", ws.Edits, ws.TaxonomyYAML)
	}
	if eng.runs != 0 {
		// The taxonomy above is the stored text; the fake engine is not
		// reached when it does not parse, so only check the edits when it ran.
		if got := eng.edits[len(eng.edits)-1].Notes["burden-sharing"]; got != "note" {
			t.Errorf("reopened edits not passed to the engine: %q", got)
		}
	}
	if w2.path != path || w2.dirty {
		t.Errorf("path %q dirty %v", w2.path, w2.dirty)
	}
}

// TestBadWorkspaceFiles opens files the workspace package refuses (its
// tests cover every kind): the app shows the error and keeps the current
// workspace.
func TestBadWorkspaceFiles(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	for _, tc := range []struct {
		name, content string
		want          error
	}{
		{"garbage", "\x00\x01PK not json", workspace.ErrCorrupt},
		{"newer", `{"version": 99, "briefs": [], "future": true}`, workspace.ErrNewer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x"+workspace.Ext)
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			w.openWorkspace(path)
			if len(w.ws.Briefs) != 3 || w.path != "" {
				t.Error("a bad file replaced the workspace")
			}
			_, err := workspace.Read(path)
			if !errors.Is(err, tc.want) || w.status.label.Text != err.Error() {
				t.Errorf("status %q, want %v", w.status.label.Text, err)
			}
		})
	}
}

// TestSaveKeepsTypedNote saves a workspace while a topic note is still being
// typed (Save note not pressed): the note goes into the file.
func TestSaveKeepsTypedNote(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	if w.result == nil || len(w.result.Topics) == 0 {
		t.Fatal("no topics to note on")
	}
	id := w.result.Topics[0].ID
	w.views.selectTopic(id)
	test.Type(w.views.side.note, "typed, not saved")
	path := filepath.Join(t.TempDir(), "noted"+workspace.Ext)
	w.path = path // as after an earlier Save as
	w.save(nil)
	ws, err := workspace.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := ws.Edits.Notes[id]; got != "typed, not saved" {
		t.Errorf("saved note %q", got)
	}
}
