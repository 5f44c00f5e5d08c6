package brief

import (
	"strings"
	"testing"
)

// FuzzRepeats: for any two texts, containment stays in [0, 1] and is
// symmetric, a text repeats itself, and no two texts each hold the other.
func FuzzRepeats(f *testing.F) {
	f.Add(strings.Join(shipyards, "\n"), strings.Join(spending, "\n"), "txt", "pdf")
	f.Add(strings.Join(shipyards, "\n"), strings.Join(append(append([]string{}, spending...), shipyards...), "\n"), "md", "txt")
	f.Add("", "x", "txt", "txt")
	f.Fuzz(func(t *testing.T, a, b, fa, fb string) {
		ba, bb := briefOf(strings.Split(a, "\n")...), briefOf(strings.Split(b, "\n")...)
		ba.Source.Format, bb.Source.Format = fa, fb
		pa, pb := ba.Fingerprint(), bb.Fingerprint()
		c := pa.Containment(pb)
		if c < 0 || c > 1 || c != pb.Containment(pa) {
			t.Fatalf("containment %v, reverse %v", c, pb.Containment(pa))
		}
		if pa.Holds(pb) && pb.Holds(pa) {
			t.Fatal("each text holds the other")
		}
		if Repeats(ba, bb, pa, pb) != Repeats(bb, ba, pb, pa) {
			t.Fatal("Repeats is not symmetric")
		}
		if pa.shingles > 0 && !Repeats(ba, ba, pa, pa) {
			t.Fatal("a text does not repeat itself")
		}
	})
}
