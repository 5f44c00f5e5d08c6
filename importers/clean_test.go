package importers

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbench/brief"
	"briefbench/internal/golden"
)

// checkGolden compares b, as readable JSON, with the golden file path (a
// .golden.json next to the fixture); go test -update rewrites it.
func checkGolden(t *testing.T, path string, b *brief.Brief) {
	t.Helper()
	c := *b
	c.Source.Path = filepath.Base(c.Source.Path)
	c.Source.Imported = time.Time{} // differs per run
	golden.JSON(t, path, &c)
}

// reasons lists the distinct drop reasons of b with the text dropped for each.
func reasons(b *brief.Brief) map[brief.Reason][]string {
	m := map[brief.Reason][]string{}
	for _, d := range b.Dropped {
		m[d.Reason] = append(m[d.Reason], d.Text)
	}
	return m
}

// keptText joins the text of the kept paragraphs.
func keptText(b *brief.Brief) string {
	var sb strings.Builder
	for _, p := range b.Paragraphs {
		sb.WriteString(p.Text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func TestStripRefDigits(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"after sentence", "ties with the UAE.1 In this future", "ties with the UAE. In this future"},
		{"after closing quote", "remain “ironclad”2 and", "remain “ironclad” and"},
		{"after quote and period", "a “new chapter.”5 The momentum", "a “new chapter.” The momentum"},
		{"after year", "treaty in 2023.1 This year", "treaty in 2023. This year"},
		{"end of paragraph", "of any president’s term.4", "of any president’s term."},
		{"two digits", "on civilian technologies.18 It concludes", "on civilian technologies. It concludes"},
		{"after comma", "Seoul,3 and Tokyo", "Seoul, and Tokyo"},
		{"decimal stays", "a 2.8 percent rise", "a 2.8 percent rise"},
		{"money stays", "pledged $1.5 billion", "pledged $1.5 billion"},
		{"year stays", "the 1953 Mutual Defense Treaty", "the 1953 Mutual Defense Treaty"},
		{"model stays", "the F-35 program", "the F-35 program"},
		{"version stays", "released 2.1 today", "released 2.1 today"},
		{"number abbreviation stays", "ranked No.1 among", "ranked No.1 among"},
		{"thousands stay", "about 9,000 workers", "about 9,000 workers"},
		{"list of years stays", "in 2021, 2022 and 2023.", "in 2021, 2022 and 2023."},
		{"ordinal stays", "the 70th anniversary", "the 70th anniversary"},
		{"time stays", "at 10:30 today", "at 10:30 today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripRefDigits(tt.in); got != tt.want {
				t.Errorf("stripRefDigits(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"published", "Published September 15, 2025", "2025-09-15", true},
		{"bare", "November 19, 2025", "2025-11-19", true},
		{"abbreviated", "Sept. 15, 2025", "2025-09-15", true},
		{"day first", "15 March 2023", "2023-03-15", true},
		{"iso with time", "2025-08-12T09:00:00+09:00", "2025-08-12", true},
		{"updated with colon", "Updated: Jan 3, 2024", "2024-01-03", true},
		{"weekday", "Wednesday, March 15, 2023", "2023-03-15", true},
		{"us numeric", "9/15/2025", "2025-09-15", true},
		{"korean", "2025년 9월 15일", "2025-09-15", true},
		{"month and year only", "March 2023", "", true},
		{"impossible day", "February 45, 2023", "", false},
		{"sentence", "In March 15, 2023 talks the allies met.", "", false},
		{"title", "Peninsula Plus", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := dateLine(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("dateLine(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestBylineAuthors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"by", "By Jane Doe", []string{"Jane Doe"}},
		{"author colon", "Author: Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"ampersand list", "By Andrea Kim, Lisa Park & Min-jun Lee", []string{"Andrea Kim", "Lisa Park", "Min-jun Lee"}},
		{"role dropped", "By Jane Doe, Senior Fellow", []string{"Jane Doe"}},
		{"not a byline", "By 2030 the allies will need more ships", nil},
		{"sentence with by", "Bylines matter", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := bylineAuthors(tt.in)
			if !slices.Equal(got, tt.want) || ok != (tt.want != nil) {
				t.Errorf("bylineAuthors(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestOrganisation(t *testing.T) {
	tests := []struct {
		name, in, want string
		find           func(string) string
	}{
		{"copyright", "© 2025 Meridian Institute for Security Studies. All rights reserved.", "Meridian Institute for Security Studies", copyrightOrg},
		{"copyright without name", "© 2025 All rights reserved. Privacy Policy", "", copyrightOrg},
		{"copyright word", "Copyright 2024 by the Hanbit Center", "Hanbit Center", copyrightOrg},
		{"registration", "ABC is registered with the Justice Department, on behalf of a trade institute in Seoul, as a foreign agent.", "ABC", disclaimerOrg},
		{"views disclaimer", "The views expressed do not necessarily reflect those of the Hanbit Center for Alliance Studies.", "Hanbit Center for Alliance Studies", disclaimerOrg},
		{"korean with english", "본 자료는 한국국방연구원(Korea Institute for Defense Analyses)의 지원을 받았습니다.", "Korea Institute for Defense Analyses", foreignOrg},
		{"korean only", "이 글은 한빛안보연구원의 연구 지원으로 작성되었습니다.", "한빛안보연구원", foreignOrg},
		{"korean without institution", "이 글은 필자 개인의 견해입니다.", "", foreignOrg},
		{"affiliation", "Jane Doe is a senior fellow at the Meridian Institute.", "Meridian Institute", affiliationOrg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.TrimRight(tt.find(tt.in), "."); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ligature", "the ﬁnal ﬂeet", "the final fleet"},
		{"spaces", "  two\u00a0words\t\nhere ", "two words here"},
		{"soft hyphen", "co\u00adoperation", "cooperation"},
		{"pasted link", "Author: [Jane Doe](#)", "Author: Jane Doe"},
		{"two links", "[A](#), [B](http://x.org/b)", "A, B"},
		{"image", "![chart](c.png) shows", "chart shows"},
		{"brackets kept", "[sic] and (note)", "[sic] and (note)"},
		{"full width", "ＵＳ－ＲＯＫ", "US-ROK"},
		{"joiner breaking a Latin word", "ship\u200cyard and dry\u200ddock", "shipyard and drydock"},
		{"joiner at a word edge", "ships \u200dand\u200c yards", "ships and yards"},
		{"Persian non-joiner kept", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"},
		{"Hindi joiner kept", "\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"},
		{"emoji sequence kept", "team \U0001f469\u200d\U0001f4bb ready", "team \U0001f469\u200d\U0001f4bb ready"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalize(tt.in); got != tt.want {
				t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"english", "The allies agreed that the shipyards of both countries should share the work.", "en"},
		{"korean", "한미 양국은 방위산업 협력을 강화하기로 합의했다.", "ko"},
		{"french", "Les alliés ont convenu que les chantiers des deux pays doivent partager le travail.", "fr"},
		{"german", "Die Verbündeten sind sich einig, dass die Werften der beiden Länder die Arbeit teilen.", "de"},
		{"too short", "F-35", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectLanguage(tt.in); got != tt.want {
				t.Errorf("detectLanguage = %q, want %q", got, tt.want)
			}
		})
	}
}

func body(s string) block { return block{Text: s, Kind: brief.Body} }

// finishCases drive TestFinish and seed the fuzz targets.
var finishCases = []struct {
	name   string
	blocks []block
	hints  hints
	check  func(t *testing.T, b *brief.Brief)
}{
	{
		name: "no title is invented",
		blocks: []block{
			body("The alliance has long relied on American primes selling finished systems to Seoul, but that pattern is changing fast."),
			body("Korean firms now win export orders of their own."),
		},
		check: func(t *testing.T, b *brief.Brief) {
			if b.Title != "" || b.Subtitle != "" {
				t.Errorf("title %q, subtitle %q; want none", b.Title, b.Subtitle)
			}
			if b.Name() != "x.txt" {
				t.Errorf("Name() = %q, want the file name", b.Name())
			}
		},
	},
	{
		name: "stated title wins and its line is dropped",
		blocks: []block{
			{Text: "Allied Yards", Kind: brief.Heading, Level: 1},
			body("The United States Navy wants more ships than American yards can deliver, and allies have offered to help."),
		},
		hints: hints{Title: "Allied Yards", Published: "2025-01-02"},
		check: func(t *testing.T, b *brief.Brief) {
			if b.Title != "Allied Yards" || len(b.Paragraphs) != 1 || b.Published != "2025-01-02" {
				t.Errorf("title %q, %d paragraphs, published %q", b.Title, len(b.Paragraphs), b.Published)
			}
		},
	},
	{
		name: "sections and after indices",
		blocks: []block{
			{Text: "Key Findings", Kind: brief.Heading, Level: 2},
			body("The first finding is that maintenance is the fastest place to start cooperating on ships."),
			{Text: "Detail", Kind: brief.Heading, Level: 3},
			body("Repair work needs no change in law and uses existing clearances held by both sides."),
			body("•"),
			{Text: "Next", Kind: brief.Heading, Level: 2},
			body("Then come modules for auxiliary vessels built to American specifications and rules."),
		},
		check: func(t *testing.T, b *brief.Brief) {
			want := [][]string{nil, {"Key Findings"}, {"Key Findings"}, {"Key Findings", "Detail"}, nil, {"Next"}}
			if len(b.Paragraphs) != len(want) {
				t.Fatalf("%d paragraphs, want %d", len(b.Paragraphs), len(want))
			}
			for i, p := range b.Paragraphs {
				if !slices.Equal(p.Section, want[i]) || p.Index != i {
					t.Errorf("paragraph %d: section %q index %d, want %q", i, p.Section, p.Index, want[i])
				}
			}
			if len(b.Dropped) != 1 || b.Dropped[0].Reason != brief.StrayMark || b.Dropped[0].After != 3 {
				t.Errorf("dropped = %+v, want the bullet after paragraph 3", b.Dropped)
			}
		},
	},
	{
		name: "pull quote abridged from its source",
		blocks: []block{
			body("The greatest source of strength is their shared interest in countering threats from the Democratic People’s Republic of Korea (North Korea) and, increasingly, from China."),
			body("Other sources matter too, from trade to the ties between families on both sides of the Pacific."),
			body("The greatest source of strength is their shared interest in countering threats from North Korea and, increasingly, from China."),
		},
		check: func(t *testing.T, b *brief.Brief) {
			r := reasons(b)
			if len(r[brief.PullQuote]) != 1 || len(b.Paragraphs) != 2 {
				t.Errorf("pull quotes %q, %d paragraphs", r[brief.PullQuote], len(b.Paragraphs))
			}
		},
	},
	{
		name: "affiliation line under the byline",
		blocks: []block{
			{Text: "Shared Yards", Kind: brief.Heading, Level: 1},
			body("By Jane Doe"),
			body("Senior Fellow, Hanbit Center for Alliance Studies"),
			body("Allied yards can repair American ships faster than the Navy can build new docks."),
		},
		check: func(t *testing.T, b *brief.Brief) {
			if b.Title != "Shared Yards" || b.Subtitle != "" || b.Organization != "Hanbit Center for Alliance Studies" || len(b.Paragraphs) != 1 {
				t.Errorf("title %q, subtitle %q, org %q, %d paragraphs", b.Title, b.Subtitle, b.Organization, len(b.Paragraphs))
			}
		},
	},
	{
		name: "format chrome keeps its reason",
		blocks: []block{
			{Text: "Programs Publications Events", Chrome: true, Reason: brief.Navigation},
			body("A reciprocal procurement agreement would settle the question of access once and for all."),
			{Text: "Careers", Chrome: true, Reason: brief.PageFurniture},
		},
		check: func(t *testing.T, b *brief.Brief) {
			r := reasons(b)
			if len(r[brief.Navigation]) != 1 || len(r[brief.PageFurniture]) != 1 || b.Dropped[1].After != 0 {
				t.Errorf("dropped = %+v", b.Dropped)
			}
		},
	},
	{
		name: "footnote paragraphs from the format are kept",
		blocks: []block{
			body("Korean yards repaired three American ships last year, a record for the program."),
			{Text: "Navy press release, 2025, https://example.com/release.", Kind: brief.Footnote},
			{Text: "1. Navy press release, 2025, https://example.com/release.", Kind: brief.Body},
		},
		check: func(t *testing.T, b *brief.Brief) {
			if len(b.Paragraphs) != 2 || b.Paragraphs[1].Kind != brief.Footnote {
				t.Errorf("paragraphs = %+v", b.Paragraphs)
			}
			if r := reasons(b); len(r[brief.FootnoteList]) != 1 {
				t.Errorf("dropped = %+v, want the numbered reference", b.Dropped)
			}
		},
	},
}

func TestFinish(t *testing.T) {
	for _, tt := range finishCases {
		t.Run(tt.name, func(t *testing.T) {
			b := finish(tt.blocks, tt.hints, brief.Source{Path: "x.txt", Format: "txt"})
			if b.Authors == nil || b.Dropped == nil {
				t.Errorf("authors and dropped must be empty lists, not null")
			}
			if b.Words != brief.CountWords(b.Paragraphs) {
				t.Errorf("words = %d, want %d", b.Words, brief.CountWords(b.Paragraphs))
			}
			tt.check(t, b)
		})
	}
}

// TestTextFrontMatter reads plain-text briefs whose title, byline,
// affiliation and date sit on consecutive lines: each is its own block, so
// the metadata is found and the title is the title alone. A wrapped body
// line starting with "by" still joins its paragraph.
func TestTextFrontMatter(t *testing.T) {
	body := "\n\nAllied yards could repair forward-deployed destroyers within weeks if the two navies signed a standing contract.\n\n" +
		"The backlog at home yards has grown every year since the last drawdown, and the budget does not reverse it.\n"
	for _, tc := range []struct {
		name, text               string
		title, org, date, author string
	}{
		{
			"byline, affiliation, date", "Ships and Money: A Plan for Allied Yards\nBy Jane Roe\nAlpha Institute\nMarch 3, 2026" + body,
			"Ships and Money: A Plan for Allied Yards", "Alpha Institute", "2026-03-03", "Jane Roe",
		},
		{
			"date first", "March 3, 2026\nShips and Money\nBy Jane Roe and John Doe" + body,
			"Ships and Money", "", "2026-03-03", "Jane Roe",
		},
		{
			"byline with affiliation", "Ships and Money\nBy Jane Roe, Alpha Institute" + body,
			"Ships and Money", "Alpha Institute", "", "Jane Roe",
		},
		{
			"byline with affiliation and date", "Ships and Money\nBy Jane Roe, Alpha Institute, March 3, 2026" + body,
			"Ships and Money", "Alpha Institute", "2026-03-03", "Jane Roe",
		},
		{
			"markdown byline with date", "# Ships and Money\n\nBy Jane Roe, Alpha Institute, March 3, 2026" + body,
			"Ships and Money", "Alpha Institute", "2026-03-03", "Jane Roe",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := "brief.txt"
			if strings.HasPrefix(tc.text, "# ") {
				name = "brief.md"
			}
			b, err := Bytes(context.Background(), []byte(tc.text), name)
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != tc.title || b.Organization != tc.org || b.Published != tc.date || len(b.Authors) == 0 || b.Authors[0] != tc.author {
				t.Errorf("title %q org %q date %q authors %q", b.Title, b.Organization, b.Published, b.Authors)
			}
		})
	}
	wrapped := "Ships and Money\n\nThe navy's repair backlog will not be cleared\nby the home yards alone, which lose workers every year.\n"
	b, err := Bytes(context.Background(), []byte(wrapped), "wrapped.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Paragraphs) != 1 || !strings.Contains(b.Paragraphs[0].Text, "cleared by the home yards") {
		t.Errorf("wrapped body split: %+v", b.Paragraphs)
	}
}
