package app

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/present"
)

// The analyst's edits of topics. Each handler records one change through
// host.edit, which re-runs the comparison and calls setResult; the dialogs
// only collect the handler's arguments. Handlers that create or fold topics
// select the resulting topic, so the analyst sees the effect at once.

// onRename gives topic id a new label.
func (c *compareView) onRename(id, label string) {
	label = strings.TrimSpace(label)
	if id == "" || c.labelValidator(id)(label) != nil {
		return
	}
	c.h.edit(func(e *compare.Edits) { e.Rename(id, label) })
}

// onMerge folds topic from into topic into and selects into.
func (c *compareView) onMerge(from, into string) {
	if from == "" || into == "" || from == into {
		return
	}
	c.topic = into
	c.h.edit(func(e *compare.Edits) { e.Merge(from, into) })
}

// onSplit moves passages of topic from into a new user topic with label,
// and selects the new topic.
func (c *compareView) onSplit(from, label string, passages []compare.Passage) {
	label = strings.TrimSpace(label)
	if from == "" || c.labelValidator("")(label) != nil || len(passages) == 0 {
		return
	}
	id := c.newTopicID(label)
	c.topic = id
	c.h.edit(func(e *compare.Edits) { e.Split(from, id, label, passages) })
}

// onCreateTopic adds an empty user topic and selects it; passages come to it
// through "Move to topic…".
func (c *compareView) onCreateTopic(label, description string) {
	label = strings.TrimSpace(label)
	if c.labelValidator("")(label) != nil {
		return
	}
	id := c.newTopicID(label)
	c.topic = id
	c.h.edit(func(e *compare.Edits) { e.Create(id, label, strings.TrimSpace(description)) })
}

// onMovePassage puts passage p under topic to. With keep it stays under
// from as well ("also file under"); otherwise it leaves from.
func (c *compareView) onMovePassage(p compare.Passage, from, to string, keep bool) {
	if to == "" || to == from {
		return
	}
	c.h.edit(func(e *compare.Edits) { e.Move(p, from, to, keep) })
}

// onRemovePassage takes passage p out of topic from.
func (c *compareView) onRemovePassage(p compare.Passage, from string) {
	if from == "" {
		return
	}
	c.h.edit(func(e *compare.Edits) { e.Remove(p, from) })
}

// onNote saves the analyst's note on topic id; an empty note removes it.
func (c *compareView) onNote(id, text string) {
	if id == "" {
		return
	}
	c.h.edit(func(e *compare.Edits) { e.Note(id, text) })
}

// newTopicID makes an ID for a user topic from its label, unique among the
// current topics.
func (c *compareView) newTopicID(label string) string {
	base := "user-" + brief.Slug(label)
	id := base
	for n := 2; c.res != nil && c.res.Topic(id) != nil; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// topicChoices lists the other topics as "label" options for a Select, with
// a map back to their IDs.
func (c *compareView) topicChoices(except string) ([]string, map[string]string) {
	var names []string
	ids := map[string]string{}
	if c.res == nil {
		return nil, ids
	}
	for _, t := range c.res.Topics {
		if t.ID == except {
			continue
		}
		name := t.Label
		if _, dup := ids[name]; dup {
			name += " (" + t.ID + ")"
		}
		names = append(names, name)
		ids[name] = t.ID
	}
	return names, ids
}

// notBlank validates a topic label.
func notBlank(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("enter a name")
	}
	return nil
}

// labelValidator accepts a topic label that is not blank and that no other
// topic than except ("" for none) already has, ignoring case and spacing:
// two topics of one name cannot be told apart in the list, the workbook or
// the memo.
func (c *compareView) labelValidator(except string) func(string) error {
	return func(s string) error {
		if err := notBlank(s); err != nil {
			return err
		}
		if c.res == nil {
			return nil
		}
		key := strings.Join(strings.Fields(strings.ToLower(s)), " ")
		for _, t := range c.res.Topics {
			if t.ID != except && strings.Join(strings.Fields(strings.ToLower(t.Label)), " ") == key {
				return fmt.Errorf("a topic named %q already exists", t.Label)
			}
		}
		return nil
	}
}

// topicPick is a topic Select that a form validates: its confirm button
// stays disabled until a topic is chosen.
type topicPick struct {
	widget.Select
	onValid func(error)
}

func newTopicPick(names []string) *topicPick {
	p := &topicPick{}
	p.Options = names
	p.PlaceHolder = "Choose a topic"
	p.OnChanged = func(string) {
		if p.onValid != nil {
			p.onValid(p.Validate())
		}
	}
	p.ExtendBaseWidget(p)
	return p
}

// Validate reports whether a topic is chosen.
func (p *topicPick) Validate() error {
	if p.Selected == "" {
		return errors.New("choose a topic")
	}
	return nil
}

