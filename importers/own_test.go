package importers

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"briefbench/brief"
)

// zipOf packs parts (name to content) into a zip archive in memory.
func zipOf(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, text := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestOwn(t *testing.T) {
	core := func(creator, keywords string) string {
		return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>` + creator + `</dc:creator><cp:keywords>` + keywords + `</cp:keywords></cp:coreProperties>`
	}
	tests := []struct {
		name string
		file string
		data []byte
		want bool
	}{
		{"markdown memo", "memo.md", []byte(brief.MemoMark + "\n\n# Memo\n"), true},
		{"markdown memo with BOM", "memo.markdown", []byte("\ufeff" + brief.MemoMark + "\n"), true},
		{"markdown brief quoting the mark later", "notes.md", []byte("# Notes\n\n" + brief.MemoMark + "\n"), false},
		{"docx memo", "memo.docx", zipOf(t, map[string]string{"docProps/core.xml": core("Briefbench", "Briefbench, briefing memo")}), true},
		{"docx by a person called Briefbench without the keyword", "x.docx", zipOf(t, map[string]string{"docProps/core.xml": core("Briefbench", "alliances")}), false},
		{"docx by someone else", "x.docx", zipOf(t, map[string]string{"docProps/core.xml": core("A. Analyst", "Briefbench")}), false},
		{"text", "memo.txt", []byte(brief.MemoMark), false},
		{"not a zip", "x.docx", []byte("PK nonsense"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Own(tc.file, tc.data); got != tc.want {
				t.Errorf("Own = %v, want %v", got, tc.want)
			}
		})
	}
}

// A memo found in a folder is skipped with ErrOwnOutput; named on its own
// it is imported.
func TestPathsSkipsOwnMemo(t *testing.T) {
	dir := t.TempDir()
	memo := filepath.Join(dir, "memo.md")
	if err := os.WriteFile(memo, []byte(brief.MemoMark+"\n\n# Memo\n\nThe briefs disagree on who pays for the shipyards.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bs, errs := Paths(context.Background(), []string{dir}, nil, nil)
	if len(bs) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrOwnOutput) {
		t.Fatalf("folder: %d briefs, errs %v", len(bs), errs)
	}
	bs, errs = Paths(context.Background(), []string{memo}, nil, nil)
	if len(bs) != 1 || len(errs) != 0 {
		t.Fatalf("named file: %d briefs, errs %v", len(bs), errs)
	}
}
