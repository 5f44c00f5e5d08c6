package compare

import (
	"testing"

	"briefbench/brief"
)

func TestCandidate(t *testing.T) {
	long := "The alliance needs a plan for shipyards, munitions and ports that both governments can fund over the next decade."
	cases := []struct {
		name string
		p    brief.Paragraph
		want bool
	}{
		{"body", brief.Paragraph{Kind: brief.Body, Text: long}, true},
		{"list item", brief.Paragraph{Kind: brief.ListItem, Text: "Sign a reciprocal procurement agreement this year;"}, true},
		{"heading", brief.Paragraph{Kind: brief.Heading, Text: "The Case for an Allied Industrial Base"}, false},
		{"date line", brief.Paragraph{Kind: brief.Body, Text: "By April there will be new shipyards in three ports."}, true},
		{"title-case heading", brief.Paragraph{Kind: brief.Heading, Text: "Why Allies Will Need More Shipyards Next Decade"}, false},
		{"sentence taken for a heading", brief.Paragraph{Kind: brief.Heading, Text: long}, true},
		{"caption", brief.Paragraph{Kind: brief.Caption, Text: long}, false},
		{"footnote", brief.Paragraph{Kind: brief.Footnote, Text: long}, false},
		{"too short", brief.Paragraph{Kind: brief.Body, Text: "Read the full report here."}, false},
		{"byline", brief.Paragraph{Kind: brief.Body, Text: "By Jane Roe and John Doe, Harbor Institute for Maritime Affairs"}, false},
		{"author bio", brief.Paragraph{Kind: brief.Body, Text: "Jane Roe is a senior fellow at the Harbor Institute, where she directs the maritime program."}, false},
		{"disclaimer", brief.Paragraph{Kind: brief.Body, Text: "The views expressed here are the author's own and not those of any government."}, false},
		{"link", brief.Paragraph{Kind: brief.Body, Text: "Full data for this brief is at https://example.org/data and updated monthly."}, false},
		{"numbers", brief.Paragraph{Kind: brief.Body, Text: "2021 2.1 2022 2.4 2023 2.6 2024 2.7 2025 2.8"}, false},
		{"bio words in a long argument", brief.Paragraph{Kind: brief.Body, Text: "Korea is a leading exporter, and its defense ministry director said " + long + " " + long}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := candidate(c.p, true); got != c.want {
				t.Errorf("candidate(%q) = %v, want %v", c.p.Text, got, c.want)
			}
		})
	}
}

func TestRepeats(t *testing.T) {
	body := "Perhaps the biggest shift in alliance priorities has been the China challenge. Both allies have changed course."
	ps := []brief.Paragraph{
		{Kind: brief.Body, Text: body},
		{Kind: brief.Body, Text: "Perhaps the biggest shift in alliance priorities has been the China challenge."},
		{Kind: brief.Body, Text: "Something else entirely is said in this paragraph about ports and yards."},
		{Kind: brief.Body, Text: "Something else entirely is said in this paragraph about ports and yards."},
	}
	cand := []bool{true, true, true, true}
	for i, want := range []bool{false, true, false, true} {
		if got := repeats(ps, cand, i); got != want {
			t.Errorf("repeats(%d) = %v, want %v", i, got, want)
		}
	}
}
