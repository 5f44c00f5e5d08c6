package importers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"briefbench/brief"
)

// MaxBytes is the largest file the importers accept.
const MaxBytes = 100 << 20

// reader turns a file's bytes into raw blocks and format-level metadata hints.
// name is used only for messages and the fallback title.
type reader func(ctx context.Context, data []byte, name string) ([]block, hints, error)

// readers maps a lower-case file extension to its format and reader.
var readers = map[string]struct {
	format string
	read   reader
}{
	".txt":      {"txt", readText},
	".text":     {"txt", readText},
	".md":       {"md", readMarkdown},
	".markdown": {"md", readMarkdown},
	".html":     {"html", readHTML},
	".htm":      {"html", readHTML},
	".pdf":      {"pdf", readPDF},
	".docx":     {"docx", readDOCX},
}

// Supported reports whether path has an extension the importers read.
func Supported(path string) bool {
	_, ok := readers[strings.ToLower(filepath.Ext(path))]
	return ok
}

// Extensions lists the supported extensions in sorted order.
func Extensions() []string {
	var xs []string
	for x := range readers {
		xs = append(xs, x)
	}
	sort.Strings(xs)
	return xs
}

// Bytes imports one document held in memory. name gives the format by its
// extension and is recorded as the source path.
func Bytes(ctx context.Context, data []byte, name string) (*brief.Brief, error) {
	r, ok := readers[strings.ToLower(filepath.Ext(name))]
	if !ok {
		return nil, &Error{File: name, Err: ErrUnknownFormat}
	}
	return run(ctx, data, name, r.format, r.read)
}

// Text imports pasted text (format "paste"), named name.
func Text(ctx context.Context, text, name string) (*brief.Brief, error) {
	return run(ctx, []byte(text), name, "paste", readText)
}

// formatName is how messages name a format: "HTML", "Markdown", "text".
func formatName(format string) string {
	switch format {
	case "md":
		return "Markdown"
	case "txt", "paste":
		return "text"
	default:
		return strings.ToUpper(format)
	}
}

func run(ctx context.Context, data []byte, name, format string, read reader) (*brief.Brief, error) {
	if len(data) == 0 || len(strings.TrimSpace(string(data))) == 0 && format != "pdf" && format != "docx" {
		return nil, &Error{File: name, Err: ErrEmpty}
	}
	if len(data) > MaxBytes {
		return nil, &Error{File: name, Err: ErrTooLarge}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	blocks, h, err := safeRead(ctx, read, data, name)
	if errors.Is(err, ErrBinary) {
		// Binary data in a text format: say what it is when it is a PDF
		// or a Word file saved under the wrong extension.
		if kind, _ := sniff(data); kind == "PDF" || kind == "DOCX" {
			err = misnamed(data, formatName(format))
		}
	}
	if err != nil {
		var ie *Error
		if errors.As(err, &ie) {
			return nil, err
		}
		return nil, &Error{File: name, Err: err}
	}
	sum := sha256.Sum256(data)
	b := finish(blocks, h, brief.Source{
		Path:   name,
		Format: format,
		SHA256: hex.EncodeToString(sum[:]),
		Bytes:  int64(len(data)),
	})
	if len(b.Paragraphs) == 0 {
		return nil, &Error{File: name, Err: ErrNoText}
	}
	return b, nil
}

// safeRead runs a format reader and turns a panic in it (or in a library it
// calls) into an ErrCorrupt error, so one bad file never stops a batch.
func safeRead(ctx context.Context, read reader, data []byte, name string) (bs []block, h hints, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w (reader failed: %v)", ErrCorrupt, p)
		}
	}()
	return read(ctx, data, name)
}

// File imports the file at path.
func File(ctx context.Context, path string) (*brief.Brief, error) {
	if !Supported(path) {
		return nil, &Error{File: path, Err: ErrUnknownFormat}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: path, Err: fmt.Errorf("cannot read: %w", err)}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, &Error{File: path, Err: fmt.Errorf("cannot read: %w", err)}
	}
	if st.IsDir() {
		return nil, &Error{File: path, Err: fmt.Errorf("is a folder; use Paths to import a folder")}
	}
	if st.Size() > MaxBytes {
		return nil, &Error{File: path, Err: ErrTooLarge}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return nil, &Error{File: path, Err: fmt.Errorf("cannot read: %w", err)}
	}
	// Source.Imported stays zero: the same file always gives the same brief.
	// The app stamps the time when an analyst adds a brief to a workspace.
	return Bytes(ctx, data, path)
}

// Progress reports batch progress: done of total files, the current file.
type Progress func(done, total int, file string)

// Expand turns paths (files and folders) into the list of files to import:
// a folder gives every supported file directly in it, in name order. "-" is
// kept as is (standard input). Folder read errors are returned per path.
func Expand(paths []string) ([]string, []error) {
	var out []string
	var errs []error
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{File: p, Err: fmt.Errorf("cannot read: %w", err)})
			continue
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			errs = append(errs, &Error{File: p, Err: fmt.Errorf("cannot read folder: %w", err)})
			continue
		}
		for _, e := range ents { // ReadDir sorts by name
			if !e.IsDir() && Supported(e.Name()) {
				out = append(out, filepath.Join(p, e.Name()))
			}
		}
	}
	return out, errs
}

// Paths imports files and folders, going on past failures. Briefs come back in
// input order with unique IDs; errs holds one *Error per failed file. "-" reads
// standard input as plain text. It stops early only when ctx is cancelled.
func Paths(ctx context.Context, paths []string, stdin io.Reader, progress Progress) (briefs []*brief.Brief, errs []error) {
	files, errs := Expand(paths)
	for i, p := range files {
		if ctx.Err() != nil {
			errs = append(errs, ctx.Err())
			break
		}
		if progress != nil {
			progress(i, len(files), p)
		}
		var b *brief.Brief
		var err error
		if p == "-" {
			data, rerr := io.ReadAll(io.LimitReader(stdin, MaxBytes+1))
			if rerr != nil {
				err = &Error{File: "stdin", Err: rerr}
			} else {
				b, err = run(ctx, data, "stdin", "paste", readText)
			}
		} else {
			b, err = File(ctx, p)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		briefs = append(briefs, b)
	}
	if progress != nil {
		progress(len(files), len(files), "")
	}
	brief.AssignIDs(briefs)
	return briefs, errs
}
