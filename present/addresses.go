package present

import (
	"strconv"

	"briefbench/compare"
)

// NotAddressed marks a brief that does not address a topic at all
// (compare.Topic.Addresses is false), read the same in the app and the
// workbook.
const NotAddressed = "not addressed"

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
