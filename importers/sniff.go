package importers

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ErrWrongExtension is what every MisnamedError is (test with errors.Is).
var ErrWrongExtension = errors.New("the extension does not match the content")

// MisnamedError is a file whose content is another format than its
// extension says; the error names the format found and the extension to use.
type MisnamedError struct {
	Want  string // the format the extension promised, e.g. "PDF"
	Found string // what the content is, e.g. "plain text"
	Ext   string // the extension that fits it, e.g. ".txt"
}

func (e *MisnamedError) Error() string {
	want := "a " + e.Want
	if strings.HasPrefix(e.Want, "HTML") {
		want = "an " + e.Want
	}
	return fmt.Sprintf("not %s file: it holds %s; rename it to %s and import it again", want, e.Found, e.Ext)
}

// Unwrap makes errors.Is(err, ErrWrongExtension) hold.
func (e *MisnamedError) Unwrap() error { return ErrWrongExtension }

// misnamed reports the content's real format when it is clearly not want
// ("PDF" or "DOCX"), or nil.
func misnamed(data []byte, want string) error {
	found, ext := sniff(data)
	if found == "" || found == want {
		return nil
	}
	return &MisnamedError{Want: want, Found: found, Ext: ext}
}

// sniff names the format of data from its first bytes: "PDF", "DOCX" (a
// zip), "a web page", "plain text", or "" when unsure.
func sniff(data []byte) (kind, ext string) {
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return "PDF", ".pdf"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "DOCX", ".docx"
	}
	trimmed := bytes.ToLower(bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n"))
	if bytes.HasPrefix(trimmed, []byte("<!doctype html")) || bytes.HasPrefix(trimmed, []byte("<html")) {
		return "a web page", ".html"
	}
	if textLike(head) {
		return "plain text", ".txt"
	}
	return "", ""
}

// textLike reports whether b is UTF-8 text without control characters other
// than tabs and line breaks (a cut rune at the end is allowed).
func textLike(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:])
		}
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return false
		}
		i += n
	}
	return true
}
