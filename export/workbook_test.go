package export_test

import (
	"archive/zip"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"briefbench/export"
)

// writeWorkbook exports the fixture and opens the result with excelize.
func writeWorkbook(t *testing.T) (*excelize.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "comparison.xlsx")
	if err := export.Workbook(context.Background(), fixture(t), path, testOptions()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f, path
}

func TestWorkbookSheets(t *testing.T) {
	f, _ := writeWorkbook(t)
	if got, want := f.GetSheetList(), export.SheetNames(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
}

func TestWorkbookCells(t *testing.T) {
	f, _ := writeWorkbook(t)
	tests := []struct {
		name, sheet, cell, want string
	}{
		{"overview title", "Overview", "A1", "Briefbench comparison: Meridian Institute, Hanbridge Center and Atlas Council"},
		{"overview header", "Overview", "A5", "Brief"},
		{"overview first topic header", "Overview", "I5", "Defense-industrial cooperation and co-production"},
		{"overview first brief", "Overview", "A6", "Meridian Institute"},
		{"overview words", "Overview", "F8", "2480"},
		{"coverage meridian first topic", "Overview", "I6", "0.14"},
		{"coverage hanbridge first topic", "Overview", "I7", "0.22"},
		{"coverage meridian technology", "Overview", "N6", "0"},
		{"side header topic", "Side by side", "A1", "Topic"},
		{"side header brief", "Side by side", "E1", "Atlas Council"},
		{"side topic label", "Side by side", "A5", "Burden sharing and defense spending"},
		{"side row number", "Side by side", "B6", "2"},
		{"side silent cell", "Side by side", "C12", "not addressed"},
		{"side empty cell below a column's last passage", "Side by side", "C4", ""},
		{"positions header", "Positions", "C1", "Score"},
		{"positions score", "Positions", "C2", "-0.62"},
		{"positions leaning", "Positions", "D3", "integration"},
		{"positions mixed", "Positions", "D4", "mixed"},
		{"differences kind, named as in the app", "Differences", "A2", "Numbers"},
		{"differences quotes", "Differences", "E4", "“By 2030 Korean yards could service about 20 U.S. Navy ships a year if the Jones Act and the Byrnes-Tollefson Amendment are eased.” (Hanbridge Center ¶15)\n“Korean yards could take on about 12 U.S. Navy ships a year without displacing commercial orders.” (Atlas Council ¶20, p. 5)"},
		{"numbers conflict flag", "Numbers", "G2", "conflict"},
		{"numbers others", "Numbers", "H2", "3.5% (Hanbridge Center)"},
		{"numbers citation", "Numbers", "J4", "Atlas Council ¶15, p. 4"},
		{"numbers no conflict", "Numbers", "G10", ""},
		{"passages citation", "Passages", "L6", "Atlas Council ¶7, p. 2"},
		{"passages paragraph is 1-based", "Passages", "E2", "5"},
		{"notes note", "Notes", "D2", "Check whether the draft RDP text covers munitions co-production; ask the DoD liaison."},
		{"notes empty note", "Notes", "D3", ""},
		{"notes ready column", "Notes", "E1", "Follow-up"},
		{"sources sha", "Sources", "E3", "a7c2e91b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c"},
		{"sources imported", "Sources", "G2", "2026-11-20 09:12:04"},
		{"dropped heading", "Sources", "A6", "Dropped blocks"},
		{"dropped header", "Sources", "C7", "Dropped text"},
		{"dropped first reason", "Sources", "B8", "promotion"},
		{"dropped after start", "Sources", "E8", "start"},
		{"dropped after paragraph", "Sources", "E9", "4"},
		{"dropped page", "Sources", "D11", "1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := f.GetCellValue(tc.sheet, tc.cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("%s!%s = %q, want %q", tc.sheet, tc.cell, got, tc.want)
			}
		})
	}
}

func TestWorkbookRichText(t *testing.T) {
	f, _ := writeWorkbook(t)
	tests := []struct {
		name, cell string
		bold       []string // texts of the bold runs, in order
		cite       string   // the last run
	}{
		{
			name: "meridian burden sharing: conflicting number and distinctive term", cell: "C5",
			bold: []string{"2.8%", "NATO members"}, cite: "\n— Meridian Institute ¶9",
		},
		{
			name: "hanbridge burden sharing", cell: "D5",
			bold: []string{"3.5%", "pensions", "free-rides"}, cite: "\n— Hanbridge Center ¶11",
		},
		{
			name: "atlas cooperation with page", cell: "E2",
			bold: []string{"safeguards"}, cite: "\n— Atlas Council ¶7, p. 2",
		},
		{
			name: "stem extends to word end: co-production", cell: "D3",
			bold: []string{"Co-production", "shared industrial base"}, cite: "\n— Hanbridge Center ¶5",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runs, err := f.GetCellRichText("Side by side", tc.cell)
			if err != nil {
				t.Fatal(err)
			}
			if len(runs) == 0 {
				t.Fatalf("%s: no rich text", tc.cell)
			}
			var bold []string
			for _, r := range runs {
				if r.Font != nil && r.Font.Bold {
					bold = append(bold, r.Text)
				}
			}
			if !slices.Equal(bold, tc.bold) {
				t.Errorf("bold runs = %q, want %q", bold, tc.bold)
			}
			if last := runs[len(runs)-1]; !strings.HasPrefix(last.Text, tc.cite) || last.Font == nil || !last.Font.Italic {
				t.Errorf("last run = %q (font %+v), want italic %q", last.Text, last.Font, tc.cite)
			}
		})
	}
}

