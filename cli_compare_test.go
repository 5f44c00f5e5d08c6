package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"briefbench/compare"
	"briefbench/importers"
	"briefbench/workspace"
)

const fixtureJSON = "export/testdata/result.json"

func TestCompareExportUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"compare without out", []string{"compare", "resources/samples"}, "--out is required"},
		{"compare without inputs", []string{"compare", "--out", "x.json"}, "no briefs given"},
		{"compare unknown output", []string{"compare", "--out", "x.pdf", "resources/samples"}, "unknown output format"},
		{"compare unknown flag", []string{"compare", "--colour", "--out", "x.json", "resources/samples"}, "flag provided but not defined: -colour"},
		{"compare missing taxonomy", []string{"compare", "--taxonomy", "no/such/taxonomy.yaml", "--out", "-", "resources/samples"}, "--taxonomy"},
		{"compare missing axes", []string{"compare", "--axes", "no/such/axes.yaml", "--out", "-", "resources/samples"}, "--axes"},
		{"export without inputs", []string{"export", "--out", "x.xlsx"}, "nothing to export"},
		{"export json with briefs", []string{"export", "--out", "x.xlsx", fixtureJSON, "resources/samples"}, "not both"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, strings.NewReader(""), &stdout, &stderr); code != 2 {
				t.Errorf("exit %d, want 2; stderr: %s", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tc.want)
			}
		})
	}
}

func TestExportComparisonJSON(t *testing.T) {
	dir := t.TempDir()
	xlsx, md, csvDir := filepath.Join(dir, "c.xlsx"), filepath.Join(dir, "m.md"), filepath.Join(dir, "csv")+"/"
	var stdout, stderr bytes.Buffer
	// Flags may follow the input.
	args := []string{"export", "--out", xlsx, fixtureJSON, "--out", md, "--out", csvDir, "--out", "-", "--author", "Desk"}
	if code := run(args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, stderr.String())
	}
	var got struct {
		Schema string            `json:"schema"`
		Briefs []json.RawMessage `json:"briefs"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil || got.Schema != "briefbench.comparison/v1" || len(got.Briefs) != 3 {
		t.Errorf("stdout JSON: schema %q, %d briefs, err %v", got.Schema, len(got.Briefs), err)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Side by side", "C1"); v != "Meridian Institute" {
		t.Errorf("Side by side C1 = %q", v)
	}
	if b, err := os.ReadFile(md); err != nil || !strings.Contains(string(b), "**From:** Desk") {
		t.Errorf("memo: %v, From line missing", err)
	}
	if _, err := os.Stat(filepath.Join(csvDir, "numbers.csv")); err != nil {
		t.Error(err)
	}
}

func TestExportBadJSON(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "brief.json")
	if err := os.WriteFile(bad, []byte(`{"id": "x"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "--out", "-", bad}, nil, &stdout, &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), bad) || stdout.Len() != 0 {
		t.Errorf("stderr %q should name %s; stdout %q should be empty", stderr.String(), bad, stdout.String())
	}
}

