package export_test

import (
	"context"
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"briefbench/compare"
	"briefbench/export"
)

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

func TestCSV(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := export.CSV(context.Background(), fixture(t), dir, testOptions()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file      string
		rows      int // including the header
		row, col  int
		want      string
		headerCol string
	}{
		{"overview.csv", 4, 1, 8, "0.14", "Brief"},
		{"side-by-side.csv", 13, 3, 3, "A standing U.S.-ROK defense industrial council would give firms on both sides a single door to knock on. (Hanbridge Center ¶6)", "Topic"},
		{"side-by-side.csv", 13, 3, 2, "", "Topic"},
		{"side-by-side.csv", 13, 11, 2, "not addressed", "Topic"},
		{"positions.csv", 7, 1, 2, "-0.62", "Axis"},
		{"differences.csv", 8, 5, 5, "[-Washington and Seoul should conclude a-]{+A+} Reciprocal Defense Procurement agreement [-this year, opening each market to the other's firms on equal terms.-]{+is overdue, yet it should come with safeguards that protect Korea's export licensing.+}", "Kind"},
		{"numbers.csv", 11, 2, 6, "conflict", "Brief"},
		{"passages.csv", 28, 1, 11, "Meridian Institute ¶5", "Topic"},
		{"notes.csv", 8, 1, 3, "Check whether the draft RDP text covers munitions co-production; ask the DoD liaison.", "Topic"},
		{"sources.csv", 4, 3, 4, "5e8b1d4a7c0f3e6b9d2a5c8f1e4b7d0a3c6f9e2b5d8a1c4f7e0b3d6a9c2f5e8b", "Brief"},
		{"dropped.csv", 6, 4, 1, "photo credit", "Brief"},
	}
	for _, tc := range tests {
		t.Run(tc.file+"/"+tc.want[:min(len(tc.want), 12)], func(t *testing.T) {
			recs := readCSV(t, filepath.Join(dir, tc.file))
			if len(recs) != tc.rows {
				t.Fatalf("%d rows, want %d", len(recs), tc.rows)
			}
			if recs[0][0] != tc.headerCol {
				t.Errorf("header starts %q, want %q", recs[0][0], tc.headerCol)
			}
			if got := recs[tc.row][tc.col]; got != tc.want {
				t.Errorf("row %d col %d = %q, want %q", tc.row, tc.col, got, tc.want)
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := fixture(t)
	path := filepath.Join(t.TempDir(), "comparison.json")
	if err := export.JSON(r, path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "{\n  \"schema\": \"briefbench.comparison/v1\",\n") {
		t.Errorf("JSON does not start with the indented schema: %.60q", data)
	}
	back, err := export.ReadJSON(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, r) {
		t.Error("comparison changed in a JSON round trip")
	}
}

func TestReadJSONErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		path string
		is   error
	}{
		{"missing", filepath.Join(dir, "nope.json"), fs.ErrNotExist},
		{"other schema", write("other.json", `{"schema": "something/v9"}`), export.ErrSchema},
		{"brief not comparison", write("brief.json", `{"id": "x", "title": "A brief"}`), export.ErrSchema},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := export.ReadJSON(tc.path)
			if !errors.Is(err, tc.is) {
				t.Fatalf("err = %v, want %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %q does not name %s", err, tc.path)
			}
		})
	}
	t.Run("malformed", func(t *testing.T) {
		p := write("bad.json", `{"schema": `)
		if _, err := export.ReadJSON(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("err = %v, want an error naming %s", err, p)
		}
	})
}

// magic returns the first bytes of a file.
func magic(t *testing.T, path string, n int) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b[:min(n, len(b))])
}