// SetOnValidationChanged is called by the form the pick is in.
func (p *topicPick) SetOnValidationChanged(f func(error)) { p.onValid = f }

// showRenameDialog asks for a new label for the selected topic.
func (c *compareView) showRenameDialog() {
	t := c.selected()
	w := c.h.window()
	if t == nil || w == nil {
		return
	}
	id := t.ID
	name := widget.NewEntry()
	name.SetText(t.Label)
	name.Validator = c.labelValidator(id)
	d := dialog.NewForm("Rename topic", "Rename", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Label", name)},
		func(ok bool) {
			if ok {
				c.onRename(id, name.Text)
			}
		}, w)
	name.OnSubmitted = func(string) { d.Submit() } // Enter renames
	// Wide enough for a long label to show whole.
	d.Resize(fyne.NewSize(520, 180))
	d.Show()
	w.Canvas().Focus(name)
}

// showMergeDialog asks which topic the selected topic folds into.
func (c *compareView) showMergeDialog() {
	t := c.selected()
	w := c.h.window()
	if t == nil || w == nil {
		return
	}
	from := t.ID
	names, ids := c.topicChoices(from)
	pick := newTopicPick(names)
	item := widget.NewFormItem("Into", pick)
	item.HintText = "Its passages join that topic; the name of that topic is kept."
	d := dialog.NewForm(fmt.Sprintf("Merge %q", t.Label), "Merge", "Cancel", []*widget.FormItem{item},
		func(ok bool) {
			if ok && pick.Selected != "" {
				c.onMerge(from, ids[pick.Selected])
			}
		}, w)
	d.Resize(fyne.NewSize(560, 220))
	d.Show()
}

// showSplitDialog asks for a name and the passages that move from the
// selected topic into a new one.
func (c *compareView) showSplitDialog() {
	t := c.selected()
	w := c.h.window()
	if t == nil || w == nil || len(t.Passages) == 0 {
		return
	}
	from := t.ID
	passages := append([]compare.Passage(nil), t.Passages...)
	opts := make([]string, len(passages))
	for i, p := range passages {
		opts[i] = present.Cite(c.briefName(p.Brief), p.Paragraph, p.Page) + ": " + present.Clip(p.Text, 90)
	}
	name := widget.NewEntry()
	name.Validator = c.labelValidator("")
	name.SetPlaceHolder("Name of the new topic")
	checks := widget.NewCheckGroup(opts, nil)
	form := []*widget.FormItem{
		widget.NewFormItem("New topic", name),
		widget.NewFormItem("Passages", checks),
	}
	d := dialog.NewForm("Split topic", "Split", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		var chosen []compare.Passage
		for i, o := range opts {
			if slices.Contains(checks.Selected, o) {
				chosen = append(chosen, passages[i])
			}
		}
		c.onSplit(from, name.Text, chosen)
	}, w)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(720, 480))
	d.Show()
	w.Canvas().Focus(name)
}

// showCreateDialog asks for the label and description of a new topic.
func (c *compareView) showCreateDialog() {
	w := c.h.window()
	if w == nil {
		return
	}
	name := widget.NewEntry()
	name.Validator = c.labelValidator("")
	desc := widget.NewMultiLineEntry()
	desc.Wrapping = fyne.TextWrapWord
	desc.SetPlaceHolder("One line on what belongs here (optional)")
	item := widget.NewFormItem("Description", desc)
	item.HintText = "Then right-click passages and choose Move to topic… to fill it."
	d := dialog.NewForm("New topic", "Create", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Label", name), item},
		func(ok bool) {
			if ok {
				c.onCreateTopic(name.Text, desc.Text)
			}
		}, w)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(520, 300))
	d.Show()
	w.Canvas().Focus(name)
}

// showMoveDialog asks which topic passage p goes to; keep files it there
// as well instead of moving it.
func (c *compareView) showMoveDialog(p compare.Passage, from string, keep bool) {
	w := c.h.window()
	if w == nil {
		return
	}
	names, ids := c.topicChoices(from)
	pick := newTopicPick(names)
	title, verb := "Move passage", "Move"
	if keep {
		title, verb = "Also file passage under", "Add"
	}
	quote := widget.NewLabel(present.Cite(c.briefName(p.Brief), p.Paragraph, p.Page) + ": " + present.Clip(p.Text, 160))
	quote.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm(title, verb, "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Passage", quote), widget.NewFormItem("Topic", pick)},
		func(ok bool) {
			if ok && pick.Selected != "" {
				c.onMovePassage(p, from, ids[pick.Selected], keep)
			}
		}, w)
	d.Resize(fyne.NewSize(560, 280))
	d.Show()
}
