package compare_test

import (
	"context"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
)

// TestOwnWords: a line with no subject of its own ("And we are not
// stopping there.") between lines on a subject is not placed in that
// subject's topic by its neighbours; it is unassigned, while the subject
// lines around it are placed.
func TestOwnWords(t *testing.T) {
	mk := func(id string, paras ...string) *brief.Brief {
		b := &brief.Brief{ID: id, Title: id, Source: brief.Source{Path: id + ".txt", Format: "txt"}}
		for i, p := range paras {
			b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: i, Kind: brief.Body, Text: p})
		}
		b.Words = brief.CountWords(b.Paragraphs)
		return b
	}
	bs := []*brief.Brief{
		mk("north",
			"River flooding has ruined farmland and homes along the valley floor, and flood defences there are decades old.",
			"We will raise flood walls on the river banks and restore upland bogs that hold back storm water.",
			"And we are not stopping there.",
			"Insurers should cover homes on flood plains, and the river agency will publish flood maps each spring.",
			"Public libraries are closing as councils cut book budgets and opening hours for readers.",
			"We will fund library books, reading rooms and librarians in every town so that readers keep their libraries.",
			"Children who borrow library books read better, and the library is often the only quiet room they have.",
		),
		mk("south",
			"Flood defences on the river failed twice last winter, and storm water reached homes and farmland in the valley.",
			"A national flood fund would pay for river walls, drainage and the bogs that slow storm water in the hills.",
			"The river agency should warn homes on flood plains sooner, with flood maps that insurers accept.",
			"Councils have cut library budgets, so libraries open fewer hours and buy fewer books for readers.",
			"Every town deserves a library with librarians, reading rooms and new books for children and readers.",
		),
		mk("east",
			"Storm water from the hills floods the valley, and river defences protect too few homes and farms.",
			"The flood agency needs money for river walls and for restoring bogs that hold storm water upstream.",
			"Library opening hours have fallen and book budgets shrink as councils close libraries in small towns.",
			"Librarians and reading rooms keep readers, above all children, borrowing library books.",
		),
	}
	res, err := compare.Run(context.Background(), bs, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	in := map[string]string{}
	for _, tp := range res.Topics {
		for _, p := range tp.Passages {
			in[p.Text] = tp.ID
		}
	}
	if tp, ok := in["And we are not stopping there."]; ok {
		t.Errorf("the subjectless line is in topic %s", tp)
	}
	unassigned := false
	for _, p := range res.Unassigned {
		unassigned = unassigned || p.Text == "And we are not stopping there."
	}
	if !unassigned {
		t.Error("the subjectless line is not unassigned")
	}
	flood, library := in[bs[0].Paragraphs[1].Text], in[bs[0].Paragraphs[5].Text]
	if flood == "" || library == "" || flood == library {
		t.Errorf("flood line in %q, library line in %q: want two topics", flood, library)
	}
}
