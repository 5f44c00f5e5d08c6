package importers

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedBinary adds every fixture of cases to the fuzz corpus.
func seedBinary(f *testing.F, cases []binaryCase) {
	for _, c := range cases {
		data, err := os.ReadFile(filepath.Join("testdata", c.file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// checkBinaryResult holds for any input: a known error, or blocks with
// tidy, non-empty text.
func checkBinaryResult(t *testing.T, blocks []block, err error, known ...error) {
	if err != nil {
		for _, k := range known {
			if errors.Is(err, k) {
				return
			}
		}
		t.Fatalf("unexpected error kind: %v", err)
	}
	for _, b := range blocks {
		if b.Text == "" || b.Text != strings.TrimSpace(b.Text) || strings.ContainsRune(b.Text, '\x02') {
			t.Fatalf("untidy block text %q", b.Text)
		}
	}
}

func FuzzPDF(f *testing.F) {
	seedBinary(f, pdfCases())
	f.Fuzz(func(t *testing.T, data []byte) {
		blocks, _, err := readPDF(context.Background(), data, "fuzz.pdf")
		checkBinaryResult(t, blocks, err, ErrCorrupt, ErrEncrypted, ErrNoTextLayer, ErrWrongExtension)
	})
}

func FuzzDOCX(f *testing.F) {
	seedBinary(f, docxCases())
	f.Fuzz(func(t *testing.T, data []byte) {
		blocks, _, err := readDOCX(context.Background(), data, "fuzz.docx")
		checkBinaryResult(t, blocks, err, ErrCorrupt, ErrZipBomb, ErrWrongExtension)
	})
}

// FuzzPDFLayout feeds the layout stage (lines, columns, furniture,
// paragraphs, hyphenation) with spans made from arbitrary bytes, so odd
// geometry from real files cannot make it panic. Every 6 bytes make a span:
// page, left, baseline, width, size and a word.
func FuzzPDFLayout(f *testing.F) {
	f.Add([]byte("\x00\x10\xf0\x80\x0a\x01\x00\x10\xe8\x80\x0a\x02\x01\x10\xf0\x40\x0a\x03"))
	f.Add([]byte("\x00\x10\x02\x10\x08\x04\x00\xa0\x02\x10\x08\x05\x01\x10\x02\x10\x08\x04\x01\xa0\x02\x10\x08\x05"))
	f.Add([]byte("\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff"))
	words := []string{"capa-", "bilities", "defense\x02", "related", "Page 3", "•", "The allies", "agreed.", "12", "—", "Brief 14", "ship\u00ad", "yards"}
	f.Fuzz(func(t *testing.T, data []byte) {
		var pages []pdfPage
		for i := 0; i+6 <= len(data) && i < 6*400; i += 6 {
			d := data[i : i+6]
			n := int(d[0]%4) + 1
			for len(pages) < n {
				pages = append(pages, pdfPage{n: len(pages) + 1, w: 612, h: 792})
			}
			size := float64(d[4]%24) + 1
			s := testSpan(n, words[int(d[5])%len(words)], float64(d[1])*2.4, float64(d[2])*3.1, size, float64(d[3])*2)
			pages[n-1].spans = append(pages[n-1].spans, s)
		}
		blocks := layoutPDF(pages)
		checkBinaryResult(t, blocks, nil)
		for _, b := range blocks {
			if b.Page < 1 || b.Page > len(pages) {
				t.Fatalf("block %q on page %d of %d", b.Text, b.Page, len(pages))
			}
		}
	})
}
