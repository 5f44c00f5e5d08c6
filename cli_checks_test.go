package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// twoBriefs writes two small briefs into a new folder.
func twoBriefs(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"notes.md": "# Shipyards and allies\n\nThe alliance should fund shared shipyards in Busan and Philadelphia to build frigates faster. Costs rise when every yard builds its own design.\n",
		"mine.txt": "Burden sharing\n\nSeoul pays a growing share of the cost of stationing forces, about 1.2 trillion won in 2025. Washington wants a larger share from Seoul.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Issue 13 case 2: an --out that is also an input is refused before
// anything is written, whatever spelling or link names it.
func TestOutputIsInput(t *testing.T) {
	dir := twoBriefs(t)
	notes, mine := filepath.Join(dir, "notes.md"), filepath.Join(dir, "mine.txt")
	link := filepath.Join(t.TempDir(), "link.md")
	if err := os.Symlink(notes, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"same path", []string{"compare", "--out", notes, notes, mine}},
		{"second output", []string{"compare", "--out", filepath.Join(dir, "ok.md"), "--out", notes, mine, notes}},
		{"another spelling", []string{"compare", "--out", filepath.Join(dir, ".", "notes.md"), notes, mine}},
		{"through a link", []string{"compare", "--out", link, notes, mine}},
		{"csv folder is the input folder", []string{"compare", "--out", dir + "/", dir}},
		{"csv folder holds an input", []string{"compare", "--out", dir + "/", notes, mine}},
		{"export", []string{"export", "--out", notes, notes, mine}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, nil, &stdout, &stderr); code != 2 {
				t.Errorf("exit %d, want 2; stderr: %s", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), "would overwrite the input") {
				t.Errorf("stderr %q does not say why", stderr.String())
			}
			if b, _ := os.ReadFile(notes); !strings.HasPrefix(string(b), "# Shipyards") {
				t.Fatal("an input was overwritten")
			}
		})
	}
}

// Issue 13 case 2: a rerun in the briefs' own folder skips the memos the
// first run wrote there, says so, and still succeeds.
func TestRerunSkipsOwnMemos(t *testing.T) {
	dir := twoBriefs(t)
	md, docx := filepath.Join(dir, "memo.md"), filepath.Join(dir, "memo.docx")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"compare", "--out", md, "--out", docx, dir}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("first run: exit %d; %s", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"compare", "--out", "-", dir}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("rerun: exit %d; %s", code, stderr.String())
	}
	for _, f := range []string{md, docx} {
		if !strings.Contains(stderr.String(), f+": skipped: written by Briefbench") {
			t.Errorf("rerun does not say it skipped %s: %q", f, stderr.String())
		}
	}
	if n := strings.Count(stdout.String(), `"format":`); n != 2 {
		t.Errorf("rerun compared %d briefs, want the 2 originals", n)
	}
}

// Issue 13 case 3: a report that carries a shorter brief as an annex is not
// dropped as a repeat; both are compared, with a note.
func TestReportWithAnnexKept(t *testing.T) {
	dir := t.TempDir()
	summary := "Summary\n\nShared shipyards in Busan and Philadelphia would let both navies repair destroyers within weeks instead of months. A standing maintenance contract is the first step, and training exchanges must come with it.\n"
	var report strings.Builder
	report.WriteString("# Full report\n\n")
	report.WriteString("A multi-year procurement law would let industry invest in capacity instead of waiting for each annual appropriation from parliament.\n\n")
	report.WriteString("Burden sharing debates too often count only cash transfers and ignore the host nation's investment in bases, roads and logistics hubs.\n\n")
	report.WriteString("## Annex\n\n" + summary)
	files := map[string]string{"summary.txt": summary, "report.md": report.String()}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"compare", "--out", "-", dir}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d; %s", code, stderr.String())
	}
	if n := strings.Count(stdout.String(), `"format":`); n != 2 {
		t.Errorf("compared %d briefs, want both; stderr %q", n, stderr.String())
	}
	if !strings.Contains(stderr.String(), "report.md contains the text of "+filepath.Join(dir, "summary.txt")) {
		t.Errorf("no note: %q", stderr.String())
	}
}

// A file name with a line break or bytes that are not UTF-8 cannot forge a
// line in the import summary, and stays traceable in the JSON.
func TestImportSummaryEscapesNames(t *testing.T) {
	dir := t.TempDir()
	text := []byte("Shipyards\n\nAllies should pool repair work at shared shipyards to cut waiting times.\n")
	odd := filepath.Join(dir, "memo\nbriefbench import: all fine.txt")
	latin := filepath.Join(dir, "caf\xe9.txt")
	for _, p := range []string{odd, latin} {
		if err := os.WriteFile(p, text, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"import", odd, latin}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, line := range strings.Split(stdout.String(), "\n") {
		if strings.HasPrefix(line, "briefbench import:") {
			t.Errorf("a file name forged the line %q", line)
		}
	}
	if !strings.Contains(stdout.String(), `memo\nbriefbench import: all fine.txt (txt)`) || !strings.Contains(stdout.String(), `caf\xe9.txt (txt)`) {
		t.Errorf("names not escaped:\n%s", stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"import", "--json", latin}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), `exact name \"`+strings.ReplaceAll(dir, `\`, `\\`)+`/caf\\xe9.txt\"`) {
		t.Errorf("the JSON loses the exact name:\n%s", stdout.String())
	}
}

// Issue 13 case 8: export of a comparison JSON with a null brief reports
// what is wrong and exits 1; it does not panic.
func TestExportNullBrief(t *testing.T) {
	good, err := os.ReadFile(fixtureJSON)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(good), `"briefs": [`, `"briefs": [null, `, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"export", "--out", filepath.Join(dir, "c.xlsx"), "--out", filepath.Join(dir, "m.md"), bad}, nil, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "briefs[0] is null") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}
