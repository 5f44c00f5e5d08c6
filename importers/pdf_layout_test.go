package importers

import (
	"strconv"
	"strings"
	"testing"
)

// testSpan builds a synthetic text run: page, text, left edge, baseline, font
// size and width in points.
func testSpan(page int, text string, l, base, size, width float64) pdfSpan {
	return pdfSpan{text: text, l: l, r: l + width, t: base + 0.75*size, b: base - 0.2*size, base: base, size: size, page: page}
}

func TestPDFLayoutSynthetic(t *testing.T) {
	tests := []struct {
		name  string
		pages []pdfPage
		want  []string // "kind pN: text" per block
	}{
		{
			name: "superscript reference stays in its line",
			pages: []pdfPage{{n: 1, w: 612, h: 792, spans: []pdfSpan{
				testSpan(1, "Seoul builds hulls for the UAE.", 72, 700, 10, 300),
				testSpan(1, "1", 372.2, 704, 6, 3),
				testSpan(1, " In this future the yards", 375.5, 700, 10, 150),
				testSpan(1, "stay busy.", 72, 686, 10, 60),
			}}},
			want: []string{"body p1: Seoul builds hulls for the UAE.1 In this future the yards stay busy."},
		},
		{
			name: "footnote at the foot of a page does not cut the paragraph",
			pages: []pdfPage{
				{n: 1, w: 612, h: 792, spans: []pdfSpan{
					testSpan(1, "The allies should sign a reciprocal procurement deal that covers", 72, 700, 10, 460),
					testSpan(1, "shells, hull blocks and the software that", 72, 686, 10, 460),
					testSpan(1, "1 Company filings, 2024.", 72, 80, 7, 120),
				}},
				{n: 2, w: 612, h: 792, spans: []pdfSpan{
					testSpan(2, "runs both, before the next crisis.", 72, 700, 10, 200),
				}},
			},
			want: []string{
				"body p1: The allies should sign a reciprocal procurement deal that covers shells, hull blocks and the software that runs both, before the next crisis.",
				"footnote p1: 1 Company filings, 2024.",
			},
		},
		{
			name: "spans far apart on one baseline are separate lines",
			pages: []pdfPage{{n: 1, w: 612, h: 792, spans: []pdfSpan{
				testSpan(1, "Hanbit Policy Forum", 72, 50, 8, 70),
				testSpan(1, "Page 1", 500, 50, 8, 25),
				testSpan(1, "A short brief on shipyards.", 72, 700, 10, 160),
			}}},
			// one page: the footer is not known to repeat, the page number is
			want: []string{"body p1: A short brief on shipyards.", "body p1: Hanbit Policy Forum", "chrome p1: Page 1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range layoutPDF(tt.pages) {
				kind := string(b.Kind)
				if b.Chrome {
					kind = "chrome"
				}
				got = append(got, kind+" p"+strconv.Itoa(b.Page)+": "+b.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
