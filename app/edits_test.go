package app

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
)

func TestEditsHandlers(t *testing.T) {
	ansan5 := compare.Passage{Brief: "ansan", Paragraph: 5}
	meridian4 := compare.Passage{Brief: "meridian", Paragraph: 4}
	for _, tc := range []struct {
		name  string
		do    func(c *compareView)
		want  compare.Edits
		topic string // selected afterwards, when the result has it
	}{
		{
			"rename", func(c *compareView) { c.onRename("shipbuilding", "  Ship repair and MRO ") },
			compare.Edits{Renames: map[string]string{"shipbuilding": "Ship repair and MRO"}},
			"",
		},
		{"blank rename ignored", func(c *compareView) { c.onRename("shipbuilding", "  ") }, compare.Edits{}, ""},
		{"merge", func(c *compareView) {
			c.onMerge("regional-role", "shipbuilding")
			c.onMerge("discovered-welders-apprenticeship-workforce", "shipbuilding")
		}, compare.Edits{Merges: [][]string{{"shipbuilding", "regional-role", "discovered-welders-apprenticeship-workforce"}}}, "shipbuilding"},
		{"merge into itself ignored", func(c *compareView) { c.onMerge("shipbuilding", "shipbuilding") }, compare.Edits{}, ""},
		{"split", func(c *compareView) {
			c.onSplit("industrial-cooperation", "Co-production", []compare.Passage{meridian4, ansan5})
		}, compare.Edits{Splits: []compare.Split{{
			From: "industrial-cooperation", To: "user-co-production", Label: "Co-production",
			Passages: []compare.Move{
				{Brief: "meridian", Paragraph: 4, From: "industrial-cooperation", To: "user-co-production"},
				{Brief: "ansan", Paragraph: 5, From: "industrial-cooperation", To: "user-co-production"},
			},
		}}}, ""},
		{
			"create", func(c *compareView) { c.onCreateTopic("Munitions", " 155mm shells ") },
			compare.Edits{Created: []compare.TopicSpec{{ID: "user-munitions", Label: "Munitions", Description: "155mm shells"}}},
			"",
		},
		{
			"move", func(c *compareView) { c.onMovePassage(ansan5, "industrial-cooperation", "arms-exports", false) },
			compare.Edits{Moves: []compare.Move{{Brief: "ansan", Paragraph: 5, From: "industrial-cooperation", To: "arms-exports"}}},
			"",
		},
		{
			"also file under", func(c *compareView) { c.onMovePassage(ansan5, "industrial-cooperation", "arms-exports", true) },
			compare.Edits{Moves: []compare.Move{{Brief: "ansan", Paragraph: 5, To: "arms-exports"}}},
			"",
		},
		{
			"remove", func(c *compareView) { c.onRemovePassage(meridian4, "industrial-cooperation") },
			compare.Edits{Removes: []compare.Move{{Brief: "meridian", Paragraph: 4, From: "industrial-cooperation"}}},
			"",
		},
		{"note then clear", func(c *compareView) {
			c.onNote("shipbuilding", "Ask Tidewater for the MRO contract values.")
			c.onNote("burden-sharing", "Check which GDP series each brief uses.")
			c.onNote("shipbuilding", " ")
		}, compare.Edits{Notes: map[string]string{"burden-sharing": "Check which GDP series each brief uses."}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, h := newTestView(t, fyne.NewSize(1280, 800))
			tc.do(c)
			if !reflect.DeepEqual(h.edits, tc.want) {
				t.Errorf("edits = %+v\nwant %+v", h.edits, tc.want)
			}
			if tc.topic != "" && c.topic != tc.topic {
				t.Errorf("selected %q, want %q", c.topic, tc.topic)
			}
		})
	}
}

func TestEditsNewTopicID(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	c.res.Topics = append(c.res.Topics, compare.Topic{ID: "user-munitions", Label: "Munitions"})
	if got := c.newTopicID("Munitions"); got != "user-munitions-2" {
		t.Errorf("id = %q, want user-munitions-2", got)
	}
}

func TestEditsNote(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("burden-sharing")
	v := c.side
	if !v.saveNote.Disabled() {
		t.Error("Save note enabled before typing")
	}
	test.Type(v.note, "GDP series differ")
	if v.saveNote.Disabled() {
		t.Fatal("Save note disabled after typing")
	}
	test.Tap(v.saveNote)
	if got := h.edits.Notes["burden-sharing"]; got != "GDP series differ" {
		t.Errorf("note = %q", got)
	}
}

func TestEditsDialogs(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("shipbuilding")
	for _, show := range []func(){
		c.showRenameDialog, c.showMergeDialog, c.showSplitDialog, c.showCreateDialog,
		func() { c.showMoveDialog(c.res.Topics[3].Passages[0], "shipbuilding", false) },
	} {
		show()
		if len(h.win.Canvas().Overlays().List()) == 0 {
			t.Error("no dialog shown")
		}
		h.win.Canvas().Overlays().Top().Hide()
		h.win.Canvas().Overlays().Remove(h.win.Canvas().Overlays().Top())
	}
	if h.nEdits != 0 {
		t.Errorf("dialogs made %d edits without confirmation", h.nEdits)
	}
}

