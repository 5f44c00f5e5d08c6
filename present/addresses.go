package present

import (
	"strconv"
	"strings"

	"briefbench/compare"
)

// NotAddressed marks a brief that is silent on a topic
// (compare.Topic.Silent), read the same in the app, the workbook and the
// memo.
const NotAddressed = "not addressed"

// Absence says why brief id has no passage under topic t: NotAddressed
// when it is silent on it, else where its passages that fit the topic
// sit, e.g. "no passage here; ¶12, ¶40 fit it, under other topics"; ""
// for a brief that addresses the topic.
func Absence(t *compare.Topic, id string) string {
	if t.Silent(id) {
		return NotAddressed
	}
	ps := t.Elsewhere[id]
	if t.Addresses(id) || len(ps) == 0 {
		return ""
	}
	var where []string
	for _, p := range ps[:min(len(ps), absenceShown)] {
		where = append(where, Where(p, 0))
	}
	s := strings.Join(where, ", ")
	if len(ps) > absenceShown {
		s += " and " + strconv.Itoa(len(ps)-absenceShown) + " more"
	}
	verb := " fit"
	if len(ps) == 1 {
		verb = " fits"
	}
	return "no passage here; " + s + verb + " it, under other topics"
}

// absenceShown is how many paragraphs Absence names.
const absenceShown = 3

// Unassigned tags a passage no topic fits (compare.Result.Unassigned),
// read the same in the full text, the search and the Library.
const Unassigned = "unassigned: no topic fits"

// UnassignedCount phrases how many passages of a brief no topic fits, e.g.
// "3 passages unassigned"; empty when there are none.
func UnassignedCount(n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return "1 passage unassigned"
	}
	return strconv.Itoa(n) + " passages unassigned"
}

// AddressedBy phrases how many briefs address topic t, e.g. "addressed by 2
// of 3 briefs".
func AddressedBy(r *compare.Result, t *compare.Topic) string {
	n := len(r.Briefs)
	noun := " briefs"
	if n == 1 {
		noun = " brief"
	}
	return "addressed by " + strconv.Itoa(r.Addressing(t)) + " of " + strconv.Itoa(n) + noun
}
