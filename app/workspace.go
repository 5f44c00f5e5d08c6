package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/disk"
)

// WorkspaceVersion is the workspace file version this build writes and the
// newest it reads.
const WorkspaceVersion = 1

// WorkspaceExt is the workspace file extension.
const WorkspaceExt = ".briefbench"

// Workspace file errors; test with errors.Is.
var (
	ErrCorruptWorkspace = errors.New("not a readable Briefbench workspace (corrupt or truncated); the file was left untouched")
	ErrNewerWorkspace   = errors.New("saved by a newer Briefbench; update Briefbench to open it (the file was left untouched)")
)

// WorkspaceError is a failure to read or write a workspace file.
type WorkspaceError struct {
	Path   string
	Detail string // extra detail, e.g. the JSON error or the version found
	Err    error
}

func (e *WorkspaceError) Error() string {
	s := filepath.Base(e.Path) + ": " + e.Err.Error()
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

func (e *WorkspaceError) Unwrap() error { return e.Err }

// ReadWorkspace reads a .briefbench file. A file that is not valid workspace
// JSON gives ErrCorruptWorkspace, one with a newer version ErrNewerWorkspace.
func ReadWorkspace(path string) (*Workspace, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &WorkspaceError{Path: path, Err: fmt.Errorf("cannot read: %w", err)}
	}
	return decodeWorkspace(path, data)
}

func decodeWorkspace(path string, data []byte) (*Workspace, error) {
	var probe struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, &WorkspaceError{Path: path, Detail: err.Error(), Err: ErrCorruptWorkspace}
	}
	if probe.Version == nil || *probe.Version < 1 {
		return nil, &WorkspaceError{Path: path, Detail: "no version field", Err: ErrCorruptWorkspace}
	}
	if *probe.Version > WorkspaceVersion {
		return nil, &WorkspaceError{
			Path:   path,
			Detail: fmt.Sprintf("file version %d, this Briefbench reads up to %d", *probe.Version, WorkspaceVersion),
			Err:    ErrNewerWorkspace,
		}
	}
	ws := &Workspace{}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(ws); err != nil {
		return nil, &WorkspaceError{Path: path, Detail: err.Error(), Err: ErrCorruptWorkspace}
	}
	ws.Briefs = slices.DeleteFunc(ws.Briefs, func(b *brief.Brief) bool { return b == nil })
	seen := map[string]bool{}
	for _, b := range ws.Briefs {
		if b.ID == "" || seen[b.ID] {
			brief.AssignIDs(ws.Briefs)
			break
		}
		seen[b.ID] = true
	}
	return ws, nil
}

// WriteWorkspace saves ws to path atomically. It refuses to replace an
// existing file it cannot read as a workspace (corrupt, newer or foreign), so
// such a file is never overwritten.
func WriteWorkspace(path string, ws *Workspace) error {
	if _, err := os.Stat(path); err == nil {
		if _, err := ReadWorkspace(path); err != nil {
			return &WorkspaceError{Path: path, Detail: "choose another file name", Err: fmt.Errorf("will not overwrite an existing file that is not a workspace this version can read: %w", errors.Unwrap(err))}
		}
	}
	data, err := encodeWorkspace(ws)
	if err != nil {
		return &WorkspaceError{Path: path, Err: err}
	}
	if err := disk.WriteBytes(path, data); err != nil {
		return &WorkspaceError{Path: path, Err: err}
	}
	return nil
}

func encodeWorkspace(ws *Workspace) ([]byte, error) {
	c := *ws
	c.Version = WorkspaceVersion
	if c.Briefs == nil {
		c.Briefs = []*brief.Brief{}
	}
	if c.Excluded == nil {
		c.Excluded = []string{}
	}
	return json.MarshalIndent(&c, "", "  ")
}

// cloneBriefs copies briefs deeply enough that the engine can read them on
// another goroutine while the UI edits the originals.
func cloneBriefs(bs []*brief.Brief) []*brief.Brief {
	out := make([]*brief.Brief, len(bs))
	for i, b := range bs {
		c := *b
		c.Authors = slices.Clone(b.Authors)
		c.Paragraphs = slices.Clone(b.Paragraphs)
		c.Dropped = slices.Clone(b.Dropped)
		out[i] = &c
	}
	return out
}

// cloneEdits deep-copies edits through JSON (they are plain data).
func cloneEdits(e compare.Edits) compare.Edits {
	data, err := json.Marshal(e)
	if err != nil {
		return e
	}
	var c compare.Edits
	if err := json.Unmarshal(data, &c); err != nil {
		return e
	}
	return c
}

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
func (w *workbench) setWorkspace(ws *Workspace, path string) {
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
		ws, err := ReadWorkspace(path)
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
	if !strings.HasSuffix(path, WorkspaceExt) {
		path += WorkspaceExt
	}
	if err := WriteWorkspace(path, w.ws); err != nil {
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
