package present_test

import (
	"testing"

	"briefbench/present"
)

func TestCite(t *testing.T) {
	for _, tc := range []struct {
		name                       string
		brief                      string
		paragraph, sentence, page  int
		where, whereSentence, cite string
	}{
		{"first paragraph, no page", "Meridian", 0, 0, 0, "¶1", "¶1", "Meridian ¶1"},
		{"with page", "Meridian", 6, 0, 3, "¶7, p. 3", "¶7, p. 3", "Meridian ¶7, p. 3"},
		{"sentence of a split paragraph", "Han River Policy Forum", 1, 2, 4, "¶2, p. 4", "¶2 (sentence 2), p. 4", "Han River Policy Forum ¶2, p. 4"},
		{"silent brief cites no paragraph", "Atlas", -1, 0, 0, "¶0", "¶0", "Atlas"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := present.Where(tc.paragraph, tc.page); got != tc.where {
				t.Errorf("Where = %q, want %q", got, tc.where)
			}
			if got := present.WhereSentence(tc.paragraph, tc.sentence, tc.page); got != tc.whereSentence {
				t.Errorf("WhereSentence = %q, want %q", got, tc.whereSentence)
			}
			if got := present.Cite(tc.brief, tc.paragraph, tc.page); got != tc.cite {
				t.Errorf("Cite = %q, want %q", got, tc.cite)
			}
		})
	}
}
