package compare_test

import (
	"slices"
	"strings"
	"testing"

	"briefbench/compare"
)

// paragraphsIn lists "brief/paragraph" for every passage of topic id.
func paragraphsIn(res *compare.Result, id string) []string {
	tp := res.Topic(id)
	if tp == nil {
		return nil
	}
	var out []string
	for _, p := range tp.Passages {
		k := p.Brief + "/" + string(rune('0'+p.Paragraph))
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

func TestEdits(t *testing.T) {
	cases := []struct {
		name  string
		edits compare.Edits
		check func(t *testing.T, res *compare.Result)
	}{
		{
			"move between topics",
			compare.Edits{Moves: []compare.Move{{Brief: "ridge", Paragraph: 3, From: "burden-sharing", To: "economic-security"}}},
			func(t *testing.T, res *compare.Result) {
				if slices.Contains(paragraphsIn(res, "burden-sharing"), "ridge/3") || !slices.Contains(paragraphsIn(res, "economic-security"), "ridge/3") {
					t.Errorf("ridge ¶3 not moved: %v / %v", paragraphsIn(res, "burden-sharing"), paragraphsIn(res, "economic-security"))
				}
			},
		},
		{
			"add a skipped line",
			compare.Edits{Moves: []compare.Move{{Brief: "harbor", Paragraph: 6, To: "shipbuilding"}}},
			func(t *testing.T, res *compare.Result) {
				if !slices.Contains(paragraphsIn(res, "shipbuilding"), "harbor/6") {
					t.Errorf("harbor ¶6 not added: %v", paragraphsIn(res, "shipbuilding"))
				}
			},
		},
		{
			"remove",
			compare.Edits{Removes: []compare.Move{{Brief: "summit", Paragraph: 1, From: "shipbuilding"}}},
			func(t *testing.T, res *compare.Result) {
				if slices.Contains(paragraphsIn(res, "shipbuilding"), "summit/1") {
					t.Error("summit ¶1 still in shipbuilding")
				}
			},
		},
		{
			"rename and note",
			compare.Edits{Renames: map[string]string{"shipbuilding": "Yards"}, Notes: map[string]string{"shipbuilding": "check MRO figures"}},
			func(t *testing.T, res *compare.Result) {
				if tp := res.Topic("shipbuilding"); tp.Label != "Yards" || tp.Note != "check MRO figures" {
					t.Errorf("label %q note %q", tp.Label, tp.Note)
				}
			},
		},
		{
			"merge",
			compare.Edits{Merges: [][]string{{"industrial-cooperation", "shipbuilding"}}},
			func(t *testing.T, res *compare.Result) {
				got := paragraphsIn(res, "industrial-cooperation")
				if res.Topic("shipbuilding") != nil || !slices.Contains(got, "ridge/2") || !slices.Contains(got, "harbor/3") {
					t.Errorf("merge: shipbuilding still there or passages lost: %v", got)
				}
			},
		},
		{
			"split",
			compare.Edits{Splits: []compare.Split{{From: "shipbuilding", To: "ship-repair", Label: "Ship repair", Passages: []compare.Move{{Brief: "ridge", Paragraph: 2}, {Brief: "summit", Paragraph: 1}}}}},
			func(t *testing.T, res *compare.Result) {
				tp := res.Topic("ship-repair")
				if tp == nil || tp.Origin != compare.FromUser || tp.Label != "Ship repair" || len(tp.Passages) != 2 {
					t.Fatalf("split topic = %+v", tp)
				}
				if slices.Contains(paragraphsIn(res, "shipbuilding"), "ridge/2") {
					t.Error("split passage still in shipbuilding")
				}
			},
		},
		{
			"created topic filled by a move, which teaches it",
			compare.Edits{
				Created: []compare.TopicSpec{{ID: "fish", Label: "Fish"}, {ID: "empty", Label: "Empty"}},
				Moves:   []compare.Move{{Brief: "harbor", Paragraph: 5, To: "fish"}},
			},
			func(t *testing.T, res *compare.Result) {
				// The moved squid passage teaches the topic: the other
				// brief's squid passage joins it, naming the example.
				if got := paragraphsIn(res, "fish"); !slices.Equal(got, []string{"harbor/5", "summit/5"}) {
					t.Errorf("fish = %v", got)
				}
				for _, p := range res.Topic("fish").Passages {
					if p.Brief == "summit" && !slices.Contains(p.Terms, "like harbor ¶6") {
						t.Errorf("taught passage gives no reason: %v", p.Terms)
					}
				}
				if tp := res.Topic("empty"); tp == nil || tp.Origin != compare.FromUser || len(tp.Rows) != 0 {
					t.Errorf("empty user topic = %+v", tp)
				}
			},
		},
		{
			"stale edits warn",
			compare.Edits{
				Moves:   []compare.Move{{Brief: "gone", Paragraph: 1, To: "shipbuilding"}, {Brief: "harbor", Paragraph: 2, To: "no-such"}},
				Renames: map[string]string{"no-such": "X"},
				Merges:  [][]string{{"no-such", "shipbuilding"}},
			},
			func(t *testing.T, res *compare.Result) {
				if len(res.Warnings) != 4 {
					t.Errorf("warnings = %q, want 4", res.Warnings)
				}
				if res.Topic("shipbuilding") == nil {
					t.Error("a failed merge removed a topic")
				}
				for _, w := range res.Warnings {
					if !strings.Contains(w, "no-such") && !strings.Contains(w, "gone") {
						t.Errorf("warning %q names neither", w)
					}
				}
				// Paragraphs are numbered from ¶1, as everywhere the user
				// reads them: index 2 is ¶3.
				if !slices.Contains(res.Warnings, `move of harbor ¶3: no topic "no-such"`) {
					t.Errorf("warnings = %q, want harbor's paragraph 2 as ¶3", res.Warnings)
				}
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := compare.DefaultOptions()
			opts.Edits = c.edits
			res := runSmall(t, opts)
			c.check(t, res)
			checkSane(t, res, smallBriefs(), 1)
		})
	}
}
