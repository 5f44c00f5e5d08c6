package importers

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"briefbench/brief"
	"briefbench/internal/golden"
)

// binaryCase is one fixture of a binary format reader: either a golden of
// the blocks and hints it gives, or the sentinel error it must return.
type binaryCase struct {
	name    string
	file    string // under testdata/
	golden  string // under testdata/, empty for error cases
	wantErr error
	wantMsg string // a fragment the error message must hold
}

// pdfCases are the PDF fixtures (made by testdata/gen); FuzzPDF seeds from them.
func pdfCases() []binaryCase {
	return []binaryCase{
		{name: "brief with columns, furniture and hyphens", file: "pdf/brief.pdf", golden: "pdf/brief.golden.json"},
		{name: "LibreOffice: justified, two-column section, header and footer", file: "pdf/libreoffice.pdf", golden: "pdf/libreoffice.golden.json"},
		{name: "encrypted", file: "pdf/encrypted.pdf", wantErr: ErrEncrypted, wantMsg: "remove the password"},
		{name: "scanned, image only", file: "pdf/scanned.pdf", wantErr: ErrNoTextLayer, wantMsg: "run OCR first"},
		{name: "truncated", file: "pdf/truncated.pdf", wantErr: ErrCorrupt},
		{name: "garbage after a PDF header", file: "pdf/garbage.pdf", wantErr: ErrCorrupt},
		{name: "not a PDF at all", file: "docx/brief.docx", wantErr: ErrWrongExtension},
	}
}

// binaryResult is what a golden file holds: the hints and the blocks, with
// empty fields left out so the file reads as a summary of the document.
type binaryResult struct {
	Title     string        `json:"title,omitempty"`
	Authors   []string      `json:"authors,omitempty"`
	Published string        `json:"published,omitempty"`
	Language  string        `json:"language,omitempty"`
	Blocks    []binaryBlock `json:"blocks"`
}

type binaryBlock struct {
	Kind   brief.Kind   `json:"kind"`
	Level  int          `json:"level,omitempty"`
	Page   int          `json:"page,omitempty"`
	Chrome bool         `json:"chrome,omitempty"`
	Reason brief.Reason `json:"reason,omitempty"`
	Text   string       `json:"text"`
}

func newBinaryResult(h hints, blocks []block) binaryResult {
	r := binaryResult{Title: h.Title, Authors: h.Authors, Published: h.Published, Language: h.Language}
	for _, b := range blocks {
		r.Blocks = append(r.Blocks, binaryBlock{b.Kind, b.Level, b.Page, b.Chrome, b.Reason, b.Text})
	}
	return r
}

// runBinaryCase reads one fixture with read and checks it against its golden
// or its expected error.
func runBinaryCase(t *testing.T, read reader, c binaryCase) []block {
	t.Helper()
	path := filepath.Join("testdata", c.file)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	blocks, h, err := read(context.Background(), data, path)
	if c.wantErr != nil {
		if !errors.Is(err, c.wantErr) {
			t.Fatalf("error = %v, want %v", err, c.wantErr)
		}
		if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.wantMsg) {
			t.Errorf("error %q should name the file %s and say %q", err, path, c.wantMsg)
		}
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	golden.JSON(t, filepath.Join("testdata", c.golden), newBinaryResult(h, blocks))
	return blocks
}

func TestPDF(t *testing.T) {
	for _, c := range pdfCases() {
		t.Run(c.name, func(t *testing.T) {
			runBinaryCase(t, readPDF, c)
		})
	}
}

