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
		checkBinaryResult(t, blocks, err, ErrCorrupt, ErrEncrypted, ErrNoTextLayer)
	})
}

func FuzzDOCX(f *testing.F) {
	seedBinary(f, docxCases())
	f.Fuzz(func(t *testing.T, data []byte) {
		blocks, _, err := readDOCX(context.Background(), data, "fuzz.docx")
		checkBinaryResult(t, blocks, err, ErrCorrupt, ErrZipBomb)
	})
}
