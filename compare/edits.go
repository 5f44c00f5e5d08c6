package compare

import (
	"fmt"
	"maps"
	"slices"

	"briefbench/brief"
)

// member is a passage placed in a topic under construction.
type member struct {
	unit  int // index into engine.units
	score float64
	terms []string
}

// topicBuild is a topic before alignment.
type topicBuild struct {
	id, label, description string
	origin                 Origin
	members                []member
	note                   string
	near                   []int // units that fit the topic but sit elsewhere (Topic.Elsewhere)
}

// applyEdits re-applies an analyst's edits to freshly computed topics, in a
// fixed order: created topics, merges, splits, moves, removes, renames,
// notes. Edits name passages by brief ID and paragraph index and topics by
// ID, so they survive re-runs; an edit that no longer applies (its topic or
// passage is gone) is skipped and reported in the returned warnings.
// A paragraph split into sentence runs moves as a whole.
func (e *engine) applyEdits(ts []topicBuild, ed Edits) ([]topicBuild, []string) {
	var warn []string
	find := func(id string) int {
		return slices.IndexFunc(ts, func(t topicBuild) bool { return t.id == id })
	}
	briefIdx := map[string]int{}
	for i, b := range e.briefs {
		briefIdx[b.ID] = i
	}
	// take removes the members of topic t from paragraph m and returns them.
	take := func(t int, m Move) []member {
		bi, ok := briefIdx[m.Brief]
		if !ok {
			return nil
		}
		var got []member
		ts[t].members = slices.DeleteFunc(ts[t].members, func(x member) bool {
			u := &e.units[x.unit]
			if u.brief == bi && u.para == m.Paragraph {
				got = append(got, x)
				return true
			}
			return false
		})
		return got
	}
	put := func(t int, ms []member) {
		for _, m := range ms {
			if !slices.ContainsFunc(ts[t].members, func(x member) bool { return x.unit == m.unit }) {
				ts[t].members = append(ts[t].members, m)
			}
		}
	}
	for _, c := range ed.Created {
		if c.ID == "" || find(c.ID) >= 0 {
			warn = append(warn, fmt.Sprintf("created topic %q: id empty or already used", c.ID))
			continue
		}
		label := c.Label
		if label == "" {
			label = c.ID
		}
		ts = append(ts, topicBuild{id: c.ID, label: label, description: c.Description, origin: FromUser})
	}
	for _, g := range ed.Merges {
		if len(g) < 2 {
			continue
		}
		into := find(g[0])
		if into < 0 {
			warn = append(warn, fmt.Sprintf("merge into %q: no such topic", g[0]))
			continue
		}
		for _, id := range g[1:] {
			from := find(id)
			if from < 0 || from == into {
				warn = append(warn, fmt.Sprintf("merge of %q into %q: no such topic", id, g[0]))
				continue
			}
			put(into, ts[from].members)
			ts[into].near = append(ts[into].near, ts[from].near...)
			ts = slices.Delete(ts, from, from+1)
			into = find(g[0])
		}
	}
	for _, s := range ed.Splits {
		from := find(s.From)
		if from < 0 {
			warn = append(warn, fmt.Sprintf("split of %q: no such topic", s.From))
			continue
		}
		to := find(s.To)
		if to < 0 {
			label := s.Label
			if label == "" {
				label = s.To
			}
			ts = append(ts, topicBuild{id: s.To, label: label, origin: FromUser})
			to = len(ts) - 1
		}
		for _, m := range s.Passages {
			got := take(from, m)
			if len(got) == 0 {
				warn = append(warn, fmt.Sprintf("split of %q: %s ¶%d is not in it", s.From, m.Brief, m.Paragraph+1))
			}
			put(to, got)
		}
	}
	for _, m := range ed.Moves {
		to := find(m.To)
		if to < 0 {
			warn = append(warn, fmt.Sprintf("move of %s ¶%d: no topic %q", m.Brief, m.Paragraph+1, m.To))
			continue
		}
		var got []member
		if m.From != "" {
			if from := find(m.From); from >= 0 {
				got = take(from, m)
			}
		}
		if len(got) == 0 {
			got = e.paragraphMembers(m)
		}
		if len(got) == 0 {
			warn = append(warn, fmt.Sprintf("move of %s ¶%d: no such paragraph", m.Brief, m.Paragraph+1))
		}
		put(to, got)
	}
	for _, m := range ed.Removes {
		id := m.From
		if id == "" {
			id = m.To
		}
		t := find(id)
		if t < 0 || len(take(t, m)) == 0 {
			warn = append(warn, fmt.Sprintf("remove of %s ¶%d from %q: not there", m.Brief, m.Paragraph+1, id))
		}
	}
	for _, id := range slices.Sorted(maps.Keys(ed.Renames)) {
		if t := find(id); t >= 0 {
			ts[t].label = ed.Renames[id]
		} else {
			warn = append(warn, fmt.Sprintf("rename of %q: no such topic", id))
		}
	}
	for _, id := range slices.Sorted(maps.Keys(ed.Notes)) {
		if t := find(id); t >= 0 {
			ts[t].note = ed.Notes[id]
		} else {
			warn = append(warn, fmt.Sprintf("note on %q: no such topic", id))
		}
	}
	return ts, warn
}

// paragraphMembers returns members for a paragraph placed by hand: its
// passage units if it has any, else a new unit for the whole paragraph
// (which may be one the engine skipped, such as a short line).
func (e *engine) paragraphMembers(m Move) []member {
	bi := slices.IndexFunc(e.briefs, func(b *brief.Brief) bool { return b.ID == m.Brief })
	if bi < 0 || m.Paragraph < 0 || m.Paragraph >= len(e.briefs[bi].Paragraphs) {
		return nil
	}
	var out []member
	for i := range e.units {
		if e.units[i].brief == bi && e.units[i].para == m.Paragraph {
			out = append(out, member{unit: i, score: 1})
		}
	}
	if len(out) > 0 {
		return out
	}
	text := e.briefs[bi].Paragraphs[m.Paragraph].Text
	toks := tokenize(text)
	b := e.lx.featurize(toks, nil)
	e.units = append(e.units, unit{brief: bi, para: m.Paragraph, end: len(text), words: brief.WordCount(text), length: b.length, tf: e.lx.vocab.intern(b)})
	return []member{{unit: len(e.units) - 1, score: 1}}
}
