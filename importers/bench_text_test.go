package importers

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"briefbench/brief"
)

// benchSentences are the raw material of the synthetic briefs.
var benchSentences = []string{
	"South Korean yards can overhaul American support ships without any change in law.",
	"Congress will ask who owns the designs, who employs the welders, and how secrets stay protected.",
	"A reciprocal procurement agreement would settle access questions once rather than ship by ship.",
	"Both allies learned that peacetime stockpiles of artillery shells run out within weeks of a war.",
	"Joint planning for propellant, explosives and fuzes would let each country cover the other's gaps.",
	"Export-control reviews should be aligned so that a part approved in Seoul is not blocked in Washington.",
	"Pilot projects can test co-production before larger programs come to depend on it.",
	"The defense budget in Seoul grew by 2.8 percent, and a $1.5 billion research fund was pledged.",
}

// synthBrief writes a brief of about words words in the given format
// (txt, md or html), with headings, lists, footnote digits and some clutter;
// n makes each brief's text different.
func synthBrief(format string, n, words int) []byte {
	var paras []string
	count := 0
	for i := 0; count < words; i++ {
		var sb strings.Builder
		fmt.Fprintf(&sb, "In case %d of brief %d, ", i, n)
		for j := range 6 {
			s := benchSentences[(i+j)%len(benchSentences)]
			sb.WriteString(s)
			if j == 2 {
				fmt.Fprintf(&sb, "%d", i%9+1) // a footnote reference
			}
			sb.WriteByte(' ')
		}
		p := strings.TrimSpace(sb.String())
		paras = append(paras, p)
		count += brief.WordCount(p)
	}
	var sb strings.Builder
	switch format {
	case "txt":
		fmt.Fprintf(&sb, "ALLIANCE NOTES\n\nShared Yards, Shared Risks %d\n\nPublished October 2, 2025\n\nBy Jane Doe\n\n", n)
		for i, p := range paras {
			if i%6 == 0 {
				fmt.Fprintf(&sb, "Section %d\n\n", i/6+1)
			}
			sb.WriteString(p + "\n\n")
			if i%10 == 5 {
				sb.WriteString("- Pool demand forecasts for five years.\n- Certify each other's shells.\n\n")
			}
		}
		sb.WriteString("© 2025 Meridian Institute for Security Studies. All rights reserved.\n")
	case "md":
		fmt.Fprintf(&sb, "---\ntitle: Shared Yards, Shared Risks %d\nauthor: Jane Doe\ndate: 2025-10-02\n---\n\n# Shared Yards, Shared Risks %d\n\n", n, n)
		for i, p := range paras {
			if i%6 == 0 {
				fmt.Fprintf(&sb, "## Section %d\n\n", i/6+1)
			}
			sb.WriteString(strings.Replace(p, "Congress", "[Congress](https://example.com)", 1) + "\n\n")
			if i%10 == 5 {
				sb.WriteString("- Pool demand forecasts for *five* years.\n- Certify each other's shells.\n\n> Readiness is built in dry docks.\n\n")
			}
		}
	case "html":
		fmt.Fprintf(&sb, `<!DOCTYPE html><html lang="en"><head><title>Shared Yards %d | Meridian</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2025-10-02"></head>
<body><header><a href="/">Home</a> <a href="/r">Research</a></header><nav>Home › Research › Korea</nav><main><article><h1>Shared Yards %d</h1>
`, n, n)
		for i, p := range paras {
			if i%6 == 0 {
				fmt.Fprintf(&sb, "<h2>Section %d</h2>\n", i/6+1)
			}
			sb.WriteString("<p>" + strings.Replace(p, "Congress", `<a href="/c">Congress</a>`, 1) + "</p>\n")
			if i%10 == 5 {
				sb.WriteString("<ul><li>Pool demand forecasts for <em>five</em> years.</li><li>Certify each other's shells.</li></ul>\n")
			}
		}
		sb.WriteString(`</article></main><aside class="related"><h3>Related Articles</h3><ul><li>Missile Defense</li></ul></aside>
<footer><p>© 2025 Meridian Institute. All rights reserved.</p></footer></body></html>`)
	}
	return []byte(sb.String())
}

// benchImport imports 100 synthetic briefs of about 5,000 words per
// iteration, keeping all of them as a batch import does.
func benchImport(b *testing.B, format string) {
	inputs := make([][]byte, 100)
	for i := range inputs {
		inputs[i] = synthBrief(format, i, 5000)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		out := make([]*brief.Brief, 0, len(inputs))
		for i, data := range inputs {
			br, err := Bytes(ctx, data, fmt.Sprintf("brief-%d.%s", i, format))
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, br)
		}
		if len(out) != 100 || out[99].Words < 4500 {
			b.Fatalf("%d briefs, last has %d words", len(out), out[len(out)-1].Words)
		}
	}
}

func BenchmarkImport100Text(b *testing.B)     { benchImport(b, "txt") }
func BenchmarkImport100Markdown(b *testing.B) { benchImport(b, "md") }
func BenchmarkImport100HTML(b *testing.B)     { benchImport(b, "html") }

// TestSynthBrief checks the benchmark input is what the benchmark claims:
// about 5,000 words, with the structure and clutter the cleaner handles.
func TestSynthBrief(t *testing.T) {
	for _, format := range []string{"txt", "md", "html"} {
		t.Run(format, func(t *testing.T) {
			b, err := Bytes(context.Background(), synthBrief(format, 7, 5000), "synth."+format)
			if err != nil {
				t.Fatal(err)
			}
			if b.Words < 4500 || b.Words > 6500 || b.Title == "" || len(b.Authors) != 1 || b.Published != "2025-10-02" {
				t.Errorf("words %d, title %q, authors %q, published %q", b.Words, b.Title, b.Authors, b.Published)
			}
			if strings.Contains(keptText(b), "surge.3") || strings.Contains(keptText(b), "once rather than ship by ship.3") {
				t.Error("footnote digits kept")
			}
		})
	}
}
