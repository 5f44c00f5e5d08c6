package compare

import (
	"maps"
	"slices"
	"strings"
)

// The rules for changing Edits, one method each, so every caller (the app's
// handlers, the workspace when briefs change) keeps them valid the same way.
// A method that names brief paragraphs knows every field that does (Moves,
// Removes, Splits' passages and Rejected), so a new kind of edit is handled
// in one place.

// Rename gives topic id a new label.
func (e *Edits) Rename(id, label string) {
	if e.Renames == nil {
		e.Renames = map[string]string{}
	}
	e.Renames[id] = label
}

// Merge folds topic from into topic into. Merging into a topic that already
// heads a merge extends that group, so chains of merges stay one group. The
// merged topic's note is joined to the other's (a blank line between).
func (e *Edits) Merge(from, into string) {
	if note := e.Notes[from]; note != "" {
		if kept := e.Notes[into]; kept != "" {
			note = kept + "\n\n" + note
		}
		e.Notes[into] = note
		delete(e.Notes, from)
	}
	for i, g := range e.Merges {
		if len(g) > 0 && g[0] == into {
			e.Merges[i] = append(g, from)
			return
		}
	}
	e.Merges = append(e.Merges, []string{into, from})
}

// Split moves the given passages of topic from into a new user topic to
// with label.
func (e *Edits) Split(from, to, label string, passages []Passage) {
	moves := make([]Move, len(passages))
	for i, p := range passages {
		moves[i] = Move{Brief: p.Brief, Paragraph: p.Paragraph, From: from, To: to}
	}
	e.Splits = append(e.Splits, Split{From: from, To: to, Label: label, Passages: moves})
}

// Create adds an empty user topic.
func (e *Edits) Create(id, label, description string) {
	e.Created = append(e.Created, TopicSpec{ID: id, Label: label, Description: description})
}

// Move puts passage p under topic to. With keep it stays under from as well
// ("also file under"); otherwise it leaves from.
func (e *Edits) Move(p Passage, from, to string, keep bool) {
	m := Move{Brief: p.Brief, Paragraph: p.Paragraph, From: from, To: to}
	if keep {
		m.From = ""
	}
	e.Moves = append(e.Moves, m)
}

// Remove takes passage p out of topic from.
func (e *Edits) Remove(p Passage, from string) {
	e.Removes = append(e.Removes, Move{Brief: p.Brief, Paragraph: p.Paragraph, From: from})
}

// Note sets the analyst's note on topic id; a blank note removes it.
func (e *Edits) Note(id, text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		delete(e.Notes, id)
		return
	}
	if e.Notes == nil {
		e.Notes = map[string]string{}
	}
	e.Notes[id] = text
}

// Shift renumbers the references to brief id's paragraphs at or after index
// at, after a paragraph was inserted there (a dropped block restored).
func (e *Edits) Shift(id string, at int) {
	e.eachParagraph(id, func(p *int) {
		if *p >= at {
			*p++
		}
	})
}

// Forget removes the edits that name brief id's paragraphs (moves, examples, removals,
// passages of splits, rejected evidence), for a brief taken out of the
// workspace. Topics the analyst made stay.
func (e *Edits) Forget(id string) {
	ofBrief := func(m Move) bool { return m.Brief == id }
	e.Moves = slices.DeleteFunc(e.Moves, ofBrief)
	e.Examples = slices.DeleteFunc(e.Examples, ofBrief)
	e.Removes = slices.DeleteFunc(e.Removes, ofBrief)
	for i := range e.Splits {
		e.Splits[i].Passages = slices.DeleteFunc(e.Splits[i].Passages, ofBrief)
	}
	e.Rejected = slices.DeleteFunc(e.Rejected, func(r Rejection) bool { return r.Brief == id })
}

// eachParagraph calls f with every paragraph index the edits hold for
// brief id.
func (e *Edits) eachParagraph(id string, f func(p *int)) {
	moves := func(ms []Move) {
		for i := range ms {
			if ms[i].Brief == id {
				f(&ms[i].Paragraph)
			}
		}
	}
	moves(e.Moves)
	moves(e.Examples)
	moves(e.Removes)
	for i := range e.Splits {
		moves(e.Splits[i].Passages)
	}
	for i := range e.Rejected {
		if e.Rejected[i].Brief == id {
			f(&e.Rejected[i].Paragraph)
		}
	}
}

// Clone returns a deep copy of the edits (for undo history and for a run on
// another goroutine).
func (e Edits) Clone() Edits {
	c := e
	c.Moves = slices.Clone(e.Moves)
	c.Examples = slices.Clone(e.Examples)
	c.Removes = slices.Clone(e.Removes)
	c.Renames = maps.Clone(e.Renames)
	c.Merges = make([][]string, len(e.Merges))
	for i, g := range e.Merges {
		c.Merges[i] = slices.Clone(g)
	}
	if e.Merges == nil {
		c.Merges = nil
	}
	c.Splits = slices.Clone(e.Splits)
	for i := range c.Splits {
		c.Splits[i].Passages = slices.Clone(e.Splits[i].Passages)
	}
	c.Created = slices.Clone(e.Created)
	c.Notes = maps.Clone(e.Notes)
	c.Rejected = slices.Clone(e.Rejected)
	return c
}
