// Package golden compares test output with readable golden files under
// testdata/. Every package's goldens are rewritten the same way: run the
// tests with -update, then review the diff before committing.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with the output (review the diff)")

// Check compares got with the golden file at path. With -update it writes
// got there first (making folders as needed). Leading and trailing white
// space does not count. A difference is reported at its first line.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	g, w := strings.TrimSpace(string(got)), strings.TrimSpace(string(want))
	if g == w {
		return
	}
	gl, wl := strings.Split(g, "\n"), strings.Split(w, "\n")
	for i := range max(len(gl), len(wl)) {
		var gi, wi string
		if i < len(gl) {
			gi = gl[i]
		}
		if i < len(wl) {
			wi = wl[i]
		}
		if gi != wi || i >= len(gl) || i >= len(wl) {
			t.Errorf("output differs from %s at line %d (run go test -update and review the diff):\n got: %s\nwant: %s", path, i+1, gi, wi)
			return
		}
	}
}

// JSON writes v as indented JSON (HTML characters as written) and checks it
// against the golden file at path (see Check).
func JSON(t testing.TB, path string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	Check(t, path, buf.Bytes())
}