func TestWorkbookWordingDiff(t *testing.T) {
	f, _ := writeWorkbook(t)
	runs, err := f.GetCellRichText("Differences", "F6")
	if err != nil {
		t.Fatal(err)
	}
	var struck, inserted []string
	for _, r := range runs {
		switch {
		case r.Font != nil && r.Font.Strike:
			struck = append(struck, r.Text)
		case r.Font != nil && r.Font.Underline == "single":
			inserted = append(inserted, r.Text)
		}
	}
	wantStruck := []string{"Washington and Seoul should conclude a", "this year, opening each market to the other's firms on equal terms."}
	wantInserted := []string{"A", "is overdue, yet it should come with safeguards that protect Korea's export licensing."}
	if !slices.Equal(struck, wantStruck) || !slices.Equal(inserted, wantInserted) {
		t.Errorf("struck %q, inserted %q; want %q and %q", struck, inserted, wantStruck, wantInserted)
	}
}

func TestWorkbookFormatting(t *testing.T) {
	f, path := writeWorkbook(t)
	t.Run("heat map", func(t *testing.T) {
		cf, err := f.GetConditionalFormats("Overview")
		if err != nil {
			t.Fatal(err)
		}
		got := cf["I6:O8"]
		if len(got) != 1 || got[0].Type != "2_color_scale" {
			t.Errorf("Overview conditional formats = %+v, want a 2-colour scale on I6:O8", cf)
		}
	})
	t.Run("data bars", func(t *testing.T) {
		cf, err := f.GetConditionalFormats("Positions")
		if err != nil {
			t.Fatal(err)
		}
		if got := cf["C2:C7"]; len(got) != 1 || got[0].Type != "data_bar" || got[0].MinValue != "-1" {
			t.Errorf("Positions conditional formats = %+v, want a data bar from -1 on C2:C7", cf)
		}
	})
	t.Run("passages table", func(t *testing.T) {
		tables, err := f.GetTables("Passages")
		if err != nil {
			t.Fatal(err)
		}
		if len(tables) != 1 || tables[0].Name != "Passages" || tables[0].Range != "A1:L28" {
			t.Errorf("tables = %+v, want Passages on A1:L28", tables)
		}
	})
	t.Run("print setup", func(t *testing.T) {
		for _, s := range export.SheetNames() {
			pl, err := f.GetPageLayout(s)
			if err != nil {
				t.Fatal(err)
			}
			if pl.Orientation == nil || *pl.Orientation != "landscape" || pl.FitToWidth == nil || *pl.FitToWidth != 1 {
				t.Errorf("%s: page layout %+v, want landscape fitted to 1 page wide", s, pl)
			}
			hf, err := f.GetHeaderFooter(s)
			if err != nil {
				t.Fatal(err)
			}
			if hf == nil || !strings.Contains(hf.OddFooter, "&A") || !strings.Contains(hf.OddFooter, "&P") {
				t.Errorf("%s: footer %+v, want sheet name and page", s, hf)
			}
		}
		names := map[string]string{}
		for _, d := range f.GetDefinedName() {
			if d.Name == "_xlnm.Print_Titles" {
				names[d.Scope] = d.RefersTo
			}
		}
		if names["Side by side"] != "'Side by side'!$1:$1" || names["Overview"] != "'Overview'!$5:$5" {
			t.Errorf("print titles = %v", names)
		}
	})
	t.Run("panes", func(t *testing.T) {
		p, err := f.GetPanes("Side by side")
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.XSplit != 2 || p.YSplit != 1 {
			t.Errorf("panes = %+v, want frozen header row and two columns", p)
		}
	})
	t.Run("properties", func(t *testing.T) {
		p, err := f.GetDocProps()
		if err != nil {
			t.Fatal(err)
		}
		if p.Creator != "Briefbench" || p.Created != "2026-11-23T19:45:00Z" || p.Title != "Comparison of 3 briefs" {
			t.Errorf("doc props = %+v", p)
		}
	})
	t.Run("chart", func(t *testing.T) {
		z, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		defer z.Close()
		found := false
		for _, e := range z.File {
			found = found || strings.HasPrefix(e.Name, "xl/charts/chart")
		}
		if !found {
			t.Error("no chart part in the workbook")
		}
	})
}
