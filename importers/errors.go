package importers

import (
	"errors"
	"fmt"
)

// Sentinel errors; test with errors.Is.
var (
	ErrUnknownFormat = errors.New("unknown format: use .txt, .md, .html, .htm, .pdf or .docx")
	ErrEmpty         = errors.New("empty file: nothing to import")
	ErrTooLarge      = errors.New("file over 100 MB: split it or import the relevant part")
	ErrBinary        = errors.New("not text: the file holds binary data; check the extension")
	ErrCorrupt       = errors.New("corrupt or truncated file: re-save it from the original application")
	ErrEncrypted     = errors.New("encrypted PDF: remove the password and import again")
	ErrNoTextLayer   = errors.New("scanned PDF: no text layer; run OCR first")
	ErrZipBomb       = errors.New("DOCX expands to more than 500 MB: refusing to unpack it")
	ErrNoText        = errors.New("no readable text found")
	ErrOwnOutput     = errors.New("skipped: written by Briefbench (a memo from an earlier run), not a brief")
	ErrNotRegular    = errors.New("skipped: not a regular file")
	ErrFolder        = errors.New("is a folder: import the folder itself (Add folder… in the app, or the folder's path on the command line)")
)

// Error is an import failure for one file, with the page when known.
type Error struct {
	File string // path or name of the file
	Page int    // 1-based page, 0 when not applicable
	Err  error
}

func (e *Error) Error() string {
	if e.Page > 0 {
		return fmt.Sprintf("%s: page %d: %v", e.File, e.Page, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
