package app

import "briefbench/compare"

// maxUndo is how many analyst edits Undo can take back.
const maxUndo = 100

// history holds snapshots of the workspace's edits for Undo and Redo. Every
// analyst edit (move, remove, rename, merge, split, new topic, note) goes
// through workbench.edit, which records the edits as they were before it.
type history struct {
	undo, redo []compare.Edits
}

// record keeps e (the edits before a change) for Undo and forgets Redo.
func (h *history) record(e compare.Edits) {
	h.undo = append(h.undo, cloneEdits(e))
	if len(h.undo) > maxUndo {
		h.undo = h.undo[len(h.undo)-maxUndo:]
	}
	h.redo = nil
}

// back returns the edits before the last change, keeping cur for Redo.
func (h *history) back(cur compare.Edits) (compare.Edits, bool) {
	if len(h.undo) == 0 {
		return cur, false
	}
	prev := h.undo[len(h.undo)-1]
	h.undo = h.undo[:len(h.undo)-1]
	h.redo = append(h.redo, cloneEdits(cur))
	return prev, true
}

// forward returns the edits Undo took back, keeping cur for Undo.
func (h *history) forward(cur compare.Edits) (compare.Edits, bool) {
	if len(h.redo) == 0 {
		return cur, false
	}
	next := h.redo[len(h.redo)-1]
	h.redo = h.redo[:len(h.redo)-1]
	h.undo = append(h.undo, cloneEdits(cur))
	return next, true
}

// reset forgets everything (another workspace was opened).
func (h *history) reset() { h.undo, h.redo = nil, nil }

// onUndo takes back the last analyst edit and compares again.
func (w *workbench) onUndo() {
	e, ok := w.history.back(w.ws.Edits)
	if !ok {
		w.status.end(w.status.seq, "Nothing to undo", false)
		return
	}
	w.ws.Edits = e
	w.changed()
	w.recompare()
	w.status.end(w.status.seq, "Undid the last edit", false)
}

// onRedo puts back the edit Undo took back.
func (w *workbench) onRedo() {
	e, ok := w.history.forward(w.ws.Edits)
	if !ok {
		w.status.end(w.status.seq, "Nothing to redo", false)
		return
	}
	w.ws.Edits = e
	w.changed()
	w.recompare()
	w.status.end(w.status.seq, "Redid the edit", false)
}
