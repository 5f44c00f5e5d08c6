package workspace_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/workspace"
)

// Fixture paragraphs, our own sentences.
var (
	yards = []string{
		"The two shipyards on the southern coast can repair allied destroyers within weeks if the pilot starts next spring.",
		"Training welders at both yards before the pilot starts is the step most often left out of the plans we reviewed.",
		"Funding for the pilot should come from the shared maintenance budget rather than from a new line in the defence bill.",
	}
	troops = []string{
		"Troop levels on the peninsula have held steady for a decade and the planners see no reason to change them soon.",
		"Rotations of armoured brigades keep readiness high but cost more each year than a permanent garrison would.",
		"A smaller permanent garrison with rotating air units would keep the deterrent while freeing money for training.",
	}
)

func mk(id, format, sum string, paras ...string) *brief.Brief {
	b := &brief.Brief{ID: id, Title: strings.ToUpper(id[:1]) + id[1:], Source: brief.Source{Path: "/in/" + id + "." + format, Format: format, SHA256: sum}}
	for i, p := range paras {
		b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: i, Text: p})
	}
	return b
}

func ids(bs []*brief.Brief) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.ID
	}
	return out
}

func TestAdd(t *testing.T) {
	both := append(slices.Clone(yards), troops...)
	edition := slices.Clone(both)
	edition[1] = "Training welders at both yards before the pilot starts is the step most plans leave out entirely."
	edition = append(edition, "A second edition adds this paragraph on the costs of dry docks at the northern yard.")
	now := time.Date(2026, 12, 7, 9, 30, 15, 500, time.UTC)
	for _, tc := range []struct {
		name     string
		have     []*brief.Brief
		add      []*brief.Brief
		added    []string // IDs after Add
		repeats  []string // "brief=same" (+ " file" for the same file)
		editions []string
	}{
		{
			name:  "two different briefs",
			add:   []*brief.Brief{mk("yards", "pdf", "s1", yards...), mk("troops", "pdf", "s2", troops...)},
			added: []string{"yards", "troops"},
		},
		{
			name:    "same file again",
			have:    []*brief.Brief{mk("yards", "pdf", "s1", yards...)},
			add:     []*brief.Brief{mk("copy", "pdf", "s1", yards...)},
			repeats: []string{"copy=yards file"},
		},
		{
			name:    "same text in another format",
			have:    []*brief.Brief{mk("yards", "pdf", "s1", yards...)},
			add:     []*brief.Brief{mk("word", "docx", "s2", yards...)},
			repeats: []string{"word=yards"},
		},
		{
			name:    "repeat within one call",
			add:     []*brief.Brief{mk("yards", "md", "", yards...), mk("again", "md", "", yards...)},
			added:   []string{"yards"},
			repeats: []string{"again=yards"},
		},
		{
			name:     "another edition in one format is kept, with a notice",
			have:     []*brief.Brief{mk("yards", "md", "s1", both...)},
			add:      []*brief.Brief{mk("yards", "md", "s2", edition...)},
			added:    []string{"yards-2"},
			editions: []string{"yards-2=yards"},
		},
		{
			name:  "ID from the name when missing, unique",
			have:  []*brief.Brief{mk("troops", "md", "s1", troops...)},
			add:   []*brief.Brief{{Title: "Troops", Source: brief.Source{Format: "paste"}, Paragraphs: []brief.Paragraph{{Text: yards[0]}}}},
			added: []string{"troops-2"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := workspace.New()
			ws.Briefs = tc.have
			got := ws.Add(tc.add, now)
			if !slices.Equal(ids(got.Briefs), tc.added) {
				t.Errorf("added %v, want %v", ids(got.Briefs), tc.added)
			}
			pairs := func(rs []workspace.Repeat) []string {
				var out []string
				for _, r := range rs {
					s := r.Brief.ID + "=" + r.Same.ID
					if r.SameFile {
						s += " file"
					}
					out = append(out, s)
				}
				return out
			}
			if p := pairs(got.Repeats); !slices.Equal(p, tc.repeats) {
				t.Errorf("repeats %v, want %v", p, tc.repeats)
			}
			if p := pairs(got.Editions); !slices.Equal(p, tc.editions) {
				t.Errorf("editions %v, want %v", p, tc.editions)
			}
			for _, r := range got.Editions {
				if r.Share < brief.SameText || r.Share > 1 {
					t.Errorf("edition share %v", r.Share)
				}
			}
			if want := len(tc.have) + len(tc.added); len(ws.Briefs) != want {
				t.Errorf("%d briefs in the workspace, want %d", len(ws.Briefs), want)
			}
			for _, b := range got.Briefs {
				if !b.Source.Imported.Equal(now.Truncate(time.Second)) {
					t.Errorf("%s stamped %v", b.ID, b.Source.Imported)
				}
			}
		})
	}
}

