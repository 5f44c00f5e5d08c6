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
	h.undo = append(h.undo, e.Clone())
	if len(h.undo) > maxUndo {
		h.undo = h.undo[len(h.undo)-maxUndo:]
	}
	h.redo = nil
}

// back returns the edits before the last change, keeping cur for Redo.
func (h *history) back(cur compare.Edits) (compare.Edits, bool) {
	return step(&h.undo, &h.redo, cur)
}

// forward returns the edits Undo took back, keeping cur for Undo.
func (h *history) forward(cur compare.Edits) (compare.Edits, bool) {
	return step(&h.redo, &h.undo, cur)
}

// step pops the newest edits off from and pushes cur onto to.
func step(from, to *[]compare.Edits, cur compare.Edits) (compare.Edits, bool) {
	if len(*from) == 0 {
		return cur, false
	}
	e := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, cur.Clone())
	return e, true
}

// reset forgets everything (another workspace was opened).
func (h *history) reset() { h.undo, h.redo = nil, nil }

// onUndo takes back the last analyst edit and compares again.
func (w *workbench) onUndo() {
	w.applyHistory(w.history.back, "Undid the last edit", "Nothing to undo")
}

// onRedo puts back the edit Undo took back.
func (w *workbench) onRedo() { w.applyHistory(w.history.forward, "Redid the edit", "Nothing to redo") }

// applyHistory moves through the history and compares with the edits found.
func (w *workbench) applyHistory(move func(compare.Edits) (compare.Edits, bool), done, none string) {
	e, ok := move(w.ws.Edits)
	if !ok {
		w.status.end(w.status.seq, none, false)
		return
	}
	w.ws.Edits = e
	w.changed()
	w.recompare()
	w.status.end(w.status.seq, done, false)
}
