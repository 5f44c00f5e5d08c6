package importers

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/brief"
)

// The fixtures below are our own sentences, laid out the way real briefs
// print their front matter.
const namesBody = "\n\nAllied yards could repair forward-deployed destroyers within weeks if the two navies signed a standing contract.\n\n" +
	"The backlog at home yards has grown every year since the last drawdown, and the budget does not reverse it.\n"

// TestNamesAsRead imports front matter the way an analyst reads it:
// the organisation from affiliation lines, names in another language in
// English, titles that are titles.
func TestNamesAsRead(t *testing.T) {
	for _, tc := range []struct {
		name, text                 string
		title, org, author, intext string // intext: must stay out of the body
	}{
		{
			"role, unit and parent institution",
			"Harbor Credits and the Repair Gap\nBy Marta Lindqvist\nResearch Fellow, Budget Studies Carver Center for Maritime Strategy, Lindqvist Foundation" + namesBody,
			"Harbor Credits and the Repair Gap", "Lindqvist Foundation", "Marta Lindqvist", "Carver Center",
		},
		{
			"name line then affiliation",
			"Harbor Credits and the Repair Gap\n\nMarta Lindqvist\n\nPolicy Advisor, Defense Budgeting Carver Center for Maritime Strategy, Lindqvist Foundation" + namesBody,
			"Harbor Credits and the Repair Gap", "Lindqvist Foundation", "Marta Lindqvist", "Policy Advisor",
		},
		{
			"unit and parent without a role",
			"Harbor Credits\nBy Marta Lindqvist\nCarver Center for Maritime Strategy, Lindqvist Foundation" + namesBody,
			"Harbor Credits", "Lindqvist Foundation", "Marta Lindqvist", "Carver Center",
		},
		{
			"Korean disclaimer named in English from the table",
			"Harbor Credits\nBy Marta Lindqvist" + namesBody +
				"\n이 글은 아산정책연구원의 공식 입장이 아니며 필자 개인의 견해입니다.\n",
			"Harbor Credits", "Asan Institute for Policy Studies", "Marta Lindqvist", "아산",
		},
		{
			"Japanese name inside a notice, from the table",
			"Harbor Credits\nBy Marta Lindqvist" + namesBody +
				"\n本稿は笹川平和財団の研究助成を受けて執筆された。\n",
			"Harbor Credits", "Sasakawa Peace Foundation", "Marta Lindqvist", "笹川",
		},
		{
			"a first paragraph is never the title",
			"The repair backlog of the two navies has grown every year since the drawdown, and the yards of both allies lose skilled welders faster than they train new ones.3\n\n" +
				"Allied yards could repair forward-deployed destroyers within weeks if the two navies signed a standing contract.\n",
			"", "", "", "",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Bytes(context.Background(), []byte(tc.text), "000_8ac3c3ce1d.txt")
			if err != nil {
				t.Fatal(err)
			}
			author := ""
			if len(b.Authors) > 0 {
				author = b.Authors[0]
			}
			if b.Title != tc.title || b.Organization != tc.org || author != tc.author {
				t.Errorf("title %q org %q author %q; want %q, %q, %q", b.Title, b.Organization, author, tc.title, tc.org, tc.author)
			}
			if tc.intext != "" && strings.Contains(keptText(b), tc.intext) {
				t.Errorf("%q stayed in the body:\n%s", tc.intext, keptText(b))
			}
			if strings.HasPrefix(b.ShortName(), "000_") && (b.Title != "" || b.Organization != "" || author != "") {
				t.Errorf("ShortName %q is the file name though the brief names itself", b.ShortName())
			}
		})
	}
}