// TestAddHolding adds a report that carries a short brief as its annex:
// both are kept, as a holding, not as an edition or a repeat, whichever
// comes first.
func TestAddHolding(t *testing.T) {
	report := append(append(slices.Clone(troops), "The annex reprints the summary we sent to the ministry last year."), yards...)
	for _, order := range [][]*brief.Brief{
		{mk("summary", "md", "", yards...), mk("report", "pdf", "", report...)},
		{mk("report", "pdf", "", report...), mk("summary", "md", "", yards...)},
	} {
		ws := workspace.New()
		got := ws.Add(order, time.Time{})
		if len(got.Briefs) != 2 || len(got.Repeats) != 0 || len(got.Editions) != 0 {
			t.Errorf("added %v, repeats %d, editions %d", ids(got.Briefs), len(got.Repeats), len(got.Editions))
		}
		if len(got.Holdings) != 1 || got.Holdings[0].Outer.ID != "report" || got.Holdings[0].Inner.ID != "summary" {
			t.Errorf("holdings %+v", got.Holdings)
		}
	}
}

func TestAddWithoutClockLeavesNoStamp(t *testing.T) {
	ws := workspace.New()
	got := ws.Add([]*brief.Brief{mk("yards", "md", "", yards...)}, time.Time{})
	if len(got.Briefs) != 1 || !got.Briefs[0].Source.Imported.IsZero() {
		t.Errorf("stamped without a clock: %+v", got.Briefs[0].Source)
	}
}

func TestRemoveMoveInclude(t *testing.T) {
	ws := workspace.New()
	ws.Add([]*brief.Brief{mk("a", "md", "", yards...), mk("b", "md", "", troops...), mk("c", "md", "", "A third brief on something else entirely, with words of its own.")}, time.Time{})
	ws.Edits.Moves = []compare.Move{{Brief: "b", Paragraph: 1, To: "t"}, {Brief: "a", Paragraph: 0, To: "t"}}

	if !ws.Include("b", false) || ws.Include("b", false) || !ws.IsExcluded("b") {
		t.Fatal("leaving b out")
	}
	if got := ids(ws.Included()); !slices.Equal(got, []string{"a", "c"}) {
		t.Errorf("included %v", got)
	}
	if !ws.Move("c", -1) || ws.Move("c", -5) || ws.Move("a", -1) || ws.Move("zz", 1) {
		t.Error("moves")
	}
	if got := ids(ws.Briefs); !slices.Equal(got, []string{"a", "c", "b"}) {
		t.Errorf("order %v", got)
	}
	if !ws.Remove("b") || ws.Remove("b") {
		t.Fatal("removing b")
	}
	if ws.IsExcluded("b") || ws.Brief("b") != nil || len(ws.Edits.Moves) != 1 || ws.Edits.Moves[0].Brief != "a" {
		t.Errorf("after removing b: excluded %v, moves %+v", ws.Excluded, ws.Edits.Moves)
	}
	// The removed brief's text may come back.
	if got := ws.Add([]*brief.Brief{mk("b", "md", "", troops...)}, time.Time{}); len(got.Briefs) != 1 {
		t.Errorf("re-adding a removed brief: %+v", got)
	}
}

func TestRestore(t *testing.T) {
	ws := workspace.New()
	b := mk("a", "md", "", yards...)
	b.Dropped = []brief.Dropped{{Text: "Share this page", Reason: "navigation", After: 0}}
	ws.Add([]*brief.Brief{b}, time.Time{})
	ws.Edits.Moves = []compare.Move{{Brief: "a", Paragraph: 0, To: "t"}, {Brief: "a", Paragraph: 2, To: "t"}}
	ws.Edits.Rejected = []compare.Rejection{{Axis: "x", Brief: "a", Paragraph: 1}}
	if ws.Restore("a", 1) || ws.Restore("zz", 0) {
		t.Error("restored a block that is not there")
	}
	if !ws.Restore("a", 0) {
		t.Fatal("Restore")
	}
	if len(b.Paragraphs) != 4 || b.Paragraphs[1].Text != "Share this page" || len(b.Dropped) != 0 {
		t.Fatalf("paragraphs %+v", b.Paragraphs)
	}
	if ws.Edits.Moves[0].Paragraph != 0 || ws.Edits.Moves[1].Paragraph != 3 || ws.Edits.Rejected[0].Paragraph != 2 {
		t.Errorf("edits not shifted: %+v %+v", ws.Edits.Moves, ws.Edits.Rejected)
	}
}

func TestClone(t *testing.T) {
	b := mk("a", "md", "", yards...)
	b.Authors = []string{"Kim"}
	c := workspace.Clone([]*brief.Brief{b})[0]
	c.Paragraphs[0].Text = "changed"
	c.Authors[0] = "changed"
	if b.Paragraphs[0].Text == "changed" || b.Authors[0] == "changed" {
		t.Error("the clone shares its paragraphs or authors")
	}
}
