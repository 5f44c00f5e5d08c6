package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"briefbench/brief"
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

// TestJSONNamesFilesWithoutFolders: the comparison JSON, like every other
// export, names a brief's source file without the folder it sits in here,
// and leaves the result it was given untouched.
func TestJSONNamesFilesWithoutFolders(t *testing.T) {
	for _, tc := range []struct{ name, path, want string }{
		{"absolute", "/home/analyst/secret/kei-brief.pdf", "kei-brief.pdf"},
		{"relative", "../briefs/ships.docx", "ships.docx"},
		{"bare name", "notes.md", "notes.md"},
		{"pasted", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := compare.Result{Briefs: []*brief.Brief{{ID: "b1", Source: brief.Source{Path: tc.path, Format: "pdf"}}}}
			var out bytes.Buffer
			if err := encodeJSON(&out, &r); err != nil {
				t.Fatal(err)
			}
			var back compare.Result
			if err := json.Unmarshal(out.Bytes(), &back); err != nil {
				t.Fatal(err)
			}
			if got := back.Briefs[0].Source.Path; got != tc.want {
				t.Errorf("source path in JSON = %q, want %q", got, tc.want)
			}
			if tc.path != "" && bytes.Contains(out.Bytes(), []byte(filepath.Dir(tc.path)+"/")) && filepath.Dir(tc.path) != "." {
				t.Errorf("JSON names the folder %q:\n%s", filepath.Dir(tc.path), out.Bytes())
			}
			if r.Briefs[0].Source.Path != tc.path {
				t.Errorf("encoding changed the result's path to %q", r.Briefs[0].Source.Path)
			}
		})
	}
}