// TestPDFLayout checks the properties the brief fixture was built to show,
// independently of the golden.
func TestPDFLayout(t *testing.T) {
	data, err := os.ReadFile("testdata/pdf/brief.pdf")
	if err != nil {
		t.Fatal(err)
	}
	blocks, h, err := readPDF(context.Background(), data, "brief.pdf")
	if err != nil {
		t.Fatal(err)
	}
	find := func(frag string) block {
		t.Helper()
		for _, b := range blocks {
			if !b.Chrome && strings.Contains(b.Text, frag) {
				return b
			}
		}
		t.Fatalf("no kept block holds %q", frag)
		return block{}
	}
	tests := []struct {
		name string
		frag string // a fragment of the paragraph
		want string // the paragraph must hold this
		page int
		kind brief.Kind
	}{
		{"line-break hyphen joined", "Pooling those", "Pooling those capabilities would", 1, brief.Body},
		{"compound hyphen kept", "classified sensors", "certain defense-related software", 1, brief.Body},
		{"paragraph across a page break keeps its first page", "The practical model", "before any conflict starts.", 1, brief.Body},
		{"left column flows into right column", "The second line is munitions", "new American lines can be licensed", 2, brief.Body},
		{"right column read after left", "Joint stockpiles", "its own reserves.", 2, brief.Body},
		{"title by font size", "Building Together", "Building Together: Allied Shipyards and Munitions Lines", 1, brief.Heading},
		{"heading across both columns", "Two Lines of", "Two Lines of Cooperation", 2, brief.Heading},
		{"bullet becomes list item", "Open a pilot", "Open a pilot program", 3, brief.ListItem},
		{"byline is its own line", "By Mina Park", "By Mina Park and Daniel Ortiz", 1, brief.Body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := find(tt.frag)
			if !strings.Contains(b.Text, tt.want) || b.Page != tt.page || b.Kind != tt.kind {
				t.Errorf("got %s p%d %q, want %s p%d holding %q", b.Kind, b.Page, b.Text, tt.kind, tt.page, tt.want)
			}
		})
	}
	t.Run("columns in reading order", func(t *testing.T) {
		var order []string
		for _, b := range blocks {
			if b.Page == 2 && !b.Chrome {
				order = append(order, strings.Join(strings.Fields(b.Text)[:3], " "))
			}
		}
		want := []string{"Two Lines of", "The first line", "It should begin", "The second line", "Joint stockpiles, stored", "Neither line works"}
		if strings.Join(order, "/") != strings.Join(want, "/") {
			t.Errorf("page 2 order = %q, want %q", order, want)
		}
	})
	t.Run("furniture only in chrome blocks", func(t *testing.T) {
		chrome := 0
		for _, b := range blocks {
			furniture := strings.Contains(b.Text, "Hanbit Policy Forum") || strings.Contains(b.Text, "Brief 14") || strings.HasPrefix(b.Text, "Page ")
			if furniture != b.Chrome {
				t.Errorf("block %q: chrome %v", b.Text, b.Chrome)
			}
			if b.Chrome {
				chrome++
				if b.Reason != brief.PageFurniture || b.Page == 0 {
					t.Errorf("chrome block %q: reason %q page %d", b.Text, b.Reason, b.Page)
				}
			}
		}
		if chrome != 9 {
			t.Errorf("%d chrome blocks, want 9 (header, footer, page number on 3 pages)", chrome)
		}
	})
	t.Run("document info", func(t *testing.T) {
		// Published stays empty: the page states its date, which wins over
		// the file's creation date (cleaning reads it from the text).
		if h.Title != "Building Together: Allied Shipyards and Munitions Lines" || strings.Join(h.Authors, ";") != "Mina Park;Daniel Ortiz" || h.Published != "" {
			t.Errorf("hints = %+v", h)
		}
	})
}

