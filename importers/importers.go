package importers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

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
	if !utf8.ValidString(name) {
		// JSON would replace the bad bytes; the note keeps the exact name.
		h.Notes = append(h.Notes, "file name is not UTF-8; exact name "+strconv.Quote(name))
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
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	// Source.Imported stays zero: the same file always gives the same brief.
	// The app stamps the time when an analyst adds a brief to a workspace.
	return Bytes(ctx, data, path)
}

// readFile reads a supported regular file. Anything else (a folder, a named
// pipe, a device) is refused before it is opened, so it can never block.
func readFile(path string) ([]byte, error) {
	if !Supported(path) {
		return nil, &Error{File: path, Err: ErrUnknownFormat}
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, &Error{File: path, Err: fmt.Errorf("cannot read: %w", err)}
	}
	if st.IsDir() {
		return nil, &Error{File: path, Err: ErrFolder}
	}
	if !st.Mode().IsRegular() {
		return nil, &Error{File: path, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kindOf(st.Mode()))}
	}
	if st.Size() > MaxBytes {
		return nil, &Error{File: path, Err: ErrTooLarge}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &Error{File: path, Err: fmt.Errorf("cannot read: %w", err)}
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, &Error{File: path, Err: ErrNotRegular}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return nil, &Error{File: path, Err: fmt.Errorf("cannot read: %w", err)}
	}
	return data, nil
}

// kindOf names a file type that is not a regular file.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}

// Progress reports batch progress: done of total files, the current file.
type Progress func(done, total int, file string)

// Expand turns paths (files and folders) into the list of files to import:
// a folder gives every supported regular file directly in it, in name
// order; a named pipe, socket or device there is named in errs (it could
// block the batch) and skipped. "-" is kept as is (standard input). Folder
// read errors are returned per path.
func Expand(paths []string) ([]string, []error) {
	files, errs := expand(paths)
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.path
	}
	return out, errs
}

// found is a file to import and whether a folder gave it.
type found struct {
	path     string
	inFolder bool
}

func expand(paths []string) ([]found, []error) {
	var out []found
	var errs []error
	for _, p := range paths {
		if p == "-" {
			out = append(out, found{path: p})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{File: p, Err: fmt.Errorf("cannot read: %w", err)})
			continue
		}
		if !st.IsDir() {
			out = append(out, found{path: p})
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			errs = append(errs, &Error{File: p, Err: fmt.Errorf("cannot read folder: %w", err)})
			continue
		}
		for _, e := range ents { // ReadDir sorts by name
			if e.IsDir() || !Supported(e.Name()) {
				continue
			}
			fp := filepath.Join(p, e.Name())
			if !e.Type().IsRegular() {
				// A link is followed; anything else is not read at all.
				st, err := os.Stat(fp)
				if err != nil || !st.Mode().IsRegular() {
					mode := e.Type()
					if err == nil {
						mode = st.Mode()
					}
					errs = append(errs, &Error{File: fp, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kindOf(mode))})
					continue
				}
			}
			out = append(out, found{path: fp, inFolder: true})
		}
	}
	return out, errs
}

// Paths imports files and folders, going on past failures. Briefs come back in
// input order with unique IDs; errs holds one *Error per failed file. "-" reads
// standard input as plain text. A file found in a folder that Briefbench
// itself wrote (Own) is skipped with ErrOwnOutput in errs; a named file is
// imported whatever wrote it. It stops early only when ctx is cancelled.
func Paths(ctx context.Context, paths []string, stdin io.Reader, progress Progress) (briefs []*brief.Brief, errs []error) {
	files, errs := expand(paths)
	for i, fd := range files {
		p := fd.path
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
			var data []byte
			data, err = readFile(p)
			switch {
			case err != nil:
			case fd.inFolder && Own(p, data):
				err = &Error{File: p, Err: ErrOwnOutput}
			default:
				b, err = Bytes(ctx, data, p)
			}
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
