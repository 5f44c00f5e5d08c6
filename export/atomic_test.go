package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	boom := errors.New("disk on fire")
	tests := []struct {
		name     string
		previous string // existing content, "" for none
		write    func(w io.Writer) error
		want     string // content afterwards
		err      error
	}{
		{"new file", "", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, "new", nil},
		{"replace", "old", func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }, "new", nil},
		{"failure keeps the old file", "old", func(w io.Writer) error {
			_, _ = io.WriteString(w, "half")
			return boom
		}, "old", boom},
		{"failure creates nothing", "", func(w io.Writer) error { return boom }, "", boom},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.bin")
			if tc.previous != "" {
				if err := os.WriteFile(path, []byte(tc.previous), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			err := writeFile(path, tc.write)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			got, rerr := os.ReadFile(path)
			if tc.want == "" {
				if !errors.Is(rerr, os.ErrNotExist) {
					t.Errorf("file exists after a failed first write: %q", got)
				}
			} else if string(got) != tc.want {
				t.Errorf("content %q, want %q", got, tc.want)
			}
			ents, _ := os.ReadDir(dir)
			if n := len(ents); n > 1 || n == 1 && tc.want == "" {
				t.Errorf("temporary files left: %v", ents)
			}
			if tc.previous != "" && tc.err == nil {
				st, err := os.Stat(path)
				if err != nil {
					t.Fatal(err)
				}
				if st.Mode().Perm() != 0o600 {
					t.Errorf("mode %v, want the previous file's 0600", st.Mode().Perm())
				}
			}
		})
	}
}
