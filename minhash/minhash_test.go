package minhash

import (
	"hash/fnv"
	"math"
	"testing"
)

func TestHashIsFNV1a(t *testing.T) {
	for _, s := range []string{"", "alliance", "한미 동맹"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if got, want := Hash(s), h.Sum64(); got != want {
			t.Errorf("Hash(%q) = %x, want %x", s, got, want)
		}
	}
}

// TestSameEstimatesJaccard: sets with a known Jaccard similarity get an
// estimate within a few standard errors, and identical sets are the same
// everywhere.
func TestSameEstimatesJaccard(t *testing.T) {
	cases := []struct {
		name         string
		shared, only int // values in both sets; in each set only
	}{
		{"identical", 200, 0},
		{"half", 100, 50},
		{"disjoint", 0, 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := New(MaxSize), New(MaxSize)
			for i := range c.shared {
				a.Add(Hash(string(rune('a'+i%26)) + string(rune(i))))
				b.Add(Hash(string(rune('a'+i%26)) + string(rune(i))))
			}
			for i := range c.only {
				a.Add(Hash("a-only" + string(rune(i))))
				b.Add(Hash("b-only" + string(rune(i))))
			}
			want := float64(c.shared) / float64(c.shared+2*c.only)
			got := float64(a.Same(b)) / MaxSize
			if se := math.Sqrt(want * (1 - want) / MaxSize); math.Abs(got-want) > 4*se+1e-9 {
				t.Errorf("estimate %.3f, want %.3f ± %.3f", got, want, 4*se)
			}
		})
	}
}
