package importers

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"briefbench/brief"
)

// fuzzFormat runs one reader and the shared cleaner on data without the
// panic guard of run, so a panic fails the fuzz target, and checks the
// invariants every brief must keep.
func fuzzFormat(t *testing.T, read reader, data []byte, name string) {
	blocks, h, err := read(context.Background(), data, name)
	if err != nil {
		return
	}
	b := finish(blocks, h, brief.Source{Path: name})
	for i, p := range b.Paragraphs {
		if p.Index != i {
			t.Fatalf("paragraph %d has index %d", i, p.Index)
		}
		if p.Text == "" {
			t.Fatalf("paragraph %d is empty", i)
		}
		if p.Start < 0 || p.End < p.Start {
			t.Fatalf("paragraph %d has offsets %d..%d", i, p.Start, p.End)
		}
	}
	for i, d := range b.Dropped {
		if d.After < -1 || d.After >= len(b.Paragraphs) || d.Reason == "" {
			t.Fatalf("dropped %d: after %d of %d paragraphs, reason %q", i, d.After, len(b.Paragraphs), d.Reason)
		}
	}
	if b.Words != brief.CountWords(b.Paragraphs) {
		t.Fatalf("words %d, want %d", b.Words, brief.CountWords(b.Paragraphs))
	}
	if b.Published != "" && len(b.Published) != 10 {
		t.Fatalf("published %q is not YYYY-MM-DD", b.Published)
	}
}

// addFixtures seeds f with the files in testdata/dir.
func addFixtures(f *testing.F, dir string) {
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*."+dir))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, tt := range decodeCases {
		f.Add(tt.data())
	}
	for _, tt := range splitCases {
		f.Add([]byte(tt.text))
	}
	addFixtures(f, "txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFormat(t, readText, data, "fuzz.txt")
	})
}

func FuzzMarkdown(f *testing.F) {
	for _, tt := range markdownCases {
		f.Add([]byte(tt.src))
	}
	addFixtures(f, "md")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFormat(t, readMarkdown, data, "fuzz.md")
	})
}

func FuzzHTML(f *testing.F) {
	for _, tt := range htmlCases {
		f.Add([]byte(tt.src))
	}
	addFixtures(f, "html")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFormat(t, readHTML, data, "fuzz.html")
	})
}
