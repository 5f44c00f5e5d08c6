package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"briefbench/importers"
)

// checkOverlap refuses, before any work is done, an --out that would
// replace one of the inputs: the same file (also through a link or another
// spelling of its path), or a CSV folder that is an input folder or holds an
// input file. A memo written into a folder that is read is allowed: a later
// run skips it (importers.ErrOwnOutput).
func checkOverlap(name string, outs outputs, inputs []string, stderr io.Writer) error {
	for _, o := range outs {
		if o == "-" {
			continue
		}
		csv := strings.HasSuffix(o, "/") || strings.HasSuffix(o, string(filepath.Separator)) || isDir(o)
		for _, in := range inputs {
			if in == "-" {
				continue
			}
			if samePath(o, in) || csv && within(in, o) {
				fmt.Fprintf(stderr, "briefbench %s: --out %s would overwrite the input %s; choose another output name\n", name, o, in)
				return errUsage
			}
		}
	}
	return nil
}

// samePath reports whether a and b name the same file or folder.
func samePath(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(sa, sb)
	}
	return absPath(a) == absPath(b)
}

// within reports whether path lies inside the folder dir.
func within(path, dir string) bool {
	rel, err := filepath.Rel(realPath(dir), realPath(path))
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func absPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	return a
}

// realPath is p made absolute with its links resolved where it exists.
func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return absPath(r)
	}
	return absPath(p)
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// skipped reports whether an import error only says that a file was left
// out on purpose (a memo Briefbench wrote, a named pipe); such files are
// named but do not make the run fail.
func skipped(err error) bool {
	return errors.Is(err, importers.ErrOwnOutput) || errors.Is(err, importers.ErrNotRegular)
}
