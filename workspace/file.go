package workspace

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"briefbench/brief"
	"briefbench/disk"
)

// Version is the workspace file version this build writes and the newest it
// reads.
const Version = 1

// Ext is the workspace file extension.
const Ext = ".briefbench"

// Workspace file errors; test with errors.Is.
var (
	ErrCorrupt = errors.New("not a readable Briefbench workspace (corrupt or truncated); the file was left untouched")
	ErrNewer   = errors.New("saved by a newer Briefbench; update Briefbench to open it (the file was left untouched)")
)

// Error is a failure to read or write a workspace file.
type Error struct {
	Path   string
	Detail string // extra detail, e.g. the JSON error or the version found
	Err    error
}

func (e *Error) Error() string {
	s := filepath.Base(e.Path) + ": " + e.Err.Error()
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Read reads a .briefbench file. A file that is not valid workspace JSON
// gives ErrCorrupt, one with a newer version ErrNewer.
func Read(path string) (*Workspace, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Err: fmt.Errorf("cannot read: %w", err)}
	}
	return Decode(path, data)
}

// Decode reads a workspace from data, the contents of the file at path
// (named in errors). Briefs without an ID or with a repeated one get new
// IDs.
func Decode(path string, data []byte) (*Workspace, error) {
	var probe struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, &Error{Path: path, Detail: err.Error(), Err: ErrCorrupt}
	}
	if probe.Version == nil || *probe.Version < 1 {
		return nil, &Error{Path: path, Detail: "no version field", Err: ErrCorrupt}
	}
	if *probe.Version > Version {
		return nil, &Error{
			Path:   path,
			Detail: fmt.Sprintf("file version %d, this Briefbench reads up to %d", *probe.Version, Version),
			Err:    ErrNewer,
		}
	}
	ws := &Workspace{}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(ws); err != nil {
		return nil, &Error{Path: path, Detail: err.Error(), Err: ErrCorrupt}
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

// Write saves ws to path atomically (disk.WriteBytes). It refuses to
// replace an existing file it cannot read as a workspace (corrupt, newer or
// foreign), so such a file is never overwritten.
func Write(path string, ws *Workspace) error {
	if _, err := os.Stat(path); err == nil {
		if _, err := Read(path); err != nil {
			return &Error{Path: path, Detail: "choose another file name", Err: fmt.Errorf("will not overwrite an existing file that is not a workspace this version can read: %w", errors.Unwrap(err))}
		}
	}
	data, err := Encode(ws)
	if err != nil {
		return &Error{Path: path, Err: err}
	}
	if err := disk.WriteBytes(path, data); err != nil {
		return &Error{Path: path, Err: err}
	}
	return nil
}

// Encode writes ws as the file holds it: indented JSON of the current
// Version, with empty lists written as [] rather than null.
func Encode(ws *Workspace) ([]byte, error) {
	c := *ws
	c.Version = Version
	if c.Briefs == nil {
		c.Briefs = []*brief.Brief{}
	}
	if c.Excluded == nil {
		c.Excluded = []string{}
	}
	return json.MarshalIndent(&c, "", "  ")
}
