package export

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"briefbench/compare"
)

// Options configure the writers.
type Options struct {
	// Now is the creation time written into documents. Default: time.Now().
	Now time.Time
	// Author is the memo's From line. Default: empty placeholder.
	Author string
}

// now returns opts.Now, or the current time when it is zero, in UTC.
func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now().UTC()
	}
	return o.Now.UTC()
}

// ToPath picks the writer by path: .xlsx, .docx, .md, .json, or a path
// ending in a separator (or an existing folder) for CSV.
func ToPath(ctx context.Context, r *compare.Result, path string, opts Options) (err error) {
	// A bug in one writer must not stop the others a caller runs next.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("write %s: %w: %v", path, ErrInternal, p)
		}
	}()
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return CSV(ctx, r, path, opts)
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return CSV(ctx, r, path, opts)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return Workbook(ctx, r, path, opts)
	case ".docx":
		return MemoDOCX(ctx, r, path, opts)
	case ".md", ".markdown":
		return MemoMarkdown(ctx, r, path, opts)
	case ".json":
		return JSON(r, path)
	}
	return fmt.Errorf("%s: %w", path, ErrUnknownFormat)
}

// Supported reports whether ToPath can write to path: a known extension or a
// folder.
func Supported(path string) bool {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return true
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return true
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".docx", ".md", ".markdown", ".json":
		return true
	}
	return false
}