func TestCompareSamples(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "c.json")
	xlsx := filepath.Join(dir, "c.xlsx")
	missing := filepath.Join(dir, "missing.md")
	var stdout, stderr bytes.Buffer
	code := run([]string{"compare", "--out", out, "--out", xlsx, "resources/samples", missing}, nil, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1 for the missing file; stderr: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), missing) {
		t.Errorf("stderr %q does not name %s", stderr.String(), missing)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("the output for the other briefs was not written: %v", err)
	}
	var got struct {
		Schema string            `json:"schema"`
		Briefs []json.RawMessage `json:"briefs"`
		Topics []json.RawMessage `json:"topics"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Schema != "briefbench.comparison/v1" || len(got.Briefs) != 5 || len(got.Topics) == 0 {
		t.Errorf("schema %q, %d briefs, %d topics; want v1, 5 briefs, some topics", got.Schema, len(got.Briefs), len(got.Topics))
	}
	if _, err := os.Stat(xlsx); err != nil {
		t.Error(err)
	}
	// Re-export the JSON written above without re-running the engine.
	md := filepath.Join(dir, "m.md")
	stderr.Reset()
	if code := run([]string{"export", "--out", md, out}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("export exit %d; stderr: %s", code, stderr.String())
	}
	if b, err := os.ReadFile(md); err != nil || !strings.Contains(string(b), "## Bottom line up front") {
		t.Errorf("re-exported memo: %v", err)
	}
}

func TestExportWorkspace(t *testing.T) {
	dir := t.TempDir()
	briefs, errs := importers.Paths(context.Background(), []string{"resources/samples"}, nil, nil)
	if len(errs) > 0 || len(briefs) != 5 {
		t.Fatalf("samples: %d briefs, errors %v", len(briefs), errs)
	}
	excluded := briefs[4].ID
	ws := &workspace.Workspace{
		Version:  workspace.Version,
		Briefs:   briefs,
		Excluded: []string{excluded},
		Edits: compare.Edits{
			Renames: map[string]string{"shipbuilding": "Ship repair and MRO", "no-such": "Stale"},
			Notes:   map[string]string{"shipbuilding": "Ask the Navy liaison about dry-dock slots."},
		},
	}
	path := filepath.Join(dir, "alliance.briefbench")
	if err := workspace.Write(path, ws); err != nil {
		t.Fatal(err)
	}
	xlsx := filepath.Join(dir, "w.xlsx")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "--out", "-", "--out", xlsx, path}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, stderr.String())
	}
	var got struct {
		Briefs []struct {
			ID string `json:"id"`
		} `json:"briefs"`
		Topics []struct {
			ID    string `json:"id"`
			Label string `json:"label"`
			Note  string `json:"note"`
		} `json:"topics"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Briefs) != 4 {
		t.Errorf("%d briefs compared, want the 4 included", len(got.Briefs))
	}
	for _, b := range got.Briefs {
		if b.ID == excluded {
			t.Errorf("excluded brief %s was compared", excluded)
		}
	}
	found := false
	for _, tp := range got.Topics {
		if tp.ID == "shipbuilding" {
			found = true
			if tp.Label != "Ship repair and MRO" || !strings.Contains(tp.Note, "dry-dock") {
				t.Errorf("shipbuilding topic: label %q, note %q; want the workspace's rename and note", tp.Label, tp.Note)
			}
		}
	}
	if !found {
		t.Error("no shipbuilding topic")
	}
	if _, err := os.Stat(xlsx); err != nil {
		t.Error(err)
	}
	if want := `alliance.briefbench: an edit no longer applies: rename of "no-such": no such topic`; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q lacks %q", stderr.String(), want)
	}

	// A workspace goes on its own, and a corrupt one is reported by name.
	stderr.Reset()
	if code := run([]string{"export", "--out", "-", path, "resources/samples"}, nil, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "one workspace") {
		t.Errorf("workspace with briefs: exit %d, stderr %q", code, stderr.String())
	}
	bad := filepath.Join(dir, "bad.briefbench")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := run([]string{"export", "--out", "-", bad}, nil, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "bad.briefbench") {
		t.Errorf("corrupt workspace: exit %d, stderr %q", code, stderr.String())
	}
}

// TestCompareOnceForTheSameText gives one bundled sample twice (as its own
// file and as a copy with another name and format) beside another: the
// copy is compared once, with a note on stderr, and the run succeeds.
func TestCompareOnceForTheSameText(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("resources/samples/05-lakeside.md")
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "lakeside-copy.txt")
	if err := os.WriteFile(copyPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	args := []string{"compare", "--out", "-", "resources/samples/05-lakeside.md", copyPath, "resources/samples/01-hanriver.md"}
	if code := run(args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, stderr.String())
	}
	var res compare.Result
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Briefs) != 2 {
		t.Errorf("compared %d briefs, want 2", len(res.Briefs))
	}
	if want := "lakeside-copy.txt: the same text as resources/samples/05-lakeside.md; compared once"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q lacks %q", stderr.String(), want)
	}
}

// TestCompareKeepsEditions gives two editions of one brief in one format:
// both are compared.
func TestCompareKeepsEditions(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("resources/samples/05-lakeside.md")
	if err != nil {
		t.Fatal(err)
	}
	edition := strings.Replace(string(data), "28,500", "28,000", 1) + "\n\nA paragraph the second edition adds about training and readiness at the yards.\n"
	if edition == string(data)+"\n\nA paragraph the second edition adds about training and readiness at the yards.\n" {
		t.Fatal("the sample has no 28,500 to change")
	}
	p := filepath.Join(dir, "lakeside-v2.md")
	if err := os.WriteFile(p, []byte(edition), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"compare", "--out", "-", "resources/samples/05-lakeside.md", p}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, stderr.String())
	}
	var res compare.Result
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Briefs) != 2 || strings.Contains(stderr.String(), "compared once") {
		t.Errorf("compared %d briefs; stderr %q", len(res.Briefs), stderr.String())
	}
}
