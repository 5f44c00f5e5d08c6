package export_test

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefbench/export"
	"briefbench/internal/golden"
)

func TestMemoMarkdownGolden(t *testing.T) {
	path := filepath.Join(t.TempDir(), "memo.md")
	if err := export.MemoMarkdown(context.Background(), fixture(t), path, testOptions()); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "memo.golden.md"), got)
}

func TestMemoMarkdownContent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "memo.md")
	if err := export.MemoMarkdown(context.Background(), fixture(t), path, testOptions()); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	tests := []struct{ name, want string }{
		{"title", "# Briefing memo (draft): Meridian Institute, Hanbridge Center and Atlas Council\n"},
		{"to placeholder", "**To:** \\[Recipient\\]  \n"},
		{"from author", "**From:** J. Analyst, Korea desk  \n"},
		{"date", "**Date:** 23 November 2026  \n"},
		{"bottom line", "## Bottom line up front\n"},
		{"agreement", "- **They agree:** All three briefs see Korean yards repairing U.S. Navy ships."},
		{"sharpest disagreement", "On self-reliance vs. integration, Hanbridge Center leans toward integration (+0.71) while Meridian Institute leans toward self-reliance (−0.62); Atlas Council argues both sides."},
		{"conflicting numbers", "- **Numbers conflict:** Defense spending, % of GDP: 2.8 (Meridian Institute, Atlas Council) vs 3.5 (Hanbridge Center)."},
		{"topic section", "### Burden sharing and defense spending\n"},
		{"discovered topic capitalised", "### Export credit, Eximbank, lending ceiling\n"},
		{"key quote with citation", "> “The next Special Measures Agreement should run for five years to take host-nation support out of each election cycle.” (Atlas Council ¶16, p. 4)\n"},
		{"conflicting number quoted", "> **Atlas Council:** “At 2.8% of GDP, Korean defense spending is high by allied standards, though the cost-sharing agreement for U.S. forces remains a political flashpoint.” (Atlas Council ¶15, p. 4)\n"},
		{"silent brief", "Not addressed by Meridian Institute."},
		{"note", "**Analyst note:** *Check whether the draft RDP text covers munitions co-production; ask the DoD liaison.*"},
		{"positions table", "| Atlas Council | +0.06 mixed (confidence 0.44) | −0.10 mixed (confidence 0.50) |\n"},
		{"annex", "- **Hanbridge Center:** Co-Production Over Competition: Anchoring Korean Industry in the Allied Base. Hanbridge Center; Priya Raman; 2026-05-02. 1,675 words."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(md, tc.want) {
				t.Errorf("memo.md lacks %q", tc.want)
			}
		})
	}
}

// docxPart returns one part of a DOCX package as text.
func docxPart(t *testing.T, path, name string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("%s has no part %s", path, name)
	return ""
}

func TestMemoDOCX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "memo.docx")
	if err := export.MemoDOCX(context.Background(), fixture(t), path, testOptions()); err != nil {
		t.Fatal(err)
	}
	doc := docxPart(t, path, "word/document.xml")
	styles := docxPart(t, path, "word/styles.xml")
	core := docxPart(t, path, "docProps/core.xml")
	count := func(s, sub string) int { return strings.Count(s, sub) }
	tests := []struct {
		name     string
		haystack string
		needle   string
		min      int
	}{
		{"title style", doc, `<w:pStyle w:val="Title">`, 1},
		{"heading 1 style", doc, `<w:pStyle w:val="Heading1">`, 4},
		{"heading 2 style", doc, `<w:pStyle w:val="Heading2">`, 9},
		{"quote style", doc, `<w:pStyle w:val="Quote">`, 20},
		{"bullet style", doc, `<w:pStyle w:val="ListBullet">`, 8},
		{"table style", doc, `<w:tblStyle w:val="LightShading-Accent1">`, 1},
		{"quote style defined", styles, `w:styleId="Quote"`, 1},
		{"table style defined", styles, `w:styleId="LightShading-Accent1"`, 1},
		{"verbatim quote", doc, "Korean yards could take on about 12 U.S. Navy ships a year without displacing commercial orders.", 1},
		{"citation", doc, "(Atlas Council ¶20, p. 5)", 1},
		{"author", doc, "J. Analyst, Korea desk", 1},
		{"creator", core, "<dc:creator>Briefbench</dc:creator>", 1},
		{"created", core, ">2026-11-23T19:45:00Z</dcterms:created>", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := count(tc.haystack, tc.needle); n < tc.min {
				t.Errorf("%q occurs %d times, want at least %d", tc.needle, n, tc.min)
			}
		})
	}
	t.Run("no markdown escapes", func(t *testing.T) {
		if m := regexp.MustCompile(`\\[\[\]*_]`).FindString(doc); m != "" {
			t.Errorf("document.xml holds a Markdown escape %q", m)
		}
	})
}

// TestMemoLeaningsAgree checks that the memo's bottom line and its
// positions table read a position the same way (present.Leaning): a brief
// at +0.02 is "balanced" in the table and never "leans" in the bottom line.
func TestMemoLeaningsAgree(t *testing.T) {
	r := fixture(t)
	for i := range r.Axes {
		if r.Axes[i].ID != "self-reliance-vs-integration" {
			continue
		}
		p := r.Axes[i].Positions["hanbridge-brief-7"]
		p.Score, p.Totals = 0.02, [2]float64{4, 4.3}
		r.Axes[i].Positions["hanbridge-brief-7"] = p
	}
	path := filepath.Join(t.TempDir(), "memo.md")
	if err := export.MemoMarkdown(context.Background(), r, path, testOptions()); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	if strings.Contains(md, "Hanbridge Center leans toward integration") {
		t.Errorf("bottom line says a brief at +0.02 leans:\n%s", md)
	}
	if !strings.Contains(md, "| Hanbridge Center | +0.02 balanced (confidence") {
		t.Errorf("positions table does not call +0.02 balanced:\n%s", md)
	}
}
