package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestImportCommand runs "briefbench import" through run with table cases.
func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("ships.txt", "Allied Yards\n\nBy Jane Doe\n\nMarch 15, 2023\n\nKorean yards repaired three American ships last year, a record for the program.\n")
	page := write("page.html", "<html><head><meta name=\"author\" content=\"Min-jun Park\"></head><body><h1>Shells</h1><p>Both allies need more artillery shells than they make today.</p></body></html>")
	empty := write("empty.txt", "")
	sub := filepath.Join(dir, "folder")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "b.md"), []byte("# B\n\nSecond brief text in Markdown.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "a.txt"), []byte("First brief text, plain.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "notes.rtf"), []byte("skipped"), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name       string
		args       []string
		stdin      string
		status     int
		briefs     []string // titles (or source paths' base names when untitled), in order
		errFiles   []string // base names of failed files
		outHas     []string // fragments of standard output
		errHas     []string // fragments of standard error
		notJSONOut bool
	}{
		{name: "json one file", args: []string{"--json", good}, briefs: []string{"Allied Yards"}},
		{name: "json folder in name order", args: []string{"--json", sub}, briefs: []string{"a.txt", "B"}},
		{name: "json stdin", args: []string{"--json", "-"}, stdin: "Pasted text about allied shipyards.", briefs: []string{"stdin"}},
		{name: "json some failed", args: []string{"--json", empty, good, filepath.Join(dir, "missing.txt")}, status: 1, briefs: []string{"Allied Yards"}, errFiles: []string{"empty.txt", "missing.txt"}},
		{name: "json all failed", args: []string{"--json", empty}, status: 1, errFiles: []string{"empty.txt"}},
		{
			name: "summary", args: []string{good, page}, notJSONOut: true,
			outHas: []string{"title:        Allied Yards", "authors:      Jane Doe", "published:    2023-03-15", "authors:      Min-jun Park", "dropped: 3"},
		},
		{name: "summary with error", args: []string{empty}, status: 1, notJSONOut: true, errHas: []string{"empty.txt: error: empty file"}},
		{name: "no files", args: nil, status: 2, notJSONOut: true, errHas: []string{"usage: briefbench import"}},
		{name: "unknown flag", args: []string{"--xml", good}, status: 2, notJSONOut: true, errHas: []string{"usage: briefbench import"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := run(append([]string{"import"}, tt.args...), strings.NewReader(tt.stdin), &out, &errb)
			if status != tt.status {
				t.Fatalf("status %d, want %d; stderr: %s", status, tt.status, errb.String())
			}
			for _, s := range tt.outHas {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
			for _, s := range tt.errHas {
				if !strings.Contains(errb.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, errb.String())
				}
			}
			if tt.notJSONOut {
				return
			}
			var doc struct {
				Schema string `json:"schema"`
				Briefs []struct {
					ID     string `json:"id"`
					Title  string `json:"title"`
					Source struct {
						Path   string `json:"path"`
						Format string `json:"format"`
						SHA256 string `json:"sha256"`
						Bytes  int64  `json:"bytes"`
					} `json:"source"`
					Words      int               `json:"words"`
					Paragraphs []json.RawMessage `json:"paragraphs"`
					Dropped    []json.RawMessage `json:"dropped"`
					Authors    []string          `json:"authors"`
				} `json:"briefs"`
				Errors []struct {
					File  string `json:"file"`
					Error string `json:"error"`
				} `json:"errors"`
			}
			if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
				t.Fatalf("stdout is not one JSON document: %v\n%s", err, out.String())
			}
			if doc.Schema != "briefbench.briefs/v1" || doc.Briefs == nil || doc.Errors == nil {
				t.Errorf("schema %q, briefs %v, errors %v: want the schema and two lists", doc.Schema, doc.Briefs, doc.Errors)
			}
			var names []string
			for _, b := range doc.Briefs {
				name := b.Title
				if name == "" {
					name = filepath.Base(b.Source.Path)
				}
				names = append(names, name)
				if b.ID == "" || len(b.Source.SHA256) != 64 || b.Source.Bytes == 0 || b.Source.Format == "" || b.Words == 0 || len(b.Paragraphs) == 0 || b.Authors == nil || b.Dropped == nil {
					t.Errorf("brief %q is incomplete: %+v", name, b)
				}
			}
			if strings.Join(names, "|") != strings.Join(tt.briefs, "|") {
				t.Errorf("briefs %q, want %q", names, tt.briefs)
			}
			var failed []string
			for _, e := range doc.Errors {
				failed = append(failed, filepath.Base(e.File))
				if e.Error == "" || strings.Contains(e.Error, e.File) {
					t.Errorf("error %+v: want a message without the file name repeated", e)
				}
			}
			slices.Sort(failed) // unreadable paths are reported before files that fail to import
			if strings.Join(failed, "|") != strings.Join(tt.errFiles, "|") {
				t.Errorf("errors for %q, want %q", failed, tt.errFiles)
			}
		})
	}
}
