package export_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbench/export"
)

// needTool returns the path of a command-line tool, skipping the test when
// it is missing, unless CI is set: then a missing tool fails the test.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s not installed (make test-deps installs it)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// toPDF converts files to PDF with LibreOffice in one run, using a private
// profile so parallel runs do not collide, and returns the PDFs' text.
func toPDF(t *testing.T, files ...string) map[string]string {
	t.Helper()
	soffice := needTool(t, "soffice")
	pdftotext := needTool(t, "pdftotext")
	dir := t.TempDir()
	profile := filepath.Join(dir, "profile")
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", dir}, files...)
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	texts := map[string]string{}
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		pdf := filepath.Join(dir, base+".pdf")
		if st, err := os.Stat(pdf); err != nil || st.Size() == 0 {
			t.Fatalf("LibreOffice did not convert %s: %v\n%s", f, err, out)
		}
		txt, err := exec.CommandContext(ctx, pdftotext, pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", pdf, err)
		}
		texts[filepath.Base(f)] = strings.Join(strings.Fields(string(txt)), " ")
	}
	return texts
}

func TestLibreOfficeRendersExports(t *testing.T) {
	r := fixture(t)
	dir := t.TempDir()
	xlsx, docx := filepath.Join(dir, "comparison.xlsx"), filepath.Join(dir, "memo.docx")
	ctx := context.Background()
	if err := export.Workbook(ctx, r, xlsx, testOptions()); err != nil {
		t.Fatal(err)
	}
	if err := export.MemoDOCX(ctx, r, docx, testOptions()); err != nil {
		t.Fatal(err)
	}
	texts := toPDF(t, xlsx, docx)
	tests := []struct {
		name, file, want string
	}{
		{"workbook title", "comparison.xlsx", "Briefbench comparison: Meridian Institute, Hanbridge Center and Atlas Council"},
		{"workbook silent cell", "comparison.xlsx", "not addressed"},
		{"workbook citation", "comparison.xlsx", "— Hanbridge Center ¶15"},
		{"workbook positions", "comparison.xlsx", "Evidence toward first pole"},
		{"workbook numbers", "comparison.xlsx", "3.5% (Hanbridge Center)"},
		{"workbook sources", "comparison.xlsx", "Dropped blocks"},
		{"workbook footer", "comparison.xlsx", "Side by side"},
		{"workbook page numbers", "comparison.xlsx", "Page 1 of 8"},
		{"memo title", "memo.docx", "Briefing memo (draft): Meridian Institute, Hanbridge Center and Atlas Council"},
		{"memo bottom line", "memo.docx", "Bottom line up front"},
		{"memo quote", "memo.docx", "“Korean yards could take on about 12 U.S. Navy ships a year without displacing commercial orders.” (Atlas Council ¶20, p. 5)"},
		{"memo positions table", "memo.docx", "+0.71 integration"},
		{"memo annex", "memo.docx", "Annex: sources"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(texts[tc.file], tc.want) {
				t.Errorf("PDF of %s lacks %q", tc.file, tc.want)
			}
		})
	}
}
