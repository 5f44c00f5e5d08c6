package export

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"briefbench/compare"
	"briefbench/disk"
)

// JSON writes the comparison JSON (schema briefbench.comparison/v1),
// indented, atomically.
func JSON(r *compare.Result, path string) error {
	if r == nil {
		return fmt.Errorf("write %s: %w", path, ErrNoResult)
	}
	return disk.Write(path, func(w io.Writer) error { return encodeJSON(w, r) })
}

// encodeJSON writes r as indented JSON, setting the schema when empty.
func encodeJSON(w io.Writer, r *compare.Result) error {
	if r.Schema == "" {
		c := *r
		c.Schema = compare.Schema
		r = &c
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// WriteJSON writes the comparison JSON to w (e.g. standard output).
func WriteJSON(w io.Writer, r *compare.Result) error {
	if r == nil {
		return ErrNoResult
	}
	return encodeJSON(w, r)
}

// ReadJSON reads a comparison JSON written by JSON, checking its schema.
func ReadJSON(path string) (*compare.Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var r compare.Result
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if r.Schema != compare.Schema {
		return nil, fmt.Errorf("read %s: %w", path, ErrSchema)
	}
	return &r, nil
}
