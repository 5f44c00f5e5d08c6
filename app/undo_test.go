package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"briefbench/compare"
	"briefbench/workspace"
)

// TestUndoRedoEdits makes three edits, undoes two, redoes one, and checks
// the edits the engine compares with after each step; a new edit after an
// undo forgets what could be redone, and opening a workspace forgets all.
func TestUndoRedoEdits(t *testing.T) {
	w, eng := newTestWorkbench(t, true)
	rename := func(label string) {
		w.edit(func(e *compare.Edits) {
			if e.Renames == nil {
				e.Renames = map[string]string{}
			}
			e.Renames["burden-sharing"] = label
		})
	}
	engineLabel := func() string { return eng.edits[len(eng.edits)-1].Renames["burden-sharing"] }
	rename("Who pays")
	rename("Who pays more")
	w.edit(func(e *compare.Edits) {
		e.Notes = map[string]string{"burden-sharing": "check the GDP series"}
	})
	for _, step := range []struct {
		name      string
		do        func()
		wantLabel string
		wantNote  string
	}{
		{"undo the note", w.onUndo, "Who pays more", ""},
		{"undo the second rename", w.onUndo, "Who pays", ""},
		{"redo the second rename", w.onRedo, "Who pays more", ""},
		{"redo the note", w.onRedo, "Who pays more", "check the GDP series"},
		{"nothing more to redo", w.onRedo, "Who pays more", "check the GDP series"},
	} {
		step.do()
		if got := w.ws.Edits.Renames["burden-sharing"]; got != step.wantLabel {
			t.Errorf("%s: label %q, want %q", step.name, got, step.wantLabel)
		}
		if got := w.ws.Edits.Notes["burden-sharing"]; got != step.wantNote {
			t.Errorf("%s: note %q, want %q", step.name, got, step.wantNote)
		}
		if got := engineLabel(); got != step.wantLabel {
			t.Errorf("%s: engine compared with label %q", step.name, got)
		}
	}
	w.onUndo()
	rename("Burden sharing, renamed")
	w.onRedo()
	if got := w.ws.Edits.Renames["burden-sharing"]; got != "Burden sharing, renamed" {
		t.Errorf("redo after a new edit changed the label to %q", got)
	}
	w.setWorkspace(workspace.New(), "")
	w.onUndo()
	if len(w.ws.Edits.Renames) != 0 {
		t.Error("undo reached into the previous workspace")
	}
}

// TestUndoShortcuts presses the keys the window system sends for Ctrl+Z,
// Ctrl+Y and Ctrl+Shift+Z.
func TestUndoShortcuts(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.addShortcuts()
	sh := w.win.Canvas().(fyne.Shortcutable)
	w.edit(func(e *compare.Edits) { e.Renames = map[string]string{"burden-sharing": "Who pays"} })
	for _, step := range []struct {
		name  string
		key   fyne.Shortcut
		label string
	}{
		{"Ctrl+Z", &fyne.ShortcutUndo{}, ""},
		{"Ctrl+Y", &fyne.ShortcutRedo{}, "Who pays"},
		{"Ctrl+Z again", &fyne.ShortcutUndo{}, ""},
		{"Ctrl+Shift+Z", redoShift, "Who pays"},
	} {
		sh.TypedShortcut(step.key)
		if got := w.ws.Edits.Renames["burden-sharing"]; got != step.label {
			t.Errorf("after %s: label %q, want %q", step.name, got, step.label)
		}
	}
}
