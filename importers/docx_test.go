package importers

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"briefbench/brief"
)

// docxCases are the DOCX fixtures (made by testdata/gen); FuzzDOCX seeds
// from them.
func docxCases() []binaryCase {
	return []binaryCase{
		{name: "brief with styles, revisions, table, notes", file: "docx/brief.docx", golden: "docx/brief.golden.json"},
		{name: "not a zip", file: "docx/notzip.docx", wantErr: ErrCorrupt, wantMsg: "not a DOCX (zip) file"},
		{name: "truncated zip", file: "docx/truncated.docx", wantErr: ErrCorrupt, wantMsg: "not a DOCX (zip) file"},
		{name: "no document part", file: "docx/nodocument.docx", wantErr: ErrCorrupt, wantMsg: "missing document part"},
		{name: "headers declare 600 MB", file: "docx/bomb.docx", wantErr: ErrZipBomb, wantMsg: "500 MB"},
		{name: "a PDF renamed", file: "pdf/brief.pdf", wantErr: ErrWrongExtension, wantMsg: "it holds PDF; rename it to .pdf"},
	}
}

func TestDOCX(t *testing.T) {
	for _, c := range docxCases() {
		t.Run(c.name, func(t *testing.T) {
			runBinaryCase(t, readDOCX, c)
		})
	}
}

// TestDOCXFeatures checks what each WordprocessingML feature of the brief
// fixture must give, independently of the golden.
func TestDOCXFeatures(t *testing.T) {
	data, err := os.ReadFile("testdata/docx/brief.docx")
	if err != nil {
		t.Fatal(err)
	}
	blocks, h, err := readDOCX(context.Background(), data, "brief.docx")
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, b := range blocks {
		all.WriteString(b.Text + "\n")
	}
	kindOf := func(frag string) (brief.Kind, int) {
		for _, b := range blocks {
			if strings.Contains(b.Text, frag) {
				return b.Kind, b.Level
			}
		}
		return "", -1
	}
	tests := []struct {
		name      string
		frag      string
		kind      brief.Kind // "" when the fragment must be absent
		level     int
		lastBlock bool // must be among the final footnotes
	}{
		{"Title style", "Building Together", brief.Heading, 1, false},
		{"Subtitle style", "How Washington and Seoul", brief.Heading, 2, false},
		{"heading 1 under a foreign style ID", "Why Shipyards Matter", brief.Heading, 1, false},
		{"heading by outline level only", "Two Lines of Cooperation", brief.Heading, 2, false},
		{"heading 2", "Recommendations", brief.Heading, 2, false},
		{"tracked insertion kept", "Korean firms already run plants", brief.Body, 0, false},
		{"tracked deletion dropped", "may soon", "", 0, false},
		{"content control content", "The first line is ships", brief.Body, 0, false},
		{"content control placeholder dropped", "DefaultPlaceholder", "", 0, false},
		{"hyperlink text", "as the shipyard review argued.", brief.Body, 0, false},
		{"non-breaking hyphen", "certain defense-related software", brief.Body, 0, false},
		{"table header row", "Sector | Korean share | Constraint", brief.Body, 0, false},
		{"table row", "Artillery shells | Rising | Export licences", brief.Body, 0, false},
		{"numbered list item", "Sign a reciprocal defense procurement", brief.ListItem, 0, false},
		{"list style item", "Open a pilot program", brief.ListItem, 0, false},
		{"quote style", "A modern navy is only as ready as the dry docks behind it.", brief.Body, 0, false},
		{"alternate content fallback dropped", "DUPLICATE FALLBACK", "", 0, false},
		{"footnote kept at the end", "Company filings, 2024", brief.Footnote, 0, true},
		{"two-paragraph footnote joined", "shipyard review, second edition.", brief.Footnote, 0, true},
		{"endnote kept at the end", "Production estimates are the authors' own.", brief.Footnote, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, level := kindOf(tt.frag)
			if tt.kind == "" {
				if kind != "" {
					t.Errorf("%q should be absent", tt.frag)
				}
				return
			}
			if kind != tt.kind || level != tt.level {
				t.Errorf("%q: kind %q level %d, want %q %d", tt.frag, kind, level, tt.kind, tt.level)
			}
			if tt.lastBlock {
				for _, b := range blocks[len(blocks)-3:] {
					if strings.Contains(b.Text, tt.frag) {
						return
					}
				}
				t.Errorf("%q is not among the last three blocks", tt.frag)
			}
		})
	}
	t.Run("core properties", func(t *testing.T) {
		if h.Title != "Building Together: Allied Shipyards and Munitions Lines" || strings.Join(h.Authors, ";") != "Mina Park;Daniel Ortiz" || h.Created != "2025-10-02" || h.Language != "en" {
			t.Errorf("hints = %+v", h)
		}
	})
	t.Run("quote paragraph kind", func(t *testing.T) {
		n := 0
		for _, b := range blocks {
			if b.Kind == brief.Quote {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d quote paragraphs, want 1", n)
		}
	})
}

