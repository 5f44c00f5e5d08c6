package export_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"briefbench/compare"
	"briefbench/export"
	"briefbench/importers"
)

// TestExportRealRun imports the bundled samples, compares them with the
// engine and exports every format, then reads the workbook back.
func TestExportRealRun(t *testing.T) {
	ctx := context.Background()
	briefs, errs := importers.Paths(ctx, []string{filepath.Join("..", "resources", "samples")}, nil, nil)
	for _, err := range errs {
		t.Errorf("import: %v", err)
	}
	if len(briefs) < 2 {
		t.Fatalf("imported %d samples, want at least 2", len(briefs))
	}
	r, err := compare.Run(ctx, briefs, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"c.xlsx", "m.docx", "m.md", "c.json", "csv" + string(filepath.Separator)} {
		if err := export.ToPath(ctx, r, dir+string(filepath.Separator)+name, testOptions()); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "c.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	head, err := f.GetRows("Side by side")
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	passages := 0
	ids := make([]string, len(r.Briefs))
	for i, b := range r.Briefs {
		ids[i] = b.ID
	}
	for _, tp := range r.Topics {
		rows += len(tp.Reading(ids).Lines)
		passages += len(tp.Passages)
	}
	if len(head) != rows+1 {
		t.Errorf("Side by side has %d rows, want %d aligned rows and a header", len(head), rows)
	}
	for i, b := range r.Briefs {
		if got := head[0][2+i]; got != b.ShortName() {
			t.Errorf("Side by side column %d = %q, want %q", 3+i, got, b.ShortName())
		}
	}
	tables, err := f.GetTables("Passages")
	if err != nil || len(tables) != 1 {
		t.Fatalf("Passages tables = %v, %v", tables, err)
	}
	if want := "A1:L" + strconv.Itoa(passages+1); tables[0].Range != want {
		t.Errorf("Passages table range %s, want %s", tables[0].Range, want)
	}
	md, err := os.ReadFile(filepath.Join(dir, "m.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range r.Briefs {
		if !strings.Contains(string(md), "**"+b.ShortName()+":**") {
			t.Errorf("memo annex lacks %s", b.ShortName())
		}
	}
	if _, err := export.ReadJSON(filepath.Join(dir, "c.json")); err != nil {
		t.Error(err)
	}
	t.Run("chart counts each passage once", func(t *testing.T) {
		// Real briefs have passages in several topics, so their coverage
		// shares add up to more than 100%: the chart must not stack them.
		over := false
		var names []string
		for _, b := range r.Briefs {
			sum := 0.0
			for _, tp := range r.Topics {
				sum += tp.Coverage[b.ID]
			}
			over = over || sum > 1
			names = append(names, b.ShortName())
		}
		if !over {
			t.Error("no sample's coverage adds up past 100%; the chart check below proves less")
		}
		checkCoverageChart(t, f, filepath.Join(dir, "c.xlsx"), names)
	})
}
