package present

import (
	"strconv"

	"briefbench/compare"
)

// NotAddressed marks a brief that does not address a topic at all
// (compare.Topic.Addresses is false), read the same in the app and the
// workbook.
const NotAddressed = "not addressed"

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
