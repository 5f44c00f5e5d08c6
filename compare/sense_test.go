package compare_test

import (
	"context"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
)

// TestCueSense: one cue word in another sense does not place a passage in
// a pack topic, even with the pack forced; the word with a second cue does.
func TestCueSense(t *testing.T) {
	tax, err := compare.PackTaxonomy("alliance")
	if err != nil {
		t.Fatal(err)
	}
	bs := []*brief.Brief{
		describedBrief("a",
			"We will release the energies of the British people by cutting red tape for small firms and shops.",
			"Every newcomer should gain a good command of English within two years of arriving in the country."),
		describedBrief("b",
			"The allies should agree a plan for energy security, with more LNG terminals and a shared reserve of gas.",
			"Wartime operational control should pass to the combined command in Seoul before the decade ends."),
	}
	opts := compare.DefaultOptions()
	opts.Taxonomy = tax
	res, err := compare.Run(context.Background(), bs, opts)
	if err != nil {
		t.Fatal(err)
	}
	in := func(id, b string, para int) bool {
		tp := res.Topic(id)
		if tp == nil {
			return false
		}
		for _, p := range tp.Passages {
			if p.Brief == b && p.Paragraph == para {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name, topic, brief string
		para               int
		want               bool
	}{
		{"energies of a people", "energy-climate", "a", 0, false},
		{"command of English", "command", "a", 1, false},
		{"energy security", "energy-climate", "b", 0, true},
		{"combined command", "command", "b", 1, true},
	} {
		if got := in(c.topic, c.brief, c.para); got != c.want {
			t.Errorf("%s: in %s = %v, want %v", c.name, c.topic, got, c.want)
		}
	}
}
