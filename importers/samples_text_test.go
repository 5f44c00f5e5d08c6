package importers

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefbench/brief"
)

// sampleCases are what the two real samples state about themselves and the
// clutter they carry. Fragments are kept short on purpose.
var sampleCases = []struct {
	name      string
	title     string // fragment of the title
	authors   []string
	published string
	org       string
	dropped   map[brief.Reason]int // at least this many per reason, in every format
	absent    []string             // must not be in the kept text
	present   []string             // must be in the kept text
	pullQuote string               // a pull quote's opening, kept exactly once
}{
	{
		name: "sample-a", title: "Alliance Renaissance", authors: []string{"Patrick Cronin"}, published: "2025-09-15", org: "KEI",
		dropped: map[brief.Reason]int{
			brief.Navigation: 3, brief.TitleLine: 1, brief.Dateline: 1, brief.Byline: 1,
			brief.AuthorBio: 1, brief.PhotoCredit: 1, brief.Disclaimer: 1,
		},
		absent:  []string{"THE PENINSULA", "Category:", "Photo from", "Return to the", "registered under the FARA", "Scholar in Residence"},
		present: []string{"For the 1953 Mutual Defense Treaty", "a 15 percent tariff", "72-year-old alliance"},
	},
	{
		name: "sample-b", title: "Peninsula Plus:", published: "2023-03-15", org: "CNAS",
		dropped: map[brief.Reason]int{
			brief.Dateline: 1, brief.TitleLine: 1, brief.PullQuote: 2, brief.Promotion: 1,
			brief.FootnoteList: 8, brief.RelatedLinks: 12,
		},
		absent: []string{
			"in 2023.1", "globally.2", "took office.3", "term.4", "alliance.”5", "Strategy.6", "nuclear test.7", "technologies.8",
			"Download the Full Report", "More from CNAS", "By Akira Igata", "https://", "↩",
		},
		present:   []string{"in 2023. This year", "the 70th anniversary", "140 years of diplomatic ties", "leaders’ summit of any South Korean president’s term."},
		pullQuote: "Perhaps the biggest shift in alliance priorities",
	},
}

func TestSamples(t *testing.T) {
	for _, sc := range sampleCases {
		for _, ext := range []string{".txt", ".html"} {
			t.Run(sc.name+ext, func(t *testing.T) {
				b, err := File(context.Background(), sharedSample(t, sc.name+ext))
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(b.Title, sc.title) {
					t.Errorf("title %q, want it to contain %q", b.Title, sc.title)
				}
				if !slices.Equal(b.Authors, sc.authors) && (len(sc.authors) > 0 || len(b.Authors) > 0) {
					t.Errorf("authors %q, want %q", b.Authors, sc.authors)
				}
				if b.Published != sc.published || b.Organization != sc.org || b.Language != "en" {
					t.Errorf("published %q, organization %q, language %q; want %q, %q, en", b.Published, b.Organization, b.Language, sc.published, sc.org)
				}
				r := reasons(b)
				for reason, n := range sc.dropped {
					if len(r[reason]) < n {
						t.Errorf("dropped as %s: %d blocks, want at least %d", reason, len(r[reason]), n)
					}
				}
				kept := keptText(b)
				for _, s := range sc.absent {
					if strings.Contains(kept, s) {
						t.Errorf("kept text still holds %q", s)
					}
				}
				for _, s := range sc.present {
					if !strings.Contains(kept, s) {
						t.Errorf("kept text lost %q", s)
					}
				}
				if sc.pullQuote != "" {
					if n := strings.Count(kept, sc.pullQuote); n != 1 {
						t.Errorf("pull quote kept %d times, want once", n)
					}
				}
			})
		}
	}
}

// TestSamplesAgree checks that the .html version of each sample keeps the
// same text as the .txt version: at least 95% of the .txt's kept words,
// in order.
func TestSamplesAgree(t *testing.T) {
	for _, sc := range sampleCases {
		t.Run(sc.name, func(t *testing.T) {
			txt, err := File(context.Background(), sharedSample(t, sc.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			page, err := File(context.Background(), sharedSample(t, sc.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			recall := wordRecall(txt.Paragraphs, page.Paragraphs)
			t.Logf("%s: %.1f%% of %d .txt words found in order in the .html", sc.name, 100*recall, txt.Words)
			if recall < 0.95 {
				t.Errorf("word recall %.3f, want at least 0.95", recall)
			}
			// And the other way round: the page adds no clutter the text lacks.
			if back := wordRecall(page.Paragraphs, txt.Paragraphs); back < 0.95 {
				t.Errorf("reverse word recall %.3f, want at least 0.95", back)
			}
		})
	}
}

// TestBundledSamples checks the briefs bundled in resources/samples (written
// for the app, in the text formats this file covers): metadata found, the
// English name preferred for an institute a Korean notice names, and clutter
// dropped with the right reasons.
func TestBundledSamples(t *testing.T) {
	tests := []struct {
		file, title, org, published string
		authors                     int
		dropped                     map[brief.Reason]int
	}{
		{
			"01-hanriver.md", "Standing on Our Own Ground", "Han River Policy Forum", "2025-09-22", 2,
			map[brief.Reason]int{brief.TitleLine: 1, brief.Byline: 1, brief.Dateline: 1, brief.OtherLanguage: 1},
		},
		{
			"02-pacific-crossroads.txt", "One Alliance, One Arsenal", "Pacific Crossroads Council", "2025-09-15", 1,
			map[brief.Reason]int{brief.Navigation: 2, brief.RelatedLinks: 3, brief.FootnoteList: 2, brief.AuthorBio: 1, brief.Disclaimer: 1},
		},
		{
			"03-meridian.html", "A Balanced Agenda", "Meridian Institute for Strategy", "2025-10-02", 2,
			map[brief.Reason]int{brief.Navigation: 3, brief.PageFurniture: 1, brief.Promotion: 2, brief.PullQuote: 1, brief.RelatedLinks: 2, brief.AuthorBio: 1},
		},
		{
			"04-allied-industry.md", "Partner or Competitor?", "Center for Allied Industry", "2025-10-08", 2,
			map[brief.Reason]int{brief.Dateline: 1, brief.Disclaimer: 1},
		},
		{
			"05-lakeside.md", "Fix the Yards", "Lakeside Security Group", "2025-10-20", 1,
			map[brief.Reason]int{brief.Navigation: 1, brief.Disclaimer: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("..", "resources", "samples", tt.file)
			if _, err := os.Stat(path); err != nil {
				t.Skipf("bundled sample not present: %v", err)
			}
			b, err := File(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.Title, tt.title) || b.Organization != tt.org || b.Published != tt.published || len(b.Authors) != tt.authors || b.Language != "en" {
				t.Errorf("title %q, org %q, published %q, authors %q, language %q", b.Title, b.Organization, b.Published, b.Authors, b.Language)
			}
			r := reasons(b)
			for reason, n := range tt.dropped {
				if len(r[reason]) < n {
					t.Errorf("dropped as %s: %q, want at least %d", reason, r[reason], n)
				}
			}
		})
	}
}
