package app

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestQuitShortcut: Ctrl+Q quits as closing the window does (asking about
// unsaved changes), from the keyboard and from File > Quit.
func TestQuitShortcut(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.addShortcuts()
	w.changed()
	asked := 0
	w.askSave = func(answer func(saveChoice)) { asked++; answer(choiceCancel) }
	h, ok := w.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	if !ok {
		t.Fatal("the test canvas takes no shortcuts")
	}
	h.TypedShortcut(shortcut(fyne.KeyQ))
	if asked != 1 {
		t.Errorf("Ctrl+Q asked %d times about unsaved changes, want once", asked)
	}
	var quit *fyne.MenuItem
	for _, it := range w.menu().Items[0].Items {
		if it.IsQuit {
			quit = it
		}
	}
	if quit == nil || quit.Shortcut == nil || quit.Shortcut.ShortcutName() != shortcut(fyne.KeyQ).ShortcutName() {
		t.Fatalf("File menu quit item %+v", quit)
	}
	quit.Action()
	if asked != 2 {
		t.Errorf("File > Quit asked %d times in all, want 2", asked)
	}
}

// TestStatusErrorSettles: an error line in the status bar goes once the
// analyst moves on (another tab, a topic), and a later task's line is not red.
func TestStatusErrorSettles(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.showError(errors.New("sample.pdf: corrupt or truncated file"))
	if w.status.label.Importance != widget.DangerImportance {
		t.Fatal("the error is not shown in red")
	}
	w.tabs.Select(w.libTab)
	if w.status.label.Importance == widget.DangerImportance || w.status.label.Text != "" {
		t.Errorf("after switching tabs the status still reads %q in red", w.status.label.Text)
	}
	w.showError(errors.New("sample.pdf: corrupt or truncated file"))
	if w.views.res != nil && len(w.views.res.Topics) > 0 {
		w.views.selectTopic(w.views.res.Topics[0].ID)
	} else {
		w.views.tabs.SelectIndex(1)
	}
	if w.status.label.Importance == widget.DangerImportance {
		t.Errorf("after selecting a topic the status still reads %q in red", w.status.label.Text)
	}
	w.showError(errors.New("sample.pdf: corrupt or truncated file"))
	id := w.status.begin("Comparing", nil)
	w.status.end(id, "Compared 4 briefs", false)
	if w.status.label.Importance == widget.DangerImportance {
		t.Error("a later task's line is red")
	}
}

func TestImportMessage(t *testing.T) {
	for _, tc := range []struct {
		name  string
		file  string
		ready bool
		want  string
	}{
		{"first PDF", "/x/brief.PDF", false, pdfFirstRun},
		{"PDF reader ready", "/x/brief.pdf", true, "Importing 2 of 3: brief.pdf"},
		{"not a PDF", "/x/brief.docx", false, "Importing 2 of 3: brief.docx"},
		{"done", "", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := importMessage(1, 3, tc.file, tc.ready); got != tc.want {
				t.Errorf("importMessage = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestOrgsProblemTold: a broken user organisations table is said once,
// after an import, not on every import.
func TestOrgsProblemTold(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	w.orgsProblem = func() error { return errors.New("orgs.yaml: entry 2 has no name") }
	w.importDone(nil, nil)
	if !w.orgsTold || len(w.win.Canvas().Overlays().List()) == 0 {
		t.Fatal("the problem was not shown")
	}
	w.win.Canvas().Overlays().Top().Hide()
	w.win.Canvas().Overlays().Remove(w.win.Canvas().Overlays().Top())
	w.importDone(nil, nil)
	if n := len(w.win.Canvas().Overlays().List()); n != 0 {
		t.Errorf("told again: %d dialogs", n)
	}
}
