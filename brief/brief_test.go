package brief_test

import (
	"reflect"
	"testing"

	"briefbench/brief"
)

func TestSlug(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Meridian Brief", "meridian-brief"},
		{"punctuation runs", "01 -- Han River (final).v2", "01-han-river-final-v2"},
		{"unicode letters kept", "한강 Forum", "한강-forum"},
		{"nothing usable", "---", "brief"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := brief.Slug(c.in); got != c.want {
				t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestAssignIDs(t *testing.T) {
	mk := func(path, format string) *brief.Brief {
		return &brief.Brief{Source: brief.Source{Path: path, Format: format}}
	}
	bs := []*brief.Brief{
		mk("a/sample-a.txt", "txt"),
		mk("b/sample-a.pdf", "pdf"),
		mk("c/sample-a.pdf", "pdf"),
		mk("Other Brief.docx", "docx"),
	}
	brief.AssignIDs(bs)
	var got []string
	for _, b := range bs {
		got = append(got, b.ID)
	}
	want := []string{"sample-a", "sample-a-pdf", "sample-a-pdf-2", "other-brief"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("IDs = %q, want %q", got, want)
	}
}

func TestRestore(t *testing.T) {
	newBrief := func() *brief.Brief {
		return &brief.Brief{
			Paragraphs: []brief.Paragraph{
				{Index: 0, Kind: brief.Heading, Text: "Ships", Section: nil},
				{Index: 1, Kind: brief.Body, Text: "Yards can repair hulls.", Section: []string{"Ships"}, Page: 2},
				{Index: 2, Kind: brief.Body, Text: "Budgets will grow.", Section: []string{"Ships"}, Page: 3},
			},
			Dropped: []brief.Dropped{
				{Text: "Related Articles", Reason: brief.RelatedLinks, After: 1, Page: 2},
				{Text: "Page 3", Reason: brief.PageFurniture, After: 2, Page: 3},
				{Text: "HOME", Reason: brief.Navigation, After: -1},
			},
		}
	}
	cases := []struct {
		name       string
		restore    int
		wantTexts  []string
		wantAfter  []int // After of the remaining drops
		wantWords  int
		wantPageAt int // page of the restored paragraph
	}{
		{"middle", 0, []string{"Ships", "Yards can repair hulls.", "Related Articles", "Budgets will grow."}, []int{3, -1}, 10, 2},
		{"before everything", 2, []string{"HOME", "Ships", "Yards can repair hulls.", "Budgets will grow."}, []int{2, 3}, 9, 0},
		{"out of range is a no-op", 7, []string{"Ships", "Yards can repair hulls.", "Budgets will grow."}, []int{1, 2, -1}, 0, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBrief()
			b.Restore(c.restore)
			var texts []string
			for i, p := range b.Paragraphs {
				if p.Index != i {
					t.Errorf("paragraph %d has index %d", i, p.Index)
				}
				texts = append(texts, p.Text)
			}
			if !reflect.DeepEqual(texts, c.wantTexts) {
				t.Errorf("texts = %q, want %q", texts, c.wantTexts)
			}
			var after []int
			for _, d := range b.Dropped {
				after = append(after, d.After)
			}
			if !reflect.DeepEqual(after, c.wantAfter) {
				t.Errorf("after = %v, want %v", after, c.wantAfter)
			}
			if c.wantPageAt < 0 {
				return
			}
			if b.Words != c.wantWords {
				t.Errorf("words = %d, want %d", b.Words, c.wantWords)
			}
			restored := newBrief().Dropped[c.restore].Text
			for _, p := range b.Paragraphs {
				if p.Text == restored && p.Page != c.wantPageAt {
					t.Errorf("restored page = %d, want %d", p.Page, c.wantPageAt)
				}
			}
		})
	}
}

func TestNames(t *testing.T) {
	b := &brief.Brief{
		Source:     brief.Source{Path: "/x/han-river.pdf"},
		Paragraphs: []brief.Paragraph{{Text: "a"}, {Text: "b", Page: 4}},
	}
	if got := b.Name(); got != "han-river.pdf" {
		t.Errorf("Name without title = %q", got)
	}
	if got := b.ShortName(); got != "han-river" {
		t.Errorf("ShortName without organisation = %q", got)
	}
	b.Title, b.Organization = "Standing Ground", "Han River Policy Forum"
	if b.Name() != "Standing Ground" || b.ShortName() != "Han River Policy Forum" {
		t.Errorf("with metadata: %q %q", b.Name(), b.ShortName())
	}
}

func TestShortName(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    brief.Brief
		want string
	}{
		{"organisation", brief.Brief{Title: "Ships", Organization: "Gamma Forum", Source: brief.Source{Path: "/x/g.pdf", Format: "pdf"}}, "Gamma Forum"},
		{"one author", brief.Brief{Title: "Ships", Authors: []string{"Jane Roe"}, Source: brief.Source{Path: "/x/g.pdf", Format: "pdf"}}, "Jane Roe"},
		{"two authors", brief.Brief{Authors: []string{"Jane Roe", "John Doe"}, Source: brief.Source{Path: "/x/g.pdf"}}, "Jane Roe and John Doe"},
		{"three authors", brief.Brief{Authors: []string{"Jane Roe", "John Doe", "Kim Min-ji"}, Source: brief.Source{Path: "/x/g.pdf"}}, "Jane Roe et al."},
		{"title without organisation or author", brief.Brief{Title: "Ships", Source: brief.Source{Path: "/x/gamma.pdf", Format: "pdf"}}, "Ships"},
		{"long title to its main part", brief.Brief{Title: "Harbor Plus: Enhancing Allied Cooperation on Yards, Docks and Munitions", Source: brief.Source{Path: "/x/000_8ac3c3ce.pdf"}}, "Harbor Plus"},
		{"long title cut", brief.Brief{Title: "Why the Two Navies Should Share Their Repair Yards Now", Source: brief.Source{Path: "/x/000_8ac3c3ce.pdf"}}, "Why the Two Navies Should Share…"},
		{"nothing but the file", brief.Brief{Source: brief.Source{Path: "/x/gamma.pdf", Format: "pdf"}}, "gamma"},
		{"pasted with a title", brief.Brief{Title: "Gamma Forum: Ships and Money", Source: brief.Source{Path: "Pasted text 8", Format: "paste"}}, "Gamma Forum: Ships and Money"},
		{"pasted without a title", brief.Brief{Source: brief.Source{Path: "Pasted text 8", Format: "paste"}}, "Pasted text 8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.b.ShortName(); got != tc.want {
				t.Errorf("ShortName = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDate(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    brief.Brief
		want string
	}{
		{"stated", brief.Brief{Published: "2025-09-15", DateFrom: brief.DateStated}, "2025-09-15"},
		{"declared by the file", brief.Brief{Published: "2025-09-15", DateFrom: brief.DateMetadata}, "2025-09-15"},
		{"written before the source was kept", brief.Brief{Published: "2025-09-15"}, "2025-09-15"},
		{"file creation only", brief.Brief{Published: "2025-10-02", DateFrom: brief.DateFile}, "file created 2025-10-02"},
		{"none", brief.Brief{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.b.Date(); got != tc.want {
				t.Errorf("Date() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPageAt(t *testing.T) {
	p := brief.Paragraph{
		Text: "Yards lack welders. The navy waits for repairs. Allies could help.",
		Page: 3, PageBreaks: []brief.PageBreak{{At: 20, Page: 4}, {At: 48, Page: 5}},
	}
	for _, tc := range []struct {
		name string
		off  int
		want int
	}{
		{"start", 0, 3}, {"before the break", 19, 3}, {"at the break", 20, 4}, {"past the second", 60, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.PageAt(tc.off); got != tc.want {
				t.Errorf("PageAt(%d) = %d, want %d", tc.off, got, tc.want)
			}
		})
	}
	if got := p.PageOf("The navy waits for repairs."); got != 4 {
		t.Errorf("PageOf(second sentence) = %d, want 4", got)
	}
	if got := p.PageOf("Not in it."); got != 3 {
		t.Errorf("PageOf(missing) = %d, want the paragraph's page", got)
	}
}