// TestDOCXLyingHeader checks that expanded bytes are counted while reading,
// so a zip whose headers understate the size of a part is still stopped.
func TestDOCXLyingHeader(t *testing.T) {
	var doc strings.Builder
	doc.WriteString(`<w:document xmlns:w="` + nsW + `"><w:body>`)
	for doc.Len() < 200<<10 {
		doc.WriteString(`<w:p><w:r><w:t>Shipyards and munitions lines, again and again.</w:t></w:r></w:p>`)
	}
	doc.WriteString(`</w:body></w:document>`)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte(doc.String())); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	// Rewrite the declared size (local header and central directory) to 1 KB.
	data := buf.Bytes()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	real := uint32(zr.File[0].UncompressedSize64)
	lie := []byte{0, 4, 0, 0} // 1024, little endian
	want := []byte{byte(real), byte(real >> 8), byte(real >> 16), byte(real >> 24)}
	data = bytes.ReplaceAll(data, want, lie)
	if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil || zr.File[0].UncompressedSize64 != 1024 {
		t.Fatalf("could not make the headers lie: %v", err)
	}

	tests := []struct {
		name  string
		limit int64
		want  error
	}{
		{"within the limit despite the lie", 1 << 20, nil},
		{"over the limit while reading", 100 << 10, ErrZipBomb},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := readDOCXLimit(context.Background(), data, "lying.docx", tt.limit)
			if !errors.Is(err, tt.want) && (err != nil || tt.want != nil) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestDOCXParts checks which broken or missing parts are tolerated: styles
// and core properties only refine the result, the document and its notes
// are the content.
func TestDOCXParts(t *testing.T) {
	const doc = `<w:document xmlns:w="` + nsW + `"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Shared magazines</w:t></w:r></w:p><w:p><w:r><w:t>Joint stockpiles on the peninsula.</w:t></w:r></w:p></w:body></w:document>`
	tests := []struct {
		name    string
		parts   map[string]string
		want    string // blocks as "kind: text" lines
		wantErr error
	}{
		{"document only; style ID read as a name", map[string]string{"word/document.xml": doc}, "heading: Shared magazines\nbody: Joint stockpiles on the peninsula.", nil},
		{"broken styles and core properties", map[string]string{"word/document.xml": doc, "word/styles.xml": "<w:styles", "docProps/core.xml": "<<<"}, "heading: Shared magazines\nbody: Joint stockpiles on the peninsula.", nil},
		{"broken document", map[string]string{"word/document.xml": doc[:60]}, "", ErrCorrupt},
		{"broken footnotes", map[string]string{"word/document.xml": doc, "word/footnotes.xml": "<w:footnotes><w:footnote>"}, "", ErrCorrupt},
		{"main part named by the relationships", map[string]string{"_rels/.rels": `<Relationships><Relationship Type="` + relOffice + `" Target="/content/main.xml"/></Relationships>`, "content/main.xml": doc}, "heading: Shared magazines\nbody: Joint stockpiles on the peninsula.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, _, err := readDOCX(context.Background(), zipOf(t, tt.parts), "parts.docx")
			if !errors.Is(err, tt.wantErr) && (err != nil || tt.wantErr != nil) {
				t.Fatalf("error = %v, want %v", err, tt.wantErr)
			}
			var got []string
			for _, b := range blocks {
				got = append(got, string(b.Kind)+": "+b.Text)
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}
