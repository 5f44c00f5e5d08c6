package export

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"briefbench/compare"
)

// The streamed JSON is byte for byte what one json.Encoder call writes.
func TestJSONStreamsSameBytes(t *testing.T) {
	data, err := os.ReadFile("testdata/result.json")
	if err != nil {
		t.Fatal(err)
	}
	var full compare.Result
	if err := json.Unmarshal(data, &full); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		r    compare.Result
	}{
		{"fixture", full},
		{"empty", compare.Result{}},
		{"html characters and warnings", compare.Result{Taxonomy: "<a & b>", Warnings: []string{"edit <x> gone"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := oneBlock(t, &tc.r)
			var got bytes.Buffer
			if err := encodeJSON(&got, &tc.r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("streamed JSON differs:\n%s\nwant:\n%s", got.Bytes(), want)
			}
		})
	}
}

// oneBlock is the JSON encoded in one call, as before streaming.
func oneBlock(t *testing.T, r *compare.Result) []byte {
	t.Helper()
	c := *r
	if c.Schema == "" {
		c.Schema = compare.Schema
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
