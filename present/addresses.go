package present

import (
	"strconv"

	"briefbench/compare"
)

// Phrases for a brief's silence, read the same in the app and the workbook.
const (
	// NotAddressed marks a brief that does not address a topic at all
	// (compare.Topic.Addresses is false).
	NotAddressed = "not addressed"
	// NoMatch marks an empty cell in a side-by-side row of a topic the
	// brief does address elsewhere.
	NoMatch = "no matching passage"
)

// Silence phrases an empty side-by-side cell of brief id under topic t:
// NotAddressed when the brief is silent on the whole topic, else NoMatch.
func Silence(t *compare.Topic, id string) string {
	if t.Addresses(id) {
		return NoMatch
	}
	return NotAddressed
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
