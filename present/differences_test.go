package present

import "testing"

func TestCapped(t *testing.T) {
	cases := []struct {
		name string
		in   []string
		want string
	}{
		{"one", []string{"A"}, "A"},
		{"two", []string{"A", "B"}, "A and B"},
		{"three", []string{"A", "B", "C"}, "A, B and C"},
		{"many", []string{"A", "B", "C", "D", "E", "F"}, "A, B, C, D and 2 others"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := capped(c.in); got != c.want {
				t.Errorf("capped = %q, want %q", got, c.want)
			}
		})
	}
}
