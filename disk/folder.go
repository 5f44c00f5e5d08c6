package disk

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// Folder is a set of files being written by WriteFolder. Its files appear in
// the destination folder together, when WriteFolder returns nil.
type Folder struct {
	dir   string // the user's folder, named in errors
	tmp   string // the temporary folder being filled
	names []string
}

// Write writes one file of the set. Errors name the file in the user's
// folder.
func (f *Folder) Write(name string, write func(w io.Writer) error) (err error) {
	path := filepath.Join(f.dir, name)
	if name != filepath.Base(name) || name == "." || name == ".." {
		return fmt.Errorf("write %s: not a plain file name: %w", path, fs.ErrInvalid)
	}
	out, err := os.OpenFile(filepath.Join(f.tmp, name), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	defer func() {
		if cerr := out.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write %s: %w", path, bare(cerr))
		}
	}()
	bw := bufio.NewWriterSize(out, 256<<10)
	if err := write(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	if err := out.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, bare(err))
	}
	f.names = append(f.names, name)
	return nil
}

// WriteFolder writes a set of files as one: fill writes them into a new
// temporary folder beside dir, which then takes dir's place (on Linux in one
// atomic exchange). Readers see the whole old set or the whole new one. An
// existing dir may hold only files of the new set (an earlier export of the
// same set); one holding anything else gives ErrForeign and is left as it is.
// On failure dir is unchanged and the temporary folder removed.
func WriteFolder(dir string, fill func(f *Folder) error) (err error) {
	target, err := resolve(filepath.Clean(dir))
	if err != nil {
		return fmt.Errorf("write %s: %w", dir, bare(err))
	}
	mode := fs.FileMode(0)
	st, err := os.Stat(target)
	switch {
	case err == nil && !st.IsDir():
		return fmt.Errorf("write %s: %w", dir, ErrNotFolder)
	case err == nil:
		mode = st.Mode().Perm()
	}
	parent := filepath.Dir(target)
	if err := os.MkdirAll(parent, 0o777); err != nil {
		return fmt.Errorf("write %s: %w", dir, bare(err))
	}
	clean(parent)
	tmp, err := createTempDir(parent, filepath.Base(target))
	if err != nil {
		return fmt.Errorf("write %s: %w", dir, bare(err))
	}
	d, err := os.Open(tmp)
	if err != nil {
		_ = os.RemoveAll(tmp)
		return fmt.Errorf("write %s: %w", dir, bare(err))
	}
	unlock := lock(d)
	done := false
	defer func() {
		unlock()
		_ = d.Close()
		if !done { // failed, or fill panicked
			_ = os.RemoveAll(tmp)
		}
	}()
	f := &Folder{dir: dir, tmp: tmp}
	if err := fill(f); err != nil {
		return err
	}
	if mode != 0 {
		if err := os.Chmod(tmp, mode); err != nil {
			return fmt.Errorf("write %s: %w", dir, bare(err))
		}
	}
	syncDir(tmp)
	if mode == 0 {
		if err := os.Rename(tmp, target); err != nil {
			return fmt.Errorf("write %s: %w", dir, bare(err))
		}
		done = true
		syncDir(parent)
		return nil
	}
	if name, ok := foreign(target, f.names); ok {
		return fmt.Errorf("write %s: %w (%s)", dir, ErrForeign, name)
	}
	if err := swap(tmp, target); err != nil {
		return fmt.Errorf("write %s: %w", dir, bare(err))
	}
	syncDir(parent)
	// tmp now holds the old set, which the deferred cleanup removes.
	return nil
}

// foreign returns the first entry of dir that is not one of names.
func foreign(dir string, names []string) (string, bool) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return "", false
	}
	for _, e := range ents {
		if !slices.Contains(names, e.Name()) {
			return e.Name(), true
		}
	}
	return "", false
}

// createTempDir creates a new temporary folder for base in dir, with mode
// 0777 less the umask.
func createTempDir(dir, base string) (string, error) {
	for range 16 {
		name := filepath.Join(dir, tempName(base))
		err := os.Mkdir(name, 0o777)
		if os.IsExist(err) {
			continue
		}
		return name, err
	}
	return "", fs.ErrExist
}
