package importers

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// onePagePDF builds a one-page PDF whose page draws content (an
// uncompressed content stream) in Helvetica.
func onePagePDF(content string) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(body string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), body)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

// textLines is a content stream drawing n lines of text.
func textLines(n int) string {
	var sb strings.Builder
	sb.WriteString("BT /F1 10 Tf 72 760 Td 12 TL\n")
	for i := range n {
		fmt.Fprintf(&sb, "(Line %d of a page that says far more than any page should.) '\n", i)
	}
	sb.WriteString("ET")
	return sb.String()
}

// Issue 13 case 11: a PDF page with a content stream over the limit is
// refused before PDFium lays it out, naming the limit; a normal page reads.
func TestPDFContentLimit(t *testing.T) {
	small := onePagePDF(textLines(40))
	b, err := Bytes(context.Background(), small, "small.pdf")
	if err != nil {
		t.Fatalf("a normal page: %v", err)
	}
	if !strings.Contains(b.Paragraphs[0].Text, "Line 0 of a page") {
		t.Errorf("read %q", b.Paragraphs[0].Text)
	}
	huge := onePagePDF(textLines(maxPDFContent/60 + 1000))
	_, err = Bytes(context.Background(), huge, "huge.pdf")
	if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "huge.pdf: limit reached: a page's content stream is over 512 KB") {
		t.Fatalf("err = %v, want the content-stream limit", err)
	}
}

func TestCheckPDFStreams(t *testing.T) {
	big := strings.Repeat("x", maxPDFContent+1)
	tests := []struct {
		name string
		pdf  string
		err  bool
	}{
		{"content over the limit", "4 0 obj\n<< /Length 9 >>\nstream\n" + big + "\nendstream\nendobj\n", true},
		{"form over the limit", "4 0 obj\n<< /Type /XObject /Subtype /Form >>\nstream\n" + big + "\nendstream\nendobj\n", true},
		{"image over the limit", "4 0 obj\n<< /Type /XObject /Subtype /Image >>\nstream\n" + big + "\nendstream\nendobj\n", false},
		{"font program", "4 0 obj\n<< /Length1 5 >>\nstream\n" + big + "\nendstream\nendobj\n", false},
		{"small content", "4 0 obj\n<< /Length 9 >>\nstream\nBT ET\nendstream\nendobj\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := checkPDFStreams([]byte(tc.pdf))
			if (err != nil) != tc.err {
				t.Errorf("err = %v, want error %v", err, tc.err)
			}
		})
	}
}

// The scan is linear: allocations at 4N are about 4 times those at N (it
// allocates nearly nothing at all).
func TestCheckPDFStreamsLinear(t *testing.T) {
	run := func(n int) uint64 {
		data := onePagePDF(textLines(n))
		runtime.GC()
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		for range 5 {
			_ = checkPDFStreams(data)
		}
		runtime.ReadMemStats(&b)
		return b.TotalAlloc - a.TotalAlloc
	}
	if small, large := run(5000), run(20000); large > 6*small+64<<10 {
		t.Errorf("scan allocated %d then %d bytes", small, large)
	}
}

// docxWith builds a DOCX with one body paragraph and the given styles part
// ("" for none).
func docxWith(t testing.TB, body, styles string) []byte {
	parts := map[string]string{
		"word/document.xml": `<w:document xmlns:w="` + nsW + `"><w:body><w:p><w:r><w:t>` + body + `</w:t></w:r></w:p></w:body></w:document>`,
	}
	if styles != "" {
		parts["word/styles.xml"] = styles
	}
	return zipOf(t, parts)
}

// Issue 13 case 11: DOCX limits are per part. An oversized styles.xml is
// ignored with a note; an oversized document part (one huge run) is
// refused, naming the part and the limit. The limits are scaled down here.
func TestDOCXPartLimits(t *testing.T) {
	lim := docxLimits{total: maxDOCXExpanded, styles: 64 << 10, document: 1 << 20, small: 4 << 10}
	body := "Allies should share the cost of repairing ships in each other's yards."
	styles := `<w:styles xmlns:w="` + nsW + `">` + strings.Repeat(`<w:style w:type="paragraph" w:styleId="S"><w:name w:val="Normal"/></w:style>`, 1000) + `</w:styles>`
	bs, h, err := readDOCXLimits(context.Background(), docxWith(t, body, styles), "styles.docx", lim)
	if err != nil {
		t.Fatalf("big styles: %v", err)
	}
	if len(h.Notes) != 1 || !strings.Contains(h.Notes[0], "word/styles.xml is over 64 KB; its styles were ignored") {
		t.Errorf("notes %q", h.Notes)
	}
	if len(bs) != 1 || bs[0].Text != body {
		t.Errorf("blocks %+v", bs)
	}
	_, _, err = readDOCXLimits(context.Background(), docxWith(t, strings.Repeat("a", 1<<20), ""), "run.docx", lim)
	if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "run.docx: limit reached: word/document.xml is over 1 MB") {
		t.Errorf("huge run: %v", err)
	}
}

// Reading a DOCX costs linear memory in the size of its run, up to the
// part limit.
func TestDOCXRunLinear(t *testing.T) {
	run := func(n int) uint64 {
		data := docxWith(t, strings.Repeat("ships ", n), "")
		runtime.GC()
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		if _, _, err := readDOCX(context.Background(), data, "x.docx"); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&b)
		return b.TotalAlloc - a.TotalAlloc
	}
	if small, large := run(50000), run(200000); large > 6*small {
		t.Errorf("allocations %d at N, %d at 4N", small, large)
	}
}

// Issue 13 case 11: block quotes nested past maxQuoteDepth are read at that
// depth (parsing deeper nesting took time quadratic in the depth), with a
// note naming the limit.
func TestMarkdownDeepQuotes(t *testing.T) {
	data := []byte("# Deep\n\nShipyards matter to both allies.\n\n" + strings.Repeat(">", 400000) + " the deepest words\n")
	b, err := Bytes(context.Background(), data, "deep.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Source.Notes) != 1 || !strings.Contains(b.Source.Notes[0], "limit reached: block quotes nested deeper than 16 levels (1 line)") {
		t.Errorf("notes %q", b.Source.Notes)
	}
	src := []byte("> > one\n>>>two\nplain > not a marker\n")
	if n := flattenQuotes(src, 2); n != 1 || string(src) != "> > one\n>> two\nplain > not a marker\n" {
		t.Errorf("flattenQuotes: %d lines, %q", n, src)
	}
}

// BenchmarkMarkdownDeepQuotes measures the 400,000 ">" file.
func BenchmarkMarkdownDeepQuotes(b *testing.B) {
	data := []byte(strings.Repeat(">", 400000) + " deep\n")
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := readMarkdown(context.Background(), data, "deep.md"); err != nil {
			b.Fatal(err)
		}
	}
}
