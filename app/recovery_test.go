package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/workspace"
)

// crash leaves w's recovery file as a killed process would: the lock file
// stays, nobody holds it.
func crash(t *testing.T, w *workbench) string {
	t.Helper()
	path := w.recoveryPath()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no recovery file before the crash: %v", err)
	}
	w.rec.lock.Release()
	if err := os.WriteFile(strings.TrimSuffix(path, workspace.Ext)+lockExt, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sibling is a second session on w's config folder.
func sibling(t *testing.T, w *workbench) *workbench {
	w2, _ := newTestWorkbench(t, false)
	w2.configDir = w.configDir
	return w2
}

// Issue 13 case 1: recovery is offered whatever the app was opened on.
func TestRecoveryOfferedWhateverOpened(t *testing.T) {
	wsPath := filepath.Join(t.TempDir(), "other"+workspace.Ext)
	if err := workspace.Write(wsPath, &workspace.Workspace{Briefs: []*brief.Brief{{ID: "solo", Title: "Solo", Paragraphs: []brief.Paragraph{{Text: "One paragraph on shipyards."}}}}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		paths  []string
		answer bool
		briefs int // briefs open afterwards
	}{
		{"no paths, yes", nil, true, 3},
		{"a workspace, yes keeps the recovered work", []string{wsPath}, true, 3},
		{"a workspace, no opens it", []string{wsPath}, false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, _ := newTestWorkbench(t, true)
			w.changed()
			old := crash(t, w)
			w2 := sibling(t, w)
			asked := 0
			w2.ask = func(_, _ string, answer func(bool)) { asked++; answer(tc.answer) }
			w2.open(tc.paths, true)
			if asked != 1 {
				t.Fatalf("asked %d times, want once", asked)
			}
			if len(w2.ws.Briefs) != tc.briefs {
				t.Errorf("%d briefs open, want %d", len(w2.ws.Briefs), tc.briefs)
			}
			if _, err := os.Stat(old); !os.IsNotExist(err) {
				t.Error("the crashed session's file is still there after the answer")
			}
			_, err := os.Stat(w2.recoveryPath())
			if tc.answer && (err != nil || !w2.dirty || w2.path != "") {
				t.Errorf("recovered work not kept as this session's: %v dirty %v path %q", err, w2.dirty, w2.path)
			}
			if !tc.answer && w2.path != wsPath {
				t.Errorf("declining did not open %s", wsPath)
			}
		})
	}
}

// Issue 13 case 1: a recovery file that has not been offered is never
// overwritten, and two running windows never share one.
func TestRecoveryNeverClobbered(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	w.changed()
	old := crash(t, w)
	before, _ := os.ReadFile(old)

	// A second window autosaves before anyone answers the question.
	w2 := sibling(t, w)
	var pending func(bool)
	w2.ask = func(_, _ string, answer func(bool)) { pending = answer }
	w2.open(nil, true)
	w2.addBriefs(testBriefs()[:1])
	w2.changed()
	if after, _ := os.ReadFile(old); string(after) != string(before) {
		t.Fatal("the unoffered recovery file was overwritten")
	}
	if w2.recoveryPath() == old {
		t.Fatal("the new session writes the crashed session's file")
	}

	// A third window, while the second runs, is offered only the crashed
	// session's file, not the live one.
	w3 := sibling(t, w)
	var offered int
	w3.ask = func(_, _ string, answer func(bool)) { offered++; answer(false) }
	w3.open(nil, true)
	if offered != 1 {
		t.Errorf("offered %d files, want only the crashed session's", offered)
	}
	if _, err := os.Stat(w2.recoveryPath()); err != nil {
		t.Errorf("the live window's recovery file was removed: %v", err)
	}
	if pending == nil {
		t.Fatal("the second window was never asked")
	}
}

// A recovery file left by an earlier version (recovery.briefbench in the
// config folder) is offered too.
func TestRecoveryLegacyFile(t *testing.T) {
	w, _ := newTestWorkbench(t, true)
	data, err := workspace.Encode(w.ws)
	if err != nil {
		t.Fatal(err)
	}
	legacy := filepath.Join(w.configDir, legacyRecovery)
	if err := os.WriteFile(legacy, data, 0o600); err != nil {
		t.Fatal(err)
	}
	w2 := sibling(t, w)
	w2.ask = func(_, _ string, answer func(bool)) { answer(true) }
	w2.open(nil, true)
	if len(w2.ws.Briefs) != 3 {
		t.Errorf("recovered %d briefs", len(w2.ws.Briefs))
	}
	if fileExists(legacy) {
		t.Error("the adopted legacy file is still there")
	}
}
