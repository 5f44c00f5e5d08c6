package importers

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
)

// ErrLimit means a file goes past one of the reader's size limits; the
// error says which part and which limit. The limits bound the time and
// memory one hostile or broken file can take (issue 13 case 11).
var ErrLimit = errors.New("limit reached")

// Per-part limits. Each is far above what a brief needs.
const (
	// maxPDFContent bounds one PDF content stream (a page's or a form's
	// drawing instructions), uncompressed. Reading the text of 1 MB of
	// text-drawing instructions took PDFium 25 s and 1.4 GB (2 MB: 55 s and
	// 2.6 GB); a dense page of text is about 50 KB.
	maxPDFContent = 512 << 10
	// maxDOCXStyles bounds word/styles.xml (usually under 500 KB). A larger
	// one is ignored, with a note: styles only refine paragraph kinds.
	maxDOCXStyles = 8 << 20
	// maxDOCXDocument bounds the main document part and each notes part
	// (a 500-page report is about 30 MB), which also bounds a single run.
	maxDOCXDocument = 64 << 20
	// maxDOCXSmall bounds the package's small parts: relationships and core
	// properties.
	maxDOCXSmall = 1 << 20
)

// limitErr is an ErrLimit naming the part and the limit.
type limitErr struct {
	part  string
	limit int64
}

func (e *limitErr) Error() string {
	return fmt.Sprintf("%v: %s is over %s", ErrLimit, e.part, megabytes(e.limit))
}

func (e *limitErr) Unwrap() error { return ErrLimit }

func limitError(part string, limit int64) error { return &limitErr{part, limit} }

func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d MB", n>>20)
}

// checkPDFStreams scans a PDF's bytes for content streams larger than
// maxPDFContent, before PDFium is given the file. A stream counts as content
// when its dictionary declares no type (page contents) or is a form; images,
// fonts, metadata, object and cross-reference streams are not laid out as
// text and are skipped. Flate-compressed streams are measured inflated, up
// to the limit. The scan is linear in the file.
func checkPDFStreams(data []byte) error {
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("stream"))
		if k < 0 {
			return nil
		}
		at := i + k
		i = at + len("stream")
		if at >= 3 && string(data[at-3:at]) == "end" {
			continue
		}
		body := i
		if body < len(data) && data[body] == '\r' {
			body++
		}
		if body < len(data) && data[body] == '\n' {
			body++
		}
		dict := data[max(0, at-2048):at]
		if d := bytes.LastIndex(dict, []byte("obj")); d >= 0 {
			dict = dict[d:]
		}
		end := bytes.Index(data[body:], []byte("endstream"))
		if end < 0 {
			end = len(data) - body
		}
		i = body + end
		if !contentStream(dict) {
			continue
		}
		raw := data[body : body+end]
		size := int64(len(raw))
		if bytes.Contains(dict, []byte("/FlateDecode")) {
			if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
				size, _ = io.Copy(io.Discard, io.LimitReader(zr, maxPDFContent+1))
			}
		}
		if size > maxPDFContent {
			return limitError("a page's content stream", maxPDFContent)
		}
	}
}

// contentStream reports whether a stream dictionary is a page's or a form's
// content.
func contentStream(dict []byte) bool {
	if bytes.Contains(dict, []byte("/Form")) {
		return true
	}
	for _, k := range []string{"/Type", "/Subtype", "/Length1", "/Length2", "/Length3", "/N ", "/Image"} {
		if bytes.Contains(dict, []byte(k)) {
			return false
		}
	}
	return true
}
