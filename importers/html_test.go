package importers

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefbench/brief"
)

// htmlCases drive TestReadHTML and seed FuzzHTML.
var htmlCases = []struct {
	name  string
	src   string
	check func(t *testing.T, bs []block, h hints)
}{
	{
		name: "meta tags",
		src: `<html lang="ko-KR"><head><title>Ships | Site</title>
<meta name="author" content="Jane Doe, John Roe"><meta name="citation_publication_date" content="2024/05/06">
<meta property="og:site_name" content="Hanbit Center"></head><body><p>Text.</p></body></html>`,
		check: func(t *testing.T, bs []block, h hints) {
			if !slices.Equal(h.Authors, []string{"Jane Doe", "John Roe"}) || h.Published != "2024-05-06" || h.Organization != "Hanbit Center" || h.Language != "ko-KR" {
				t.Errorf("hints = %+v", h)
			}
		},
	},
	{
		name: "json-ld graph",
		src: `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Home"},
{"@type":"Report","headline":"Arsenal of Allies","datePublished":"2025-02-03T10:00:00Z","author":{"@type":"Person","name":"Soo-ah Lee"},"publisher":"Meridian"}]}</script></head>
<body><p>Text.</p></body></html>`,
		check: func(t *testing.T, bs []block, h hints) {
			if h.Title != "Arsenal of Allies" || h.Published != "2025-02-03" || !slices.Equal(h.Authors, []string{"Soo-ah Lee"}) || h.Organization != "Meridian" {
				t.Errorf("hints = %+v", h)
			}
		},
	},
	{
		name: "page title used only when shown",
		src:  `<html><head><title>Not On The Page - Site</title></head><body><h1>Shown Title</h1><p>Text.</p></body></html>`,
		check: func(t *testing.T, bs []block, h hints) {
			if h.Title != "" {
				t.Errorf("title %q taken from <title> though the page does not show it", h.Title)
			}
		},
	},
	{
		name: "chrome marked with reasons",
		src: `<html><body><nav>Home About</nav><header>Site name</header><main><article><header><h1>Real Header</h1></header>
<p>Kept text.</p><aside class="pullquote">Side note</aside></article></main>
<div class="cookie-notice">Cookies</div><aside>Popular</aside><footer>Contact</footer><script>x=1</script><p hidden>Hidden</p></body></html>`,
		check: func(t *testing.T, bs []block, h hints) {
			got := map[string]brief.Reason{}
			for _, b := range bs {
				got[b.Text] = b.Reason
				if b.Chrome != (b.Reason != "") {
					t.Errorf("block %q: chrome %v with reason %q", b.Text, b.Chrome, b.Reason)
				}
			}
			want := map[string]brief.Reason{
				"Home About": brief.Navigation, "Site name": brief.Navigation, "Cookies": brief.PageFurniture,
				"Popular": brief.Promotion, "Contact": brief.PageFurniture,
			}
			for text, r := range want {
				if got[text] != r {
					t.Errorf("%q: reason %q, want %q", text, got[text], r)
				}
			}
			for _, text := range []string{"Real Header", "Kept text."} {
				if r, ok := got[text]; !ok || r != "" {
					t.Errorf("%q: reason %q, present %v; want kept", text, r, ok)
				}
			}
			if _, ok := got["x=1"]; ok {
				t.Error("script text read")
			}
			if _, ok := got["Hidden"]; ok {
				t.Error("hidden text read")
			}
		},
	},
	{
		name: "windows-1252 page",
		src:  "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 \x93talks\x94</p></body></html>",
		check: func(t *testing.T, bs []block, h hints) {
			if len(bs) != 1 || bs[0].Text != "Café “talks”" {
				t.Errorf("blocks = %+v", bs)
			}
		},
	},
}

func TestReadHTML(t *testing.T) {
	for _, tt := range htmlCases {
		t.Run(tt.name, func(t *testing.T) {
			bs, h, err := readHTML(context.Background(), []byte(tt.src), "x.html")
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, bs, h)
		})
	}
}

func TestHTMLFixtures(t *testing.T) {
	tests := []struct {
		file, title, subtitle, org, published string
		authors                               []string
		dropped                               map[brief.Reason]int
		absent, present                       []string
	}{
		{
			file: "brief.html", title: "Allied Yards, American Ships", subtitle: "What a shipbuilding partnership with Seoul can and cannot fix",
			org: "Meridian Institute for Security Studies", published: "2025-08-12", authors: []string{"Jane Doe", "Min-jun Park"},
			dropped: map[brief.Reason]int{
				brief.Navigation: 2, brief.Promotion: 2, brief.TitleLine: 2, brief.Byline: 1, brief.Dateline: 1,
				brief.PhotoCredit: 1, brief.RelatedLinks: 3, brief.Disclaimer: 1, brief.PageFurniture: 3,
			},
			absent:  []string{"coasts.1", "cookies", "Export Boom", "tracking", ".x{"},
			present: []string{"on American coasts. The question", "A dry dock on the southern coast"},
		},
		{file: "minimal.html", title: "Munitions Without Borders", present: []string{"team sport"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "html", tt.file)
			b, err := File(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			checkFixture(t, b, tt.title, tt.subtitle, tt.org, tt.published, tt.authors, tt.dropped, tt.absent, tt.present)
			checkGolden(t, strings.TrimSuffix(path, ".html")+".golden.json", b)
		})
	}
}
