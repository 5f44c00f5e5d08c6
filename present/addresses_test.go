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

func TestCompareWith(t *testing.T) {
	if got := present.CompareWith(nil); got != "" {
		t.Errorf("CompareWith(nil) = %q", got)
	}
	if got := present.CompareWith([]string{"Atlas Council", "Hanbridge Center (line 3)"}); got != "compare with Atlas Council; Hanbridge Center (line 3)" {
		t.Errorf("CompareWith = %q", got)
	}
}
