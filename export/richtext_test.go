package export

import (
	"testing"
)

func TestLineCount(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64
		want  int
	}{
		{"short", "abc", 40, 1},
		{"two lines by newline", "abc\ndef", 40, 2},
		{"wraps", string(make([]byte, 120)), 40, 3},
		{"empty line counts", "a\n\nb", 40, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := lineCount(tc.text, tc.width); got != tc.want {
				t.Errorf("lineCount = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestThousands(t *testing.T) {
	for in, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := thousands(in); got != want {
			t.Errorf("thousands(%d) = %q, want %q", in, got, want)
		}
	}
}
