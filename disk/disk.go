// Package disk writes files so that a reader sees the old content or the new,
// never a part: every file Briefbench writes (workspace, recovery, exports,
// window images, taxonomy) goes through Write, and a set of files that must
// change together (the CSV export) through WriteFolder.
//
// A write fills a temporary file named ".briefbench-NAME.RANDOM.tmp" in the
// target's own folder, flushes and syncs it, renames it over the target and
// syncs the folder. A new file gets the mode the user's umask gives (0644
// under umask 022); a replaced file keeps its mode. A symbolic link is
// written through: its target is replaced, the link stays. Errors name the
// user's file, never the temporary one. Temporary files that a killed or
// crashed write left behind are removed on the next write to the same
// folder; a temporary file another writer still holds (locked) is left
// alone.
package disk

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrIsFolder means a file was to be written where a folder exists.
var ErrIsFolder = errors.New("is a folder, not a file")

// ErrNotFolder means a set of files was to be written where a file exists.
var ErrNotFolder = errors.New("is a file, not a folder")

// ErrForeign means a folder to be replaced by a set holds files the set does
// not contain; they would be lost, so the folder is left as it is.
var ErrForeign = errors.New("holds files Briefbench did not write there; choose a new or empty folder")

// Temporary names: tempPrefix + the target's base name + "." + random hex +
// tempSuffix. Only names of this shape are ever cleaned.
const (
	tempPrefix = ".briefbench-"
	tempSuffix = ".tmp"
)

// Write writes path atomically: write fills a temporary file in the same
// folder, which replaces path only when write returns nil. On any failure
// path is left as it was and the temporary file is removed. Errors read
// "write PATH: problem" and wrap write's own error.
func Write(path string, write func(w io.Writer) error) (err error) {
	target, err := resolve(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	mode := fs.FileMode(0)
	if st, err := os.Stat(target); err == nil {
		if st.IsDir() {
			return fmt.Errorf("write %s: %w", path, ErrIsFolder)
		}
		mode = st.Mode().Perm()
	}
	dir := filepath.Dir(target)
	clean(dir)
	f, tmp, err := createTemp(dir, filepath.Base(target))
	if err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	unlock := lock(f)
	done := false
	defer func() {
		unlock()
		if !done { // failed, or write panicked
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 256<<10)
	if err = write(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	if mode != 0 {
		if err = f.Chmod(mode); err != nil {
			return fmt.Errorf("write %s: %w", path, bare(err))
		}
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	if err = os.Rename(tmp, target); err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	done = true
	syncDir(dir)
	return f.Close()
}

// WriteBytes writes data to path atomically, as Write does.
func WriteBytes(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// createTemp creates a new temporary file for base in dir with mode 0666
// less the umask (os.CreateTemp would give 0600).
func createTemp(dir, base string) (*os.File, string, error) {
	for range 16 {
		name := filepath.Join(dir, tempName(base))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, name, err
	}
	return nil, "", fs.ErrExist
}

func tempName(base string) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return tempPrefix + base + "." + hex.EncodeToString(b[:]) + tempSuffix
}

// resolve follows symbolic links at path (even a dangling one), so the
// write replaces the link's target and keeps the link.
func resolve(path string) (string, error) {
	if path == "" {
		return "", fmt.Errorf("empty path: %w", fs.ErrInvalid)
	}
	p := path
	for range 40 {
		st, err := os.Lstat(p)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		link, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(p), link)
		}
		p = link
	}
	return "", fmt.Errorf("too many symbolic links: %w", fs.ErrInvalid)
}

// syncDir makes a rename durable where the platform allows it; failures are
// ignored because the file itself is already complete and in place.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}

// bare drops the file name from an *fs.PathError or *os.LinkError (it may be
// the temporary file's), so messages name the user's file once, e.g.
// "write /x/out.xlsx: no space left on device".
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
