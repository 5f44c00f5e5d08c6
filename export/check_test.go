package export_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/export"
)

// Issue 13 case 8: a comparison JSON that parses but does not hold together
// is refused with what is wrong, instead of crashing a writer.
func TestReadJSONChecks(t *testing.T) {
	good, err := os.ReadFile("testdata/result.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(s string) string
		want string // in the error
	}{
		{"null brief", func(s string) string { return strings.Replace(s, `"briefs": [`, `"briefs": [null, `, 1) }, "briefs[0] is null"},
		{"unknown brief in a passage", func(s string) string {
			return strings.Replace(s, `{"brief": "meridian-2026", "paragraph": 4,`, `{"brief": "ghost-2026", "paragraph": 4,`, 1)
		}, `names brief "ghost-`},
		{"row past the passages", func(s string) string {
			return strings.Replace(s, `{"meridian-2026": 0, "hanbridge-brief-7": 2,`, `{"meridian-2026": 999, "hanbridge-brief-7": 2,`, 1)
		}, "points to passage 999"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			edited := tc.edit(string(good))
			if edited == string(good) {
				t.Fatal("the edit did not apply to the fixture")
			}
			path := filepath.Join(t.TempDir(), "c.json")
			if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := export.ReadJSON(path)
			if !errors.Is(err, export.ErrInvalid) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
				t.Fatalf("err = %v, want ErrInvalid naming %s and %q", err, path, tc.want)
			}
		})
	}
}

// A writer that panics gives an error for its file; nothing is left behind
// and the caller can go on with the next output.
func TestToPathPanicIsAnError(t *testing.T) {
	bad := &compare.Result{Briefs: []*brief.Brief{nil}}
	dir := t.TempDir()
	for _, name := range []string{"c.xlsx", "m.md", "m.docx", "csv/"} {
		path := dir + "/" + name
		err := export.ToPath(context.Background(), bad, path, export.Options{})
		if !errors.Is(err, export.ErrInternal) || !strings.Contains(err.Error(), strings.TrimSuffix(path, "/")) {
			t.Errorf("%s: err = %v, want ErrInternal naming the file", name, err)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("left behind: %v", ents)
	}
}
