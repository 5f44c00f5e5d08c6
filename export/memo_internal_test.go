package export

import (
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
)

func TestBottomLineAgreements(t *testing.T) {
	it := func(brief string, para int, value string) compare.Item {
		return compare.Item{Brief: brief, Paragraph: para, Value: value}
	}
	conflict := &compare.Difference{Kind: compare.KindNumeric, Summary: "troops", Items: []compare.Item{
		it("a", 9, "28500"), it("b", 6, "28500"), it("c", 8, "27000"),
	}}
	inside := &compare.Difference{Kind: compare.KindAgreement, Summary: "troops agree", Items: []compare.Item{it("a", 9, "28500"), it("b", 6, "28500")}}
	outside := &compare.Difference{Kind: compare.KindAgreement, Summary: "treaty year", Items: []compare.Item{it("a", 1, "1953"), it("c", 2, "1953")}}
	worded := &compare.Difference{Kind: compare.KindAgreement, Summary: "yards help", Items: []compare.Item{it("a", 4, ""), it("b", 3, "")}}
	cases := []struct {
		name      string
		agree     []*compare.Difference
		conflicts []*compare.Difference
		want      []string
	}{
		{"numeric agreement inside a conflict dropped", []*compare.Difference{inside, outside}, []*compare.Difference{conflict}, []string{"treaty year"}},
		{"worded agreements first", []*compare.Difference{outside, worded}, nil, []string{"yards help", "treaty year"}},
		{"no conflicts keeps all", []*compare.Difference{inside}, nil, []string{"troops agree"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, d := range bottomLineAgreements(c.agree, c.conflicts) {
				got = append(got, d.Summary)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestKeyQuotePage: the memo cites the page of the quoted sentence, not the
// page its paragraph starts on.
func TestKeyQuotePage(t *testing.T) {
	text := "Budgets are flat. Allied yards could repair the destroyers of the Seventh Fleet within weeks of a standing contract."
	p := compare.Passage{
		Brief: "a", Paragraph: 3, Page: 5, Text: text, Score: 0.9, Terms: []string{"destroyers"},
		PageBreaks: []brief.PageBreak{{At: strings.Index(text, "Allied"), Page: 6}},
	}
	tp := &compare.Topic{Passages: []compare.Passage{p}}
	quote, from, page := keyQuote(tp, "a", nil)
	if from == nil || !strings.HasPrefix(quote, "Allied yards") || page != 6 {
		t.Errorf("quote %q page %d, want the second sentence on page 6", quote, page)
	}
}