func TestPDFHyphen(t *testing.T) {
	lines := func(texts ...string) []pdfLine {
		var ls []pdfLine
		for _, s := range texts {
			ls = append(ls, pdfLine{text: s})
		}
		return ls
	}
	v := newPDFVocab(lines(
		"Our production lines and cost-sharing rules matter.",
		"Shipyards deliver ships for the navy and the forward fleet.",
		"Both looking and building count here, with capa-",
		"bilities split across this line.",
	))
	tests := []struct {
		name, a, b, want string
	}{
		{"artefact joined", "those capa-", "bilities would", "those capabilities would"},
		{"pdfium mark joined", "those capa\x02", "bilities would", "those capabilities would"},
		{"joined word found elsewhere", "the pro\x02", "duction lines", "the production lines"},
		{"compound tail keeps hyphen", "certain defense-", "related software", "certain defense-related software"},
		{"hyphenated form found elsewhere", "new cost\x02", "sharing deals", "new cost-sharing deals"},
		{"both parts are words", "a forward\x02", "looking alliance", "a forward-looking alliance"},
		{"capitalised second part", "the Indo\x02", "Pacific region", "the Indo-Pacific region"},
		{"soft hyphen always joined", "the ship\u00ad", "yards", "the shipyards"},
		{"compound head", "more self-", "reliance now", "more self-reliance now"},
		{"plain wrap", "the allies", "agreed", "the allies agreed"},
		{"dash joins without space", "a larger role—", "especially", "a larger role—especially"},
		{"number range joined", "pages 12-", "14 show", "pages 12-14 show"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := v.join(tt.a, tt.b); got != tt.want {
				t.Errorf("join(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestPDFFurniturePatterns(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"7", true},
		{"Page 3", true},
		{"page 3 of 12", true},
		{"- 4 -", true},
		{"12 / 40", true},
		{"1953", true}, // alone on a top or bottom line it is a page number
		{"Chapter 3", false},
		{"3 percent", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := pageNumberRe.MatchString(tt.text); got != tt.want {
				t.Errorf("page number %q = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestPDFConcurrent reads the same PDF from several goroutines through the
// shared PDFium pool; every reader must get the same blocks.
func TestPDFConcurrent(t *testing.T) {
	data, err := os.ReadFile("testdata/pdf/brief.pdf")
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := readPDF(context.Background(), data, "brief.pdf")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		wg.Go(func() {
			got, _, err := readPDF(context.Background(), data, "brief.pdf")
			if err == nil && len(got) != len(want) {
				err = errors.New("different block count")
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("reader %d: %v", i, err)
		}
	}
}

// TestPDFCancelled checks a cancelled context stops the import.
func TestPDFCancelled(t *testing.T) {
	data, err := os.ReadFile("testdata/pdf/brief.pdf")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := readPDF(ctx, data, "brief.pdf"); !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

func TestPDFDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"D:20251002093000Z", "2025-10-02"},
		{"D:20250915120000+02'00'", "2025-09-15"},
		{"2024", ""},
		{"D:20251399", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := pdfDate(tt.in); got != tt.want {
				t.Errorf("pdfDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPDFCacheDir(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		dir  string
		want bool
	}{
		{"existing directory", dir, true},
		{"directory to create", filepath.Join(dir, "briefbench", "wazero"), true},
		{"under a file: fall back to memory", filepath.Join(file, "wazero"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := writable(tt.dir); got != tt.want {
				t.Errorf("writable(%s) = %v, want %v", tt.dir, got, tt.want)
			}
		})
	}
}

// TestPDFLibreOffice checks the reading order of a real producer's page
// that mixes full-width text with a two-column section.
func TestPDFLibreOffice(t *testing.T) {
	data, err := os.ReadFile("testdata/pdf/libreoffice.pdf")
	if err != nil {
		t.Fatal(err)
	}
	blocks, _, err := readPDF(context.Background(), data, "libreoffice.pdf")
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	chrome := 0
	for _, b := range blocks {
		if b.Chrome {
			chrome++
			continue
		}
		kept = append(kept, b.Text)
	}
	index := func(frag string) int {
		for i, s := range kept {
			if strings.HasPrefix(s, frag) {
				return i
			}
		}
		t.Fatalf("no paragraph starts with %q", frag)
		return -1
	}
	order := []string{
		"The practical model", // full width, above the section
		"Two Lines of Cooperation",
		"The first line is ships",      // left column
		"Joint stockpiles",             // end of the left column
		"Neither line works",           // top of the right column
		"Workforce exchanges",          // end of the right column
		"What Could Go Wrong",          // narrow heading below the section
		"Three things could stall",     // full width again
		"The third is success itself.", // page 2
	}
	for i := 1; i < len(order); i++ {
		if index(order[i-1]) >= index(order[i]) {
			t.Errorf("%q should come before %q", order[i-1], order[i])
		}
	}
	if chrome != 4 {
		t.Errorf("%d chrome blocks, want 4 (header and footer on 2 pages)", chrome)
	}
}
