package brief

import "testing"

func TestPrintable(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Hanbit Center: Shipyards – 2025", "Hanbit Center: Shipyards – 2025"},
		{"newline in a file name", "memo\nbriefbench compare: all fine.md", `memo\nbriefbench compare: all fine.md`},
		{"carriage return and escape", "a\rb\x1b[31mred", `a\rb\x1b[31mred`},
		{"bidi override", "report\u202etxt.exe", `report\u202etxt.exe`},
		{"not UTF-8", "caf\xe9.txt", `caf\xe9.txt`},
		{"Hangul and emoji stay", "아산 👍🏽", "아산 👍🏽"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Printable(tc.in); got != tc.want {
				t.Errorf("Printable(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
