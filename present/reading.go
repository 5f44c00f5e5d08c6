package present

import "strings"

// CompareWith phrases the other briefs whose passages sit on the same point
// as a passage in a topic's reading (compare.Topic.Reading), e.g. "compare
// with Atlas Council; Hanbridge Center (line 3)". It says compare, never
// agree: passages on one point may disagree.
func CompareWith(others []string) string {
	if len(others) == 0 {
		return ""
	}
	return "compare with " + strings.Join(others, "; ")
}
