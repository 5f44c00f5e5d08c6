package export_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"briefbench/compare"
	"briefbench/export"
)

// badPlural matches a count of one with a plural noun, e.g. "1 briefs".
var badPlural = regexp.MustCompile(`\b1 (briefs|other briefs|topics|position axes|numeric claims|differences|words|bytes|blocks)\b`)

// oneBrief is the fixture cut down to its first brief, with one word, one
// byte and one dropped block, so every count in the exports is 1.
func oneBrief(t *testing.T) *compare.Result {
	t.Helper()
	r := fixture(t)
	r.Briefs = r.Briefs[:1]
	b := r.Briefs[0]
	b.Words, b.Source.Bytes, b.Dropped = 1, 1, b.Dropped[:1]
	r.Topics = r.Topics[:1]
	r.Axes = r.Axes[:1]
	var nums []compare.Claim
	for _, c := range r.Numbers {
		if c.Brief == b.ID {
			nums = append(nums, c)
		}
	}
	r.Numbers = nums[:1]
	r.Differences = r.Differences[:1]
	return r
}

func TestSingularLabels(t *testing.T) {
	r := oneBrief(t)
	dir := t.TempDir()
	ctx := context.Background()
	xlsx, md, docx := filepath.Join(dir, "c.xlsx"), filepath.Join(dir, "m.md"), filepath.Join(dir, "m.docx")
	for _, p := range []string{xlsx, md, docx} {
		if err := export.ToPath(ctx, r, p, testOptions()); err != nil {
			t.Fatal(err)
		}
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	summary, err := f.GetCellValue("Overview", "A2")
	if err != nil {
		t.Fatal(err)
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	doc := docxPart(t, docx, "word/document.xml")
	memo, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	text := map[string]string{
		"workbook summary": summary,
		"workbook title":   props.Title,
		"memo.md":          string(memo),
		"memo.docx":        doc,
	}
	wants := []struct{ where, want string }{
		{"workbook summary", "1 brief, 1 topic (0 discovered), 1 position axis, 1 numeric claim, 1 difference."},
		{"workbook title", "Comparison of 1 brief"},
		{"memo.md", "from 1 brief with"},
		{"memo.md", "**Subject:** What Meridian Institute says  \n"},
		{"memo.md", "1 word."},
		{"memo.md", ", 1 byte"},
		{"memo.md", "1 block dropped"},
		{"memo.docx", "from 1 brief with"},
		{"memo.docx", "1 block dropped"},
	}
	for _, w := range wants {
		t.Run(w.where+": "+w.want, func(t *testing.T) {
			if !strings.Contains(text[w.where], w.want) {
				t.Errorf("%s lacks %q:\n%s", w.where, w.want, text[w.where])
			}
		})
	}
	for where, s := range text {
		if m := badPlural.FindString(s); m != "" {
			t.Errorf("%s says %q", where, m)
		}
	}
}

// TestLongTextWraps checks that cells holding brief names and other long
// text wrap instead of being cut off at the column edge, on every sheet, and
// that a long brief name gets a row tall enough for its lines.
func TestLongTextWraps(t *testing.T) {
	r := fixture(t)
	r.Briefs[0].Organization = "Meridian Institute for Strategic and International Studies"
	path := filepath.Join(t.TempDir(), "c.xlsx")
	if err := export.Workbook(context.Background(), r, path, testOptions()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cells := []struct{ name, sheet, cell string }{
		{"overview brief", "Overview", "A6"},
		{"overview title", "Overview", "B6"},
		{"overview published", "Overview", "E6"},
		{"side by side brief header", "Side by side", "C1"},
		{"side by side passage", "Side by side", "C2"},
		{"positions brief", "Positions", "B2"},
		{"positions leaning", "Positions", "D2"},
		{"differences briefs", "Differences", "C2"},
		{"numbers brief", "Numbers", "A2"},
		{"numbers as written", "Numbers", "E2"},
		{"numbers unit", "Numbers", "F2"},
		{"numbers citation", "Numbers", "J2"},
		{"passages topic ID", "Passages", "B2"},
		{"passages brief", "Passages", "D2"},
		{"passages citation", "Passages", "L2"},
		{"notes topic ID", "Notes", "B2"},
		{"sources brief", "Sources", "A2"},
		{"dropped brief", "Sources", "A8"},
	}
	for _, c := range cells {
		t.Run(c.name, func(t *testing.T) {
			id, err := f.GetCellStyle(c.sheet, c.cell)
			if err != nil {
				t.Fatal(err)
			}
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			if st.Alignment == nil || !st.Alignment.WrapText {
				t.Errorf("%s!%s does not wrap (alignment %+v)", c.sheet, c.cell, st.Alignment)
			}
		})
	}
	t.Run("long brief name gets two lines", func(t *testing.T) {
		if v, _ := f.GetCellValue("Overview", "A6"); v != r.Briefs[0].Organization {
			t.Fatalf("Overview!A6 = %q", v)
		}
		h, err := f.GetRowHeight("Overview", 6)
		if err != nil {
			t.Fatal(err)
		}
		if h < 2*13 {
			t.Errorf("Overview row 6 is %.0f points high, too low for a name on two lines", h)
		}
	})
	t.Run("numbers values fit", func(t *testing.T) {
		id, err := f.GetCellStyle("Numbers", "D2")
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.CustomNumFmt == nil || !strings.Contains(*st.CustomNumFmt, `" bn"`) {
			t.Errorf("Numbers!D2 format %v, want billions shortened so 14e9 does not show as ###", st.CustomNumFmt)
		}
	})
}
