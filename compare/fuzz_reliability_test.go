package compare_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"briefbench/brief"
	"briefbench/compare"
)

// FuzzParseAxes: any axes file either parses into axes that compare briefs
// or fails with an error; never a panic.
func FuzzParseAxes(f *testing.F) {
	def, err := os.ReadFile("../resources/packs/alliance/axes.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(def)
	f.Add([]byte("axes:\n  - id: a\n    label: A\n    poles:\n      - label: x\n        cues: [one^2, two words]\n      - label: y\n        cues: [three]\n"))
	f.Add([]byte("axes: [{id: a, poles: []}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		axes, err := compare.ParseAxes(data)
		if err != nil {
			return
		}
		opts := compare.DefaultOptions()
		opts.Axes = axes
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if _, err := compare.Run(ctx, smallBriefs(), opts); err != nil && ctx.Err() == nil {
			t.Fatalf("valid axes, Run failed: %v", err)
		}
	})
}

// adversarialSeeds are shapes that once blew up time or memory: figures
// packed in one sentence, one huge paragraph, deep nesting of brackets and
// quotes, long runs without spaces.
var adversarialSeeds = []string{
	"Spending rose" + strings.Repeat(", to 2.5% of GDP in 2027", 200) + ".",
	strings.Repeat("Allies should share shipyards. ", 400),
	strings.Repeat("(", 2000) + "Korea spends 2.8% of GDP" + strings.Repeat(")", 2000),
	strings.Repeat("\u201c", 1000) + "quote" + strings.Repeat("\u201d", 1000),
	strings.Repeat("a", 20000) + " 12 ships",
	"No. 1. 2. 3) (4) $5bn ₩6 trillion 7th 8-year 9,000,000,000,000,000,000,000 troops in 1999 and 2100.",
}

// FuzzRunText: compare.Run on any text against a fixed brief gives a
// result, never a panic, and claims quote a bounded window.
func FuzzRunText(f *testing.F) {
	for _, s := range adversarialSeeds {
		f.Add(s)
	}
	other := &brief.Brief{ID: "other", Title: "Other", Source: brief.Source{Format: "txt"}, Paragraphs: []brief.Paragraph{
		{Index: 0, Kind: brief.Body, Text: "Seoul spends 3.5% of GDP on defense and should build more shipyards with its allies."},
	}}
	f.Fuzz(func(t *testing.T, text string) {
		b := &brief.Brief{ID: "fuzz", Title: "Fuzz", Source: brief.Source{Format: "txt"}}
		for i, p := range strings.Split(text, "\n\n") {
			b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: i, Kind: brief.Body, Text: p})
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		res, err := compare.Run(ctx, []*brief.Brief{b, other}, compare.DefaultOptions())
		if err != nil {
			if ctx.Err() != nil {
				t.Fatalf("no result in 20 s for %d bytes", len(text))
			}
			return
		}
		for _, c := range res.Numbers {
			if len(c.Text) > 700 {
				t.Fatalf("a claim quotes %d bytes", len(c.Text))
			}
		}
	})
}
