package export

// TEMPORARY during the parallel build; replaced by the real writers.

import (
	"context"
	"errors"
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

var errTODO = errors.New("writer not built yet")

// Workbook writes the Excel comparison workbook to path.
func Workbook(ctx context.Context, r *compare.Result, path string, opts Options) error { return errTODO }

// MemoDOCX writes the draft briefing memo as a Word document.
func MemoDOCX(ctx context.Context, r *compare.Result, path string, opts Options) error { return errTODO }

// MemoMarkdown writes the draft briefing memo as Markdown.
func MemoMarkdown(ctx context.Context, r *compare.Result, path string, opts Options) error { return errTODO }

// JSON writes the comparison JSON.
func JSON(r *compare.Result, path string) error { return errTODO }

// CSV writes one CSV file per workbook sheet into dir.
func CSV(ctx context.Context, r *compare.Result, dir string, opts Options) error { return errTODO }

// ToPath picks the writer by path: .xlsx, .docx, .md, .json, or a path
// ending in a separator (or an existing folder) for CSV.
func ToPath(ctx context.Context, r *compare.Result, path string, opts Options) error { return errTODO }
