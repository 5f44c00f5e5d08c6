package importers

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/brief"
)

// markdownCases drive TestReadMarkdown and seed FuzzMarkdown.
var markdownCases = []struct {
	name  string
	src   string
	check func(t *testing.T, bs []block, h hints)
}{
	{
		name: "headings keep their level",
		src:  "# Title\n\n## Section\n\n### Sub\n\nText.\n\nSetext\n======\n",
		check: func(t *testing.T, bs []block, h hints) {
			want := []int{1, 2, 3, 0, 1}
			for i, b := range bs {
				if i < len(want) && b.Level != want[i] {
					t.Errorf("block %q level %d, want %d", b.Text, b.Level, want[i])
				}
			}
		},
	},
	{
		name: "links and emphasis reduced to text",
		src:  "See [the **report**](https://example.com) and *this* `code` <https://example.org>.\n",
		check: func(t *testing.T, bs []block, h hints) {
			if len(bs) != 1 || bs[0].Text != "See the report and this code https://example.org." {
				t.Errorf("blocks = %+v", bs)
			}
		},
	},
	{
		name: "lists and quotes",
		src:  "- one\n- two\n  - nested\n\n> quoted line\n> continues\n\n1. first\n",
		check: func(t *testing.T, bs []block, h hints) {
			kinds := []brief.Kind{brief.ListItem, brief.ListItem, brief.ListItem, brief.Quote, brief.ListItem}
			if len(bs) != len(kinds) {
				t.Fatalf("blocks = %+v", bs)
			}
			for i, b := range bs {
				if b.Kind != kinds[i] {
					t.Errorf("block %q kind %s, want %s", b.Text, b.Kind, kinds[i])
				}
			}
			if bs[3].Text != "quoted line continues" {
				t.Errorf("quote = %q", bs[3].Text)
			}
		},
	},
	{
		name: "front matter",
		src:  "---\ntitle: 'Ships'\nauthors:\n  - Jane Doe\n  - Min-jun Park\ndate: March 15, 2023\npublisher: Hanbit Center\n---\nBody text.\n",
		check: func(t *testing.T, bs []block, h hints) {
			if h.Title != "Ships" || len(h.Authors) != 2 || h.Published != "2023-03-15" || h.Organization != "Hanbit Center" {
				t.Errorf("hints = %+v", h)
			}
			if len(bs) != 1 || bs[0].Text != "Body text." {
				t.Errorf("blocks = %+v", bs)
			}
		},
	},
	{
		name: "offsets point into the source",
		src:  "Intro line.\n\n## Head\n\nSecond para\nwraps here.\n",
		check: func(t *testing.T, bs []block, h hints) {
			src := "Intro line.\n\n## Head\n\nSecond para\nwraps here.\n"
			for _, b := range bs {
				if !strings.HasPrefix(src[b.Start:b.End], strings.Fields(b.Text)[0]) {
					t.Errorf("block %q at %d..%d = %q", b.Text, b.Start, b.End, src[b.Start:b.End])
				}
			}
		},
	},
	{
		name: "footnotes and html",
		src:  "Claim.[^1]\n\n<!-- note -->\n\n<div>Boxed text</div>\n\n[^1]: Source, 2024.\n",
		check: func(t *testing.T, bs []block, h hints) {
			var got []string
			for _, b := range bs {
				got = append(got, string(b.Kind)+":"+strings.TrimSpace(b.Text))
			}
			want := "body:Claim.|body:Boxed text|footnote:Source, 2024."
			if strings.Join(got, "|") != want {
				t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
			}
		},
	},
}

func TestReadMarkdown(t *testing.T) {
	for _, tt := range markdownCases {
		t.Run(tt.name, func(t *testing.T) {
			bs, h, err := readMarkdown(context.Background(), []byte(tt.src), "x.md")
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, bs, h)
		})
	}
}

func TestMarkdownFixtures(t *testing.T) {
	tests := []struct {
		file, title, org, published string
		authors                     []string
		dropped                     map[brief.Reason]int
		present                     []string
	}{
		{
			file: "brief.md", title: "Joint Submarine Maintenance: A Quiet Test for the Alliance",
			org: "Meridian Institute for Security Studies", published: "2025-06-30", authors: []string{"Jane Doe", "Min-jun Park"},
			dropped: map[brief.Reason]int{brief.TitleLine: 1, brief.Byline: 1},
			present: []string{"according to Navy testimony.", "Korea | 12 | 9,000", "Classified systems would stay"},
		},
		{file: "plain.md", present: []string{"Pool demand forecasts.", "See https://example.org/report for details."}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "md", tt.file)
			b, err := File(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			checkFixture(t, b, tt.title, "", tt.org, tt.published, tt.authors, tt.dropped, nil, tt.present)
			checkGolden(t, strings.TrimSuffix(path, ".md")+".golden.json", b)
		})
	}
}
