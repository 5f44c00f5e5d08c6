package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, format)
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.errs = append(r.errs, format)
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "testdata", "x.golden")
	for _, tc := range []struct {
		name   string
		update bool
		got    string
		fails  bool
	}{
		{"missing file fails", false, "a\nb\n", true},
		{"update writes it", true, "a\nb\n", false},
		{"same output passes", false, "a\nb\n", false},
		{"surrounding space does not count", false, "\na\nb", false},
		{"changed line fails", false, "a\nc\n", true},
		{"extra line fails", false, "a\nb\nc\n", true},
		{"missing line fails", false, "a\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			*update = tc.update
			defer func() { *update = false }()
			r := &recorder{TB: t}
			Check(r, path, []byte(tc.got))
			if failed := len(r.errs) > 0; failed != tc.fails {
				t.Errorf("failed = %v (%v), want %v", failed, r.errs, tc.fails)
			}
		})
	}
	data, err := os.ReadFile(path)
	if err != nil || string(data) != "a\nb\n" {
		t.Errorf("golden %q, %v", data, err)
	}
}

func TestJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.json")
	*update = true
	JSON(t, path, map[string]string{"q": "a < b & c"})
	*update = false
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), `"q": "a < b & c"`) {
		t.Errorf("JSON wrote %s", data)
	}
	JSON(t, path, map[string]string{"q": "a < b & c"})
}
