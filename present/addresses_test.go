package present_test

import (
	"testing"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/present"
)

func TestAddresses(t *testing.T) {
	r := &compare.Result{Briefs: []*brief.Brief{{ID: "a"}, {ID: "b"}, {ID: "c"}}}
	topic := &compare.Topic{
		ID:       "ships",
		Passages: []compare.Passage{{Brief: "a", Paragraph: 2}},
		// b spends words on the topic without a passage placed under it
		// (a passage moved away by an edit, say); c is silent.
		Coverage: map[string]float64{"a": 0.2, "b": 0.01},
	}
	for _, tc := range []struct {
		id      string
		address bool
	}{
		{"a", true},
		{"b", true},
		{"c", false},
	} {
		t.Run(tc.id, func(t *testing.T) {
			if got := topic.Addresses(tc.id); got != tc.address {
				t.Errorf("Addresses(%s) = %v, want %v", tc.id, got, tc.address)
			}
		})
	}
	if got, want := present.AddressedBy(r, topic), "addressed by 2 of 3 briefs"; got != want {
		t.Errorf("AddressedBy = %q, want %q", got, want)
	}
	one := &compare.Result{Briefs: r.Briefs[:1]}
	if got, want := present.AddressedBy(one, topic), "addressed by 1 of 1 brief"; got != want {
		t.Errorf("AddressedBy = %q, want %q", got, want)
	}
}

// TestAbsence: a brief with no passage under a topic reads "not
// addressed" only when it is silent on it; when passages of it nearly went
// to the topic, the column names them instead.
func TestAbsence(t *testing.T) {
	topic := &compare.Topic{
		ID:       "courts",
		Passages: []compare.Passage{{Brief: "a", Paragraph: 2}},
		Coverage: map[string]float64{"a": 0.2},
		Elsewhere: map[string][]int{
			"one":  {11},
			"four": {3, 8, 20, 41},
		},
	}
	for _, tc := range []struct {
		id, want string
		silent   bool
	}{
		{"silent", present.NotAddressed, true},
		{"one", "no passage here; ¶12 fits it, under other topics", false},
		{"four", "no passage here; ¶4, ¶9, ¶21 and 1 more fit it, under other topics", false},
	} {
		t.Run(tc.id, func(t *testing.T) {
			if got := present.Absence(topic, tc.id); got != tc.want {
				t.Errorf("Absence = %q, want %q", got, tc.want)
			}
			if got := topic.Silent(tc.id); got != tc.silent {
				t.Errorf("Silent = %v, want %v", got, tc.silent)
			}
		})
	}
	if got := present.Absence(topic, "a"); got != "" {
		t.Errorf("Absence for a brief with a passage = %q, want none", got)
	}
	if topic.Silent("a") {
		t.Error("a brief with a passage is silent")
	}
}

func TestCompareWith(t *testing.T) {
	if got := present.CompareWith(nil); got != "" {
		t.Errorf("CompareWith(nil) = %q", got)
	}
	if got := present.CompareWith([]string{"Atlas Council", "Hanbridge Center (line 3)"}); got != "compare with Atlas Council; Hanbridge Center (line 3)" {
		t.Errorf("CompareWith = %q", got)
	}
}
