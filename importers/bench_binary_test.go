package importers

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// Import of 100 briefs of about 5,000 words each: one benchmark op is the
// whole batch (targets: DOCX under 2 s, PDF under 5 s, memory under 300 MB).

func BenchmarkDOCX100(b *testing.B) {
	data := longDOCX(b, 5000)
	benchmarkImport100(b, data, "long.docx")
}

func BenchmarkPDF100(b *testing.B) {
	data, err := os.ReadFile("testdata/pdf/long.pdf")
	if err != nil {
		b.Fatal(err)
	}
	benchmarkImport100(b, data, "long.pdf")
}

func benchmarkImport100(b *testing.B, data []byte, name string) {
	ctx := context.Background()
	br, err := Bytes(ctx, data, name) // also starts the PDF engine outside the loop
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(br.Words), "words/brief")
	b.ReportAllocs()
	for b.Loop() {
		for i := range 100 {
			if _, err := Bytes(ctx, data, fmt.Sprintf("%d-%s", i, name)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// longDOCX builds a DOCX of about words words with the run markup Word
// writes (revision IDs, run properties), headings every ten paragraphs.
func longDOCX(b *testing.B, words int) []byte {
	b.Helper()
	sentences := []string{
		"Korean yards have spare slots and crews trained on complex hulls, while American yards carry long maintenance backlogs.",
		"A standing repair arrangement would test procedures, security rules and payment terms in peacetime.",
		"Artillery shells, rocket motors and energetic chemicals are the scarcest items in any long war.",
		"Reciprocal procurement rules matter as much as contracts for finished goods.",
	}
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="` + nsW + `"><w:body>`)
	n := 0
	for p := 0; n < words; p++ {
		if p%10 == 0 {
			fmt.Fprintf(&doc, `<w:p w:rsidR="00A1B2C3"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Section %d</w:t></w:r></w:p>`, p/10+1)
		}
		doc.WriteString(`<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:pPr><w:spacing w:after="120"/></w:pPr>`)
		for s := range 4 {
			text := sentences[(p+s)%len(sentences)]
			n += len(strings.Fields(text))
			fmt.Fprintf(&doc, `<w:r w:rsidRPr="00B7C8D9"><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">%s </w:t></w:r>`, text)
		}
		doc.WriteString(`</w:p>`)
	}
	doc.WriteString(`<w:sectPr/></w:body></w:document>`)
	return zipOf(b, map[string]string{
		"word/document.xml": doc.String(),
		"word/styles.xml":   `<w:styles xmlns:w="` + nsW + `"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
		"docProps/core.xml": `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Long brief</dc:title></cp:coreProperties>`,
	})
}
