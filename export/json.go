package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"

	"briefbench/compare"
	"briefbench/disk"
)

// JSON writes the comparison JSON (schema briefbench.comparison/v1),
// indented, atomically. Source files are named without their folders.
func JSON(r *compare.Result, path string) error {
	if r == nil {
		return fmt.Errorf("write %s: %w", path, ErrNoResult)
	}
	return disk.Write(path, func(w io.Writer) error { return encodeJSON(w, r) })
}

// encodeJSON writes r as indented JSON, setting the schema when empty. It
// streams: each top-level field, and each element of a top-level list, is
// encoded and written on its own, so a large comparison is never held in
// memory as one encoded block. The bytes are those json.Encoder writes for
// the whole value with the same indent (TestJSONStreamsSameBytes).
func encodeJSON(w io.Writer, r *compare.Result) error {
	c := *r
	if c.Schema == "" {
		c.Schema = compare.Schema
	}
	// Source files are named without their folders (brief.Source.FileName).
	c.Briefs = slices.Clone(r.Briefs)
	for i, b := range c.Briefs {
		if b != nil && b.Source.Path != b.Source.FileName() {
			cp := *b
			cp.Source.Path = b.Source.FileName()
			b = &cp
		}
		c.Briefs[i] = b
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// put encodes v with the given prefix, without the trailing newline.
	put := func(v any, prefix string) error {
		buf.Reset()
		enc.SetIndent(prefix, "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	v := reflect.ValueOf(c)
	t := v.Type()
	bw.WriteString("{")
	first := true
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fv := v.Field(i)
		if omitted(fv, opts) {
			continue
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		bw.WriteString("\n  ")
		if err := put(name, ""); err != nil {
			return err
		}
		bw.WriteString(": ")
		if fv.Kind() != reflect.Slice || fv.Len() == 0 {
			if err := put(fv.Interface(), "  "); err != nil {
				return err
			}
			continue
		}
		bw.WriteString("[")
		for j := range fv.Len() {
			if j > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			if err := put(fv.Index(j).Interface(), "    "); err != nil {
				return err
			}
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// omitted applies the omitempty and omitzero options of a JSON tag.
func omitted(v reflect.Value, opts string) bool {
	for o := range strings.SplitSeq(opts, ",") {
		switch o {
		case "omitzero":
			if v.IsZero() {
				return true
			}
		case "omitempty":
			switch v.Kind() {
			case reflect.Slice, reflect.Map, reflect.String, reflect.Array:
				if v.Len() == 0 {
					return true
				}
			case reflect.Pointer, reflect.Interface:
				if v.IsNil() {
					return true
				}
			case reflect.Bool, reflect.Int, reflect.Int64, reflect.Float64, reflect.Uint, reflect.Uint64:
				if v.IsZero() {
					return true
				}
			}
		}
	}
	return false
}

// WriteJSON writes the comparison JSON to w (e.g. standard output).
func WriteJSON(w io.Writer, r *compare.Result) error {
	if r == nil {
		return ErrNoResult
	}
	return encodeJSON(w, r)
}

// ReadJSON reads a comparison JSON written by JSON, checking its schema and
// that its parts hold together (ErrInvalid lists what does not).
func ReadJSON(path string) (*compare.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	r, err := DecodeJSON(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return r, nil
}

// DecodeJSON reads a comparison JSON from rd, as ReadJSON does.
func DecodeJSON(rd io.Reader) (*compare.Result, error) {
	var r compare.Result
	if err := json.NewDecoder(bufio.NewReader(rd)).Decode(&r); err != nil {
		return nil, err
	}
	if r.Schema != compare.Schema {
		return nil, ErrSchema
	}
	if err := check(&r); err != nil {
		return nil, err
	}
	return &r, nil
}