func TestAffiliationLine(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"institution alone", "Meridian Institute for Security Studies", "Meridian Institute for Security Studies"},
		{"role and institution", "Senior Fellow, Hanbit Center for Alliance Studies", "Hanbit Center for Alliance Studies"},
		{"role, unit, parent", "Research Fellow, Budget Studies Carver Center for Maritime Strategy, Lindqvist Foundation", "Lindqvist Foundation"},
		{"adviser", "Policy Adviser, the Lindqvist Foundation", "Lindqvist Foundation"},
		{"a sentence", "The budget grows, the Lindqvist Foundation says", ""},
		{"a name and a place", "Marta Lindqvist, Stockholm", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := affiliationLine(tc.in); got != tc.want {
				t.Errorf("affiliationLine(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTitleRules(t *testing.T) {
	long := "Toward a Shared Harbor: How the Two Allies Can Pool Repair Yards, Train Welders, Fund Dry Docks and Keep Their Fleets at Sea Through the Next Decade"
	for _, tc := range []struct {
		name  string
		hints hints
		heads []block
		want  string
	}{
		{"stated title over 20 words is dropped", hints{Title: long}, nil, ""},
		{"stated title over 20 words yields to a heading", hints{Title: long}, []block{{Text: "Toward a Shared Harbor", Kind: brief.Heading, Level: 1}}, "Toward a Shared Harbor"},
		{"heading of reasonable length", hints{}, []block{{Text: "Toward a Shared Harbor", Kind: brief.Heading, Level: 1}}, "Toward a Shared Harbor"},
		{"a heading with a footnote mark after its full stop", hints{}, []block{{Text: "Yards are scarce.12", Kind: brief.Heading, Level: 1}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks := append(append([]block(nil), tc.heads...),
				body("Allied yards could repair forward-deployed destroyers within weeks if the two navies signed a standing contract."))
			b := finish(blocks, tc.hints, brief.Source{Path: "x.pdf", Format: "pdf"})
			if b.Title != tc.want {
				t.Errorf("title %q, want %q", b.Title, tc.want)
			}
			if n := brief.WordCount(b.Title); n > maxTitleWords {
				t.Errorf("title of %d words", n)
			}
		})
	}
}

// TestDateSource: a date the text never states, from the file's creation
// time only, reads "file created …"; a stated date wins over it.
func TestDateSource(t *testing.T) {
	text := body("Allied yards could repair forward-deployed destroyers within weeks if the two navies signed a standing contract.")
	for _, tc := range []struct {
		name   string
		blocks []block
		hints  hints
		date   string
		from   brief.DateSource
		shown  string
	}{
		{"creation time only", []block{text}, hints{Created: "2026-11-23"}, "2026-11-23", brief.DateFile, "file created 2026-11-23"},
		{"stated date wins", []block{{Text: "Published March 3, 2026", Kind: brief.Body}, text}, hints{Created: "2026-11-23"}, "2026-03-03", brief.DateStated, "2026-03-03"},
		{"declared publication date", []block{text}, hints{Published: "2025-08-12", Created: "2026-11-23"}, "2025-08-12", brief.DateMetadata, "2025-08-12"},
		{"none", []block{text}, hints{}, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := finish(tc.blocks, tc.hints, brief.Source{Path: "x.pdf", Format: "pdf"})
			if b.Published != tc.date || b.DateFrom != tc.from || b.Date() != tc.shown {
				t.Errorf("published %q from %q shown %q; want %q, %q, %q", b.Published, b.DateFrom, b.Date(), tc.date, tc.from, tc.shown)
			}
		})
	}
}

// TestUserOrgs: the user's orgs.yaml extends the bundled table and wins
// over it; a broken file leaves the bundled table and says which file.
func TestUserOrgs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, OrgsFile)
	n, err := loadOrgNames(path)
	if err != nil || n.English("아산정책연구원") != "Asan Institute for Policy Studies" {
		t.Fatalf("without a user file: %v, %q", err, n.English("아산정책연구원"))
	}
	user := "orgs:\n  - name: Han River Policy Forum\n    aliases: [한강정책포럼]\n  - name: Asan Institute\n    aliases: [아산정책연구원]\n"
	if err := os.WriteFile(path, []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err = loadOrgNames(path)
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"한강정책포럼":                     "Han River Policy Forum",
		"아산정책연구원":                    "Asan Institute",
		"the Han River Policy Forum": "Han River Policy Forum",
		"Unlisted Forum":             "Unlisted Forum",
	} {
		if got := n.English(in); got != want {
			t.Errorf("English(%q) = %q, want %q", in, got, want)
		}
	}
	if got := n.In("본 보고서는 한강정책포럼의 지원을 받았다."); got != "Han River Policy Forum" {
		t.Errorf("In = %q", got)
	}
	if err := os.WriteFile(path, []byte("orgs: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err = loadOrgNames(path)
	if err == nil || !strings.Contains(err.Error(), path) || n.English("아산정책연구원") != "Asan Institute for Policy Studies" {
		t.Errorf("broken file: err %v, table %q", err, n.English("아산정책연구원"))
	}
}

// TestSampleNames: the real samples, in every format, get a title of at
// most maxTitleWords words, their organisation, and no date invented from
// the file's creation time.
func TestSampleNames(t *testing.T) {
	for _, name := range []string{"sample-a", "sample-b"} {
		for _, ext := range []string{".txt", ".html", ".docx", ".pdf"} {
			t.Run(name+ext, func(t *testing.T) {
				b, err := File(context.Background(), sharedSample(t, name+ext))
				if err != nil {
					t.Fatal(err)
				}
				if n := brief.WordCount(b.Title); n == 0 || n > maxTitleWords {
					t.Errorf("title of %d words: %q", n, b.Title)
				}
				if b.Organization == "" {
					t.Error("no organisation")
				}
				if b.DateFrom == brief.DateFile {
					t.Errorf("date %q only from the file's creation time", b.Published)
				}
			})
		}
	}
}

// TestPDFReady: once a PDF has been read, the reader reports ready (the app
// says "Preparing the PDF reader (first run only)…" until then).
func TestPDFReady(t *testing.T) {
	if _, err := File(context.Background(), filepath.Join("testdata", "pdf", "brief.pdf")); err != nil {
		t.Fatal(err)
	}
	if !PDFReady() {
		t.Error("PDFReady is false after a PDF import")
	}
}

// TestPageBreaks: a paragraph that runs over a page break knows the page of
// each part, so a quoted sentence cites its own page.
func TestPageBreaks(t *testing.T) {
	blocks := []block{
		{Text: "Harbor Credits", Kind: brief.Heading, Level: 1, Page: 1},
		{
			Text: "Allied yards could repair destroyers within weeks.3 The backlog at home yards has grown every year since the drawdown. " +
				"Budgets do not reverse it, and welders leave for better-paid co-operation work.",
			Kind: brief.Body, Page: 2,
			Continues: []pageMark{{Page: 3, Words: "yards has grown every year"}, {Page: 4, Words: "operation work."}},
		},
	}
	b := finish(blocks, hints{}, brief.Source{Path: "x.pdf", Format: "pdf"})
	p := b.Paragraphs[0]
	for _, tc := range []struct {
		sentence string
		page     int
	}{
		{"Allied yards could repair destroyers within weeks.", 2},
		{"Budgets do not reverse it", 3},
		{"operation work.", 4},
	} {
		if got := p.PageOf(tc.sentence); got != tc.page {
			t.Errorf("PageOf(%q) = %d, want %d (breaks %+v in %q)", tc.sentence, got, tc.page, p.PageBreaks, p.Text)
		}
	}
}

// TestTitleIsNotASection: in plain text without a title, the first of
// the document's all-caps section headings is not taken for its title,
// and a long line of running text under a title is content, not a
// subtitle.
func TestTitleIsNotASection(t *testing.T) {
	const para = "\n\nThe council will publish a plan for every school in the county, and parents will be able to read it before the spring term begins.\n\n"
	for _, tc := range []struct {
		name, text, title, subtitle string
		kept                        string // in the kept text
	}{
		{
			name:  "all-caps headings are sections",
			text:  "SCHOOLS FOR ALL" + para + "SAFER STREETS" + para + "HOMES TO RENT" + para,
			title: "", kept: "SCHOOLS FOR ALL",
		},
		{
			name:  "one all-caps line above title-case headings is still a title",
			text:  "SCHOOLS FOR ALL" + para + "Safer streets" + para + "Homes to rent" + para,
			title: "SCHOOLS FOR ALL",
		},
		{
			name:  "a long pledge under the title is content",
			text:  "We will make schools our first priority\n\nCut class sizes to 30 or under for 5, 6 and 7 year-olds in every school" + para,
			title: "We will make schools our first priority", kept: "Cut class sizes",
		},
		{
			name:     "a short line under the title is its subtitle",
			text:     "Funding the Classroom\n\nWhy the formula fails poorer pupils\n\nPublished 3 March 2026" + para,
			title:    "Funding the Classroom",
			subtitle: "Why the formula fails poorer pupils",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Bytes(context.Background(), []byte(tc.text), "notes.txt")
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != tc.title || b.Subtitle != tc.subtitle {
				t.Errorf("title %q subtitle %q; want %q, %q", b.Title, b.Subtitle, tc.title, tc.subtitle)
			}
			if tc.kept != "" && !strings.Contains(keptText(b), tc.kept) {
				t.Errorf("%q not in the kept text:\n%s", tc.kept, keptText(b))
			}
		})
	}
}
