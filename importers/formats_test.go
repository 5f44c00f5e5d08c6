package importers

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// TestFormatsAgree imports each real sample as .txt, .pdf and .docx and
// checks that the binary formats keep the text of the .txt (at least 95% of
// its kept words, in order, and no more than 5% extra), state the same
// metadata, and that PDF paragraphs carry pages and no page furniture.
func TestFormatsAgree(t *testing.T) {
	ctx := context.Background()
	for _, sample := range []string{"sample-a", "sample-b"} {
		txt, err := File(ctx, sharedSample(t, sample+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range []string{"pdf", "docx"} {
			t.Run(sample+"."+format, func(t *testing.T) {
				b, err := File(ctx, sharedSample(t, sample+"."+format))
				if err != nil {
					t.Fatal(err)
				}
				recall := wordRecall(txt.Paragraphs, b.Paragraphs)
				back := wordRecall(b.Paragraphs, txt.Paragraphs)
				t.Logf("%s.%s: %.1f%% of the .txt's %d words found in order; %.1f%% of its own %d words in the .txt",
					sample, format, 100*recall, txt.Words, 100*back, b.Words)
				if recall < 0.95 {
					t.Errorf("word recall %.3f, want at least 0.95", recall)
				}
				if back < 0.95 {
					t.Errorf("reverse word recall %.3f, want at least 0.95 (clutter kept?)", back)
				}
				if b.Title != txt.Title || b.Published != txt.Published || strings.Join(b.Authors, ";") != strings.Join(txt.Authors, ";") {
					t.Errorf("metadata %q %q %q, the .txt states %q %q %q", b.Title, b.Published, b.Authors, txt.Title, txt.Published, txt.Authors)
				}
				if format != "pdf" {
					return
				}
				last := 1
				for _, p := range b.Paragraphs {
					if p.Page < last {
						t.Errorf("paragraph %d on page %d after page %d: %.40q", p.Index, p.Page, last, p.Text)
					}
					last = max(last, p.Page)
					if pageNumberRe.MatchString(p.Text) {
						t.Errorf("page number left in the text: %q", p.Text)
					}
				}
				if last < 2 {
					t.Errorf("all paragraphs on page %d; want pages from every page", last)
				}
			})
		}
	}
}

// TestFormatsMetadata checks that a sample's PDF document info and DOCX core
// properties give the same hints, and that producer labels are not taken
// for a title.
func TestFormatsMetadata(t *testing.T) {
	ctx := context.Background()
	for _, sample := range []string{"sample-a", "sample-b"} {
		t.Run(sample, func(t *testing.T) {
			pdfData, err := os.ReadFile(sharedSample(t, sample+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			docxData, err := os.ReadFile(sharedSample(t, sample+".docx"))
			if err != nil {
				t.Fatal(err)
			}
			_, ph, err := readPDF(ctx, pdfData, sample+".pdf")
			if err != nil {
				t.Fatal(err)
			}
			_, dh, err := readDOCX(ctx, docxData, sample+".docx")
			if err != nil {
				t.Fatal(err)
			}
			raw := pdfInfoTitle(t, pdfData)
			if raw == "" {
				t.Fatal("the sample PDF has no document info title to test with")
			}
			want := raw // the info title, unless it is a label or a date
			if !usefulTitle(raw) {
				want = ""
			}
			if ph.Title != want || dh.Title != want {
				t.Errorf("title hints: PDF %q, DOCX %q; want %q (document info %q)", ph.Title, dh.Title, want, raw)
			}
			if ph.Language != "" || dh.Language != "en" {
				t.Errorf("language hints: PDF %q, DOCX %q; want none and en", ph.Language, dh.Language)
			}
		})
	}
}

// pdfInfoTitle reads the raw Title of a PDF's document info.
func pdfInfoTitle(t *testing.T, data []byte) string {
	t.Helper()
	if _, err := pdfPool.get(); err != nil {
		t.Fatal(err)
	}
	slots, err := pdfPool.acquire(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	defer pdfPool.release(slots)
	var title string
	err = withPDF(context.Background(), data, func(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT) error {
		md, err := inst.GetMetaData(&requests.GetMetaData{Document: doc})
		if err != nil {
			return err
		}
		for _, tag := range md.Tags {
			if tag.Tag == "Title" {
				title = tag.Value
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return title
}