func TestToPath(t *testing.T) {
	r := fixture(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing")
	if err := os.Mkdir(existing, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		path  string
		check func(t *testing.T, path string)
	}{
		{"xlsx", "c.xlsx", func(t *testing.T, p string) {
			if magic(t, p, 2) != "PK" {
				t.Error("not a zip")
			}
		}},
		{"xlsx upper case", "C.XLSX", func(t *testing.T, p string) {
			if magic(t, p, 2) != "PK" {
				t.Error("not a zip")
			}
		}},
		{"docx", "memo.docx", func(t *testing.T, p string) {
			if magic(t, p, 2) != "PK" {
				t.Error("not a zip")
			}
		}},
		{"markdown", "memo.md", func(t *testing.T, p string) {
			if magic(t, p, 4) != "<!--" {
				t.Error("not a Markdown memo opening with its mark")
			}
		}},
		{"json", "c.json", func(t *testing.T, p string) {
			if magic(t, p, 1) != "{" {
				t.Error("not JSON")
			}
		}},
		{"trailing slash is CSV", "csv/", func(t *testing.T, p string) {
			if _, err := os.Stat(filepath.Join(p, "numbers.csv")); err != nil {
				t.Error(err)
			}
		}},
		{"existing folder is CSV", "existing", func(t *testing.T, p string) {
			if _, err := os.Stat(filepath.Join(p, "side-by-side.csv")); err != nil {
				t.Error(err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.path)
			if strings.HasSuffix(tc.path, "/") {
				p += "/"
			}
			if !export.Supported(p) {
				t.Errorf("Supported(%s) = false", p)
			}
			if err := export.ToPath(context.Background(), r, p, testOptions()); err != nil {
				t.Fatal(err)
			}
			tc.check(t, p)
		})
	}
}

func TestWriteErrors(t *testing.T) {
	r := fixture(t)
	dir := t.TempDir()
	folder := filepath.Join(dir, "taken.xlsx")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "plain.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tests := []struct {
		name  string
		write func(path string) error
		path  string
		is    error
	}{
		{"unknown extension", func(p string) error { return export.ToPath(ctx, r, p, testOptions()) }, filepath.Join(dir, "c.pdf"), export.ErrUnknownFormat},
		{"missing folder", func(p string) error { return export.Workbook(ctx, r, p, testOptions()) }, filepath.Join(dir, "no", "such", "c.xlsx"), fs.ErrNotExist},
		{"folder in the way", func(p string) error { return export.Workbook(ctx, r, p, testOptions()) }, folder, export.ErrIsFolder},
		{"folder in the way of the memo", func(p string) error { return export.MemoDOCX(ctx, r, p, testOptions()) }, folder, export.ErrIsFolder},
		{"file as parent", func(p string) error { return export.JSON(r, p) }, filepath.Join(file, "c.json"), nil},
		{"CSV into a file", func(p string) error { return export.CSV(ctx, r, p, testOptions()) }, file, export.ErrNotFolder},
		{"nil result", func(p string) error { return export.MemoMarkdown(ctx, nil, p, testOptions()) }, filepath.Join(dir, "m.md"), export.ErrNoResult},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.write(tc.path)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("err = %v, want %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %q does not name %s", err, tc.path)
			}
		})
	}
}

func TestCancelledExportKeepsExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.xlsx")
	if err := os.WriteFile(path, []byte("previous version"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := export.Workbook(ctx, fixture(t), path, testOptions()); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if got := magic(t, path, 100); got != "previous version" {
		t.Errorf("existing file changed to %q", got)
	}
	ents, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 {
		t.Errorf("temporary files left behind: %v", ents)
	}
}

func TestEmptyComparison(t *testing.T) {
	r := &compare.Result{Schema: compare.Schema, Taxonomy: "default"}
	dir := t.TempDir()
	for _, name := range []string{"c.xlsx", "m.docx", "m.md", "c.json", "csv" + string(filepath.Separator)} {
		t.Run(name, func(t *testing.T) {
			if err := export.ToPath(context.Background(), r, dir+string(filepath.Separator)+name, testOptions()); err != nil {
				t.Fatal(err)
			}
		})
	}
}
