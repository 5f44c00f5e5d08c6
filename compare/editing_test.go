package compare

import (
	"reflect"
	"slices"
	"testing"
)

// fullEdits has every field of Edits set, with brief "b" named in each
// field that names paragraphs.
func fullEdits() Edits {
	return Edits{
		Moves:    []Move{{Brief: "b", Paragraph: 4, From: "t1", To: "t2"}, {Brief: "a", Paragraph: 4, To: "t2"}},
		Examples: []Move{{Brief: "b", Paragraph: 3, To: "t2"}},
		Removes:  []Move{{Brief: "b", Paragraph: 2, From: "t1"}},
		Renames:  map[string]string{"t1": "Ships"},
		Merges:   [][]string{{"t1", "t3"}},
		Splits:   []Split{{From: "t1", To: "user-x", Label: "X", Passages: []Move{{Brief: "b", Paragraph: 7, From: "t1", To: "user-x"}, {Brief: "a", Paragraph: 1}}}},
		Created:  []TopicSpec{{ID: "user-y", Label: "Y"}},
		Notes:    map[string]string{"t1": "first"},
		Rejected: []Rejection{{Axis: "ax", Brief: "b", Paragraph: 5, Text: "A quote."}},
	}
}

// TestEditsFieldsKnown fails when Edits gains a field: Clone, Shift and
// Forget (editing.go) must learn it first, then add it here.
func TestEditsFieldsKnown(t *testing.T) {
	var got []string
	for f := range reflect.TypeFor[Edits]().Fields() {
		got = append(got, f.Name)
	}
	want := []string{"Moves", "Examples", "Removes", "Renames", "Merges", "Splits", "Created", "Notes", "Rejected"}
	if !slices.Equal(got, want) {
		t.Errorf("Edits fields = %v; teach editing.go the new ones, then update this list", got)
	}
	e := fullEdits()
	for sf, f := range reflect.ValueOf(e).Fields() {
		if f.IsZero() {
			t.Errorf("fullEdits leaves %s empty", sf.Name)
		}
	}
}

func TestEditsClone(t *testing.T) {
	e := fullEdits()
	c := e.Clone()
	if !reflect.DeepEqual(c, e) {
		t.Fatalf("Clone = %+v, want %+v", c, e)
	}
	c.Moves[0].Paragraph = 99
	c.Examples[0].Paragraph = 99
	c.Removes[0].Paragraph = 99
	c.Renames["t1"] = "changed"
	c.Merges[0][0] = "changed"
	c.Splits[0].Passages[0].Paragraph = 99
	c.Created[0].Label = "changed"
	c.Notes["t1"] = "changed"
	c.Rejected[0].Paragraph = 99
	if !reflect.DeepEqual(e, fullEdits()) {
		t.Errorf("changing the clone changed the original: %+v", e)
	}
	if z := (Edits{}).Clone(); !reflect.DeepEqual(z, Edits{}) {
		t.Errorf("Clone of empty edits = %+v", z)
	}
}

func TestEditsShiftAndForget(t *testing.T) {
	e := fullEdits()
	e.Shift("b", 4) // a paragraph inserted at index 4 of brief b
	if e.Moves[0].Paragraph != 5 || e.Moves[1].Paragraph != 4 {
		t.Errorf("moves after shift: %+v (b's ¶ at 4 moves down, a's stays)", e.Moves)
	}
	if e.Removes[0].Paragraph != 2 || e.Examples[0].Paragraph != 3 {
		t.Errorf("remove or example before the insertion moved: %+v %+v", e.Removes, e.Examples)
	}
	if e.Splits[0].Passages[0].Paragraph != 8 || e.Splits[0].Passages[1].Paragraph != 1 {
		t.Errorf("split passages after shift: %+v", e.Splits[0].Passages)
	}
	if e.Rejected[0].Paragraph != 6 {
		t.Errorf("rejected evidence after shift: %+v", e.Rejected)
	}
	e.Forget("b")
	if len(e.Moves) != 1 || e.Moves[0].Brief != "a" || len(e.Removes) != 0 || len(e.Rejected) != 0 || len(e.Examples) != 0 {
		t.Errorf("after Forget(b): moves %+v, removes %+v, rejected %+v, examples %+v", e.Moves, e.Removes, e.Rejected, e.Examples)
	}
	if len(e.Splits) != 1 || len(e.Splits[0].Passages) != 1 || len(e.Created) != 1 {
		t.Errorf("Forget dropped the analyst's topics: %+v %+v", e.Splits, e.Created)
	}
}

func TestEditsMerge(t *testing.T) {
	for _, tc := range []struct {
		name   string
		notes  map[string]string
		merges [][]string
		from   string
		into   string
		want   Edits
	}{
		{
			"notes joined",
			map[string]string{"a": "kept", "b": "merged"},
			nil, "b", "a",
			Edits{Notes: map[string]string{"a": "kept\n\nmerged"}, Merges: [][]string{{"a", "b"}}},
		},
		{
			"note moves to a topic without one",
			map[string]string{"b": "merged"},
			nil, "b", "a",
			Edits{Notes: map[string]string{"a": "merged"}, Merges: [][]string{{"a", "b"}}},
		},
		{
			"chained into an existing group", nil,
			[][]string{{"a", "b"}},
			"c", "a",
			Edits{Merges: [][]string{{"a", "b", "c"}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := Edits{Notes: tc.notes, Merges: tc.merges}
			e.Merge(tc.from, tc.into)
			if !reflect.DeepEqual(e, tc.want) {
				t.Errorf("Merge = %+v, want %+v", e, tc.want)
			}
		})
	}
}

func TestEditsSmall(t *testing.T) {
	var e Edits
	e.Rename("t1", "Ships")
	e.Note("t1", "  a note  ")
	e.Create("user-x", "X", "d")
	p := Passage{Brief: "b", Paragraph: 3}
	e.Move(p, "t1", "t2", false)
	e.Move(p, "t1", "t3", true)
	e.Remove(p, "t1")
	e.Split("t1", "user-y", "Y", []Passage{p})
	want := Edits{
		Renames: map[string]string{"t1": "Ships"},
		Notes:   map[string]string{"t1": "a note"},
		Created: []TopicSpec{{ID: "user-x", Label: "X", Description: "d"}},
		Moves:   []Move{{Brief: "b", Paragraph: 3, From: "t1", To: "t2"}, {Brief: "b", Paragraph: 3, To: "t3"}},
		Removes: []Move{{Brief: "b", Paragraph: 3, From: "t1"}},
		Splits:  []Split{{From: "t1", To: "user-y", Label: "Y", Passages: []Move{{Brief: "b", Paragraph: 3, From: "t1", To: "user-y"}}}},
	}
	if !reflect.DeepEqual(e, want) {
		t.Errorf("edits = %+v\nwant %+v", e, want)
	}
	e.Note("t1", " ")
	if _, ok := e.Notes["t1"]; ok {
		t.Error("a blank note did not remove the note")
	}
}
