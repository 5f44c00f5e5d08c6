package export

import (
	"errors"

	"briefbench/disk"
)

// Sentinel errors; test with errors.Is. Errors returned by the writers wrap
// them together with the path concerned.
var (
	// ErrNoResult means the comparison passed in is nil.
	ErrNoResult = errors.New("no comparison to export")
	// ErrUnknownFormat means the output path's extension names no writer.
	ErrUnknownFormat = errors.New("unknown output format: use .xlsx, .docx, .md, .json or a folder ending in / for CSV")
	// ErrIsFolder means a file was to be written where a folder exists.
	ErrIsFolder = disk.ErrIsFolder
	// ErrNotFolder means CSV files were to be written into something that is not a folder.
	ErrNotFolder = disk.ErrNotFolder
	// ErrInternal means a writer failed on a bug; the file was not written.
	ErrInternal = errors.New("internal error in the writer (please report it); the file was not written")
	// ErrSchema means a comparison JSON has a missing or unknown schema.
	ErrSchema = errors.New("not a Briefbench comparison (schema briefbench.comparison/v1)")
)
