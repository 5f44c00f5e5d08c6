package export

import (
	"errors"
	"fmt"
	"strings"

	"briefbench/compare"
)

// ErrInvalid means a comparison JSON parses but does not hold together: a
// null brief, a passage of a brief that is not there, a row pointing past
// the passages. The error lists what is wrong.
var ErrInvalid = errors.New("not a usable comparison")

// maxProblems is how many problems an ErrInvalid error lists.
const maxProblems = 5

// check reports what in r the writers cannot use, so that a damaged or
// hand-edited comparison JSON gets a clear error instead of a crash.
func check(r *compare.Result) error {
	var probs []string
	add := func(format string, args ...any) {
		probs = append(probs, fmt.Sprintf(format, args...))
	}
	ids := map[string]bool{}
	for i, b := range r.Briefs {
		switch {
		case b == nil:
			add("briefs[%d] is null", i)
		case b.ID == "":
			add("briefs[%d] has no id", i)
		case ids[b.ID]:
			add("briefs[%d]: id %q is used twice", i, b.ID)
		default:
			ids[b.ID] = true
		}
	}
	known := func(where, id string) {
		if !ids[id] {
			add("%s names brief %q, which is not among the briefs", where, id)
		}
	}
	for i, t := range r.Topics {
		for j, p := range t.Passages {
			known(fmt.Sprintf("topics[%d].passages[%d]", i, j), p.Brief)
		}
		for j, row := range t.Rows {
			for id, k := range row {
				if k != nil && (*k < 0 || *k >= len(t.Passages)) {
					add("topics[%d].rows[%d][%q] points to passage %d of %d", i, j, id, *k, len(t.Passages))
				}
			}
		}
	}
	for i, c := range r.Numbers {
		known(fmt.Sprintf("numbers[%d]", i), c.Brief)
	}
	for i, d := range r.Differences {
		for j, it := range d.Items {
			known(fmt.Sprintf("differences[%d].items[%d]", i, j), it.Brief)
		}
	}
	if len(probs) == 0 {
		return nil
	}
	more := ""
	if len(probs) > maxProblems {
		more = fmt.Sprintf("; and %d more", len(probs)-maxProblems)
		probs = probs[:maxProblems]
	}
	return fmt.Errorf("%w: %s%s", ErrInvalid, strings.Join(probs, "; "), more)
}
