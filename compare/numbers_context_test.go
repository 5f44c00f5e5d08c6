package compare

import "testing"

// TestContextsDiffer checks that figures sharing a key but qualifying
// different things are told apart, and that wording alone does not.
func TestContextsDiffer(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want bool
	}{
		{"package for plants vs shipbuilding fund", "The government announced a $5 billion investment package for semiconductor plants.", "Seoul has pledged a $7 billion investment in a new shipbuilding fund.", true},
		{"two workplaces", "Some 4,000 Korean engineers work at shipyards in Alabama.", "About 6,000 Korean engineers work on missile programs.", true},
		{"same fund worded twice", "Seoul has pledged a $7 billion investment in a new shipbuilding fund.", "Korea will put a $9 billion investment into the shipbuilding fund.", false},
		{"one side unqualified", "The government announced a $5 billion investment package for semiconductor plants.", "Korea pledged a $9 billion investment.", false},
		{"a verb after people is not a qualifier", "Around 50,000 U.S. troops serve in Japan today.", "Keep the 54,000 U.S. troops in place.", false},
		{"spending on defense", "Seoul spent 2.8 percent of GDP on defense, a share few allies match.", "Defence spending stands at 3.5% of GDP.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ca := sentenceClaims(newTokenCache(), c.a, -1, 2025)
			cb := sentenceClaims(newTokenCache(), c.b, -1, 2025)
			if len(ca) == 0 || len(cb) == 0 {
				t.Fatalf("no claims: %+v %+v", ca, cb)
			}
			if got := contextsDiffer(ca[0], cb[0]); got != c.want {
				t.Errorf("contextsDiffer = %v, want %v (%v %q / %v %q)", got, c.want, ca[0].context, ca[0].qualifier, cb[0].context, cb[0].qualifier)
			}
		})
	}
}
