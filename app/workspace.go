package app

import (
	"slices"
	"strings"

	"briefbench/workspace"
)

// recent workspaces, kept in the app preferences, newest first.
const (
	prefRecent    = "recent_workspaces"
	prefExportDir = "export_dir"
	prefImportDir = "import_dir"
	maxRecent     = 8
)

func (w *workbench) recent() []string {
	return w.app.Preferences().StringList(prefRecent)
}

func (w *workbench) addRecent(path string) {
	list := slices.DeleteFunc(w.recent(), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	w.app.Preferences().SetStringList(prefRecent, list)
	w.refreshMenu()
}

// setWorkspace replaces the workspace (after open or new) and recompares.
func (w *workbench) setWorkspace(ws *workspace.Workspace, path string) {
	w.ws = ws
	w.history.reset()
	w.path = path
	w.dirty = false
	w.updateTitle()
	if w.library.list != nil {
		w.library.unselect()
	}
	w.library.refresh()
	w.detail.show(nil, -1)
	w.recompare()
}

// openWorkspace reads path and replaces the workspace, asking first when
// there are unsaved changes.
func (w *workbench) openWorkspace(path string) {
	w.guard(func() {
		ws, err := workspace.Read(path)
		if err != nil {
			w.showError(err)
			return
		}
		w.setWorkspace(ws, path)
		w.addRecent(path)
	})
}

// save writes the workspace to its file, or asks for one.
func (w *workbench) save(done func(ok bool)) {
	w.views.side.flushNote()
	if w.path == "" {
		w.saveAs(done)
		return
	}
	w.saveTo(w.path, done)
}

func (w *workbench) saveTo(path string, done func(ok bool)) {
	if !strings.HasSuffix(path, workspace.Ext) {
		path += workspace.Ext
	}
	if err := workspace.Write(path, w.ws); err != nil {
		w.showError(err)
		if done != nil {
			done(false)
		}
		return
	}
	w.path = path
	w.dirty = false
	w.clearRecovery()
	w.updateTitle()
	w.addRecent(path)
	w.status.end(w.status.seq, "Saved "+path, false)
	if done != nil {
		done(true)
	}
}

// guard runs next after making sure unsaved changes are saved or knowingly
// discarded.
func (w *workbench) guard(next func()) {
	w.views.side.flushNote()
	if !w.dirty {
		next()
		return
	}
	w.askSave(func(choice saveChoice) {
		switch choice {
		case choiceSave:
			w.save(func(ok bool) {
				if ok {
					next()
				}
			})
		case choiceDiscard:
			w.clearRecovery()
			next()
		}
	})
}

// saveChoice is the answer to "save changes?".
type saveChoice int

const (
	choiceCancel saveChoice = iota
	choiceSave
	choiceDiscard
)