func TestEditsPassageMenu(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("shipbuilding")
	c.side.onPassageMenu(&c.res.Topics[3].Passages[0], fyne.NewPos(400, 400))
	if len(h.win.Canvas().Overlays().List()) != 1 {
		t.Error("right-clicking a passage shows no menu")
	}
	if h.nEdits != 0 {
		t.Error("the menu made an edit before a choice")
	}
}

func TestEditsEmptyTopic(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	c.res.Topics = append(c.res.Topics, compare.Topic{ID: "user-munitions", Label: "Munitions", Origin: compare.FromUser})
	c.setResult(c.res)
	c.selectTopic("user-munitions")
	if c.side.noRows.Hidden {
		t.Error("an empty topic does not say how to fill it")
	}
	c.selectTopic("shipbuilding")
	if !c.side.noRows.Hidden {
		t.Error("the empty-topic hint shows over passages")
	}
}

func TestEditsNoteSurvivesNewResult(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("burden-sharing")
	test.Type(c.side.note, "half-written")
	c.setResult(c.res) // e.g. another edit finished re-running the comparison
	if got := c.side.note.Text; got != "half-written" || c.side.saveNote.Disabled() {
		t.Errorf("note = %q, save enabled %v", got, !c.side.saveNote.Disabled())
	}
	if h.nEdits != 0 {
		t.Errorf("%d edits before leaving the topic", h.nEdits)
	}
	c.selectTopic("shipbuilding")
	if got := c.side.note.Text; got != "" {
		t.Errorf("another topic shows note %q", got)
	}
	if got := h.edits.Notes["burden-sharing"]; got != "half-written" {
		t.Errorf("leaving the topic kept note %q, want the typed one saved", got)
	}
	if !c.side.saveNote.Disabled() {
		t.Error("Save note enabled on a topic without a typed note")
	}
}

func TestEditsTopicLabelsUnique(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	first, second := c.res.Topics[0], c.res.Topics[1]
	for _, tc := range []struct {
		name, except, label string
		ok                  bool
	}{
		{"new name", "", "Maintenance contracts", true},
		{"taken", "", second.Label, false},
		{"taken, other case and spacing", "", "  " + strings.ToUpper(second.Label) + " ", false},
		{"blank", "", "   ", false},
		{"rename keeps its own name", first.ID, first.Label, true},
		{"rename to another's name", first.ID, second.Label, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := c.labelValidator(tc.except)(tc.label); (err == nil) != tc.ok {
				t.Errorf("validate %q: %v, want ok %v", tc.label, err, tc.ok)
			}
		})
	}
	c.onCreateTopic(second.Label, "")
	c.onRename(first.ID, second.Label)
	if h.nEdits != 0 {
		t.Errorf("%d edits made with a taken label", h.nEdits)
	}
}

func TestTopicPickRequired(t *testing.T) {
	test.NewTempApp(t)
	p := newTopicPick([]string{"Shipbuilding", "Burden sharing"})
	var last error
	p.SetOnValidationChanged(func(err error) { last = err })
	if p.Validate() == nil {
		t.Error("valid with no topic chosen")
	}
	p.SetSelected("Shipbuilding")
	if p.Validate() != nil || last != nil {
		t.Errorf("after choosing: %v, reported %v", p.Validate(), last)
	}
}

// TestEditsEnterSubmits renames a topic by typing in the focused label box
// and pressing Enter; a taken label does not submit.
func TestEditsEnterSubmits(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.selectTopic("shipbuilding")
	c.showRenameDialog()
	e, ok := h.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("focused %T, want the label entry", h.win.Canvas().Focused())
	}
	e.SetText(c.res.Topics[0].Label) // taken
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if h.nEdits != 0 {
		t.Fatal("Enter submitted a taken label")
	}
	e.SetText("Yards and repair")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := h.edits.Renames["shipbuilding"]; got != "Yards and repair" {
		t.Errorf("rename = %q", got)
	}
}

// TestEditsMergeKeepsNotes merges a topic with a note into one with and one
// without a note: the notes are kept, joined under the topic merged into.
func TestEditsMergeKeepsNotes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		notes map[string]string
		want  string
	}{
		{"into a topic without a note", map[string]string{"regional-role": "Ask about Taiwan."}, "Ask about Taiwan."},
		{"into a topic with a note", map[string]string{"regional-role": "Ask about Taiwan.", "shipbuilding": "Yards first."}, "Yards first.\n\nAsk about Taiwan."},
		{"no note on the merged topic", map[string]string{"shipbuilding": "Yards first."}, "Yards first."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, h := newTestView(t, fyne.NewSize(1280, 800))
			h.edits.Notes = tc.notes
			c.onMerge("regional-role", "shipbuilding")
			if got := h.edits.Notes["shipbuilding"]; got != tc.want {
				t.Errorf("note = %q, want %q", got, tc.want)
			}
			if _, ok := h.edits.Notes["regional-role"]; ok {
				t.Error("the merged topic keeps a note of its own")
			}
		})
	}
}
