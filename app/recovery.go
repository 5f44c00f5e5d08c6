package app

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"briefbench/disk"
	"briefbench/workspace"
)

// Recovery files. Each session (each running Briefbench window) autosaves
// to a file of its own, configDir/recovery/session-TIME-RANDOM.briefbench,
// and holds a lock on the file of the same name ending in .lock for as long
// as it runs. So:
//   - two windows never write the same recovery file;
//   - a session never overwrites another session's file, offered or not;
//   - at start, every recovery file whose lock nobody holds (its session
//     crashed or was killed) is offered, newest first, whatever the app was
//     opened on; Yes adopts it as this session's file, No deletes it.
//
// recovery.briefbench directly in configDir, written by earlier versions,
// is offered the same way.
const (
	recoveryFolder = "recovery"
	legacyRecovery = "recovery" + workspace.Ext
	lockExt        = ".lock"
)

// recovery is a session's claim on its recovery file.
type recovery struct {
	name string     // base name without extension; "" until first needed
	lock *disk.Lock // held while the session runs; nil until claimed
}

// recoveryPath is this session's autosave file; "" when autosave is off.
func (w *workbench) recoveryPath() string {
	if w.configDir == "" {
		return ""
	}
	if w.rec.name == "" {
		var b [4]byte
		_, _ = rand.Read(b[:])
		w.rec.name = "session-" + w.now().UTC().Format("20060102T150405") + "-" + hex.EncodeToString(b[:])
	}
	return filepath.Join(w.configDir, recoveryFolder, w.rec.name+workspace.Ext)
}

// claimRecovery creates the recovery folder and takes this session's lock.
// It reports whether autosave can go ahead.
func (w *workbench) claimRecovery() bool {
	path := w.recoveryPath()
	if path == "" {
		return false
	}
	if w.rec.lock != nil {
		return true
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return false
	}
	l, err := disk.TryLock(strings.TrimSuffix(path, workspace.Ext) + lockExt)
	if err != nil {
		return false
	}
	w.rec.lock = l
	return true
}

// endRecovery releases the session's lock when the app quits.
func (w *workbench) endRecovery() {
	w.rec.lock.Release()
	w.rec.lock = nil
}

// autosave writes the workspace to the recovery file off the UI goroutine.
// Writes are numbered so a slow older write never replaces a newer one.
func (w *workbench) autosave() {
	if !w.claimRecovery() {
		return
	}
	path := w.recoveryPath()
	data, err := workspace.Encode(w.ws)
	if err != nil {
		return
	}
	w.autosaveSeq++
	seq := w.autosaveSeq
	w.run(func() {
		w.autosaveMu.Lock()
		defer w.autosaveMu.Unlock()
		if seq < w.autosaveDone {
			return
		}
		if err := disk.WriteBytes(path, data); err == nil {
			w.autosaveDone = seq
		}
	})
}

// clearRecovery removes this session's recovery file once the work is
// saved or knowingly discarded. Other sessions' files are not touched.
func (w *workbench) clearRecovery() {
	if path := w.recoveryPath(); path != "" {
		w.autosaveMu.Lock()
		w.autosaveDone = w.autosaveSeq + 1
		w.autosaveMu.Unlock()
		os.Remove(path)
	}
}

// orphans lists the recovery files of sessions that ended without saving
// (their lock is free), newest first. Lock files left without a recovery
// file are removed on the way.
func (w *workbench) orphans() []string {
	if w.configDir == "" {
		return nil
	}
	own := w.recoveryPath()
	dir := filepath.Dir(own)
	var files []string
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		p := filepath.Join(dir, e.Name())
		switch filepath.Ext(e.Name()) {
		case workspace.Ext:
			if p != own && !disk.Held(strings.TrimSuffix(p, workspace.Ext)+lockExt) {
				files = append(files, p)
			}
		case lockExt:
			ws := strings.TrimSuffix(p, lockExt) + workspace.Ext
			if _, err := os.Stat(ws); os.IsNotExist(err) && !disk.Held(p) {
				os.Remove(p)
			}
		}
	}
	if legacy := filepath.Join(w.configDir, legacyRecovery); fileExists(legacy) {
		files = append(files, legacy)
	}
	mod := func(p string) time.Time {
		st, err := os.Stat(p)
		if err != nil {
			return time.Time{}
		}
		return st.ModTime()
	}
	slices.SortStableFunc(files, func(a, b string) int { return mod(b).Compare(mod(a)) })
	return files
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// offerRecovery asks, for each recovery file a crashed session left,
// whether to reopen it, then calls done with whether one was recovered.
// Yes makes it this session's recovery file (so it is never lost before
// the work is saved); No deletes it. A file that cannot be read is left
// where it is and not offered.
func (w *workbench) offerRecovery(done func(recovered bool)) {
	w.offerNext(w.orphans(), done)
}

func (w *workbench) offerNext(files []string, done func(recovered bool)) {
	if len(files) == 0 {
		done(false)
		return
	}
	path, rest := files[0], files[1:]
	ws, err := workspace.Read(path)
	if err != nil {
		w.offerNext(rest, done)
		return
	}
	if len(ws.Briefs) == 0 {
		forgetRecovery(path)
		w.offerNext(rest, done)
		return
	}
	when := "an earlier session"
	if st, err := os.Stat(path); err == nil {
		when = st.ModTime().Format("2 Jan 2006 15:04")
	}
	msg := fmt.Sprintf("Briefbench found unsaved work from %s (%s) left by a window that did not close normally. Recover it? No deletes it.",
		when, countNoun(len(ws.Briefs), "brief", "briefs"))
	w.ask("Recover unsaved work?", msg, func(ok bool) {
		if !ok {
			forgetRecovery(path)
			w.offerNext(rest, done)
			return
		}
		if w.claimRecovery() {
			// Adopt the file: it stays on disk until this session saves.
			if err := os.Rename(path, w.recoveryPath()); err == nil {
				os.Remove(strings.TrimSuffix(path, workspace.Ext) + lockExt)
			}
		}
		w.setWorkspace(ws, "")
		w.dirty = true
		w.updateTitle()
		done(true)
	})
}

// forgetRecovery deletes a recovery file the user declined, with its lock
// file.
func forgetRecovery(path string) {
	os.Remove(path)
	if filepath.Base(path) != legacyRecovery {
		os.Remove(strings.TrimSuffix(path, workspace.Ext) + lockExt)
	}
}
