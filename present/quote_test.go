package present_test

import (
	"slices"
	"strings"
	"testing"

	"briefbench/present"
)

func TestLead(t *testing.T) {
	long := strings.Repeat("word ", present.QuoteWords+5) + "end."
	for _, tc := range []struct{ name, text, want string }{
		{"one sentence", "Korea builds ships.", "Korea builds ships."},
		{"two sentences", "Korea builds ships. America needs them.", "Korea builds ships."},
		{"abbreviation U.S.", "Korean yards repair U.S. Navy ships. They are fast.", "Korean yards repair U.S. Navy ships."},
		{"title Dr.", "As Dr. Kim argues, exports matter. Next.", "As Dr. Kim argues, exports matter."},
		{"question", "Who pays? Seoul does.", "Who pays?"},
		{"no capital after stop", "It rose to 2.8 percent. and more", "It rose to 2.8 percent. and more"},
		{"footnote mark stays with its sentence", "Spending rose in 2023.4 Next year it falls.", "Spending rose in 2023.4"},
		{"surrounding space trimmed", "  Ships first.  ", "Ships first."},
		{"empty", "", ""},
		{"long sentence cut", long, strings.TrimSpace(strings.Repeat("word ", present.QuoteWords)) + " …"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := present.Lead(tc.text); got != tc.want {
				t.Errorf("Lead = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	got := present.Sentences("Korean yards repair U.S. Navy ships. Who pays? Seoul does, at 2.8 percent.")
	want := []string{"Korean yards repair U.S. Navy ships.", "Who pays?", "Seoul does, at 2.8 percent."}
	if !slices.Equal(got, want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		n       int
		want    string
	}{
		{"short", "Ships first", 32, "Ships first"},
		{"at a word", "Shipyards on both coasts and the money", 20, "Shipyards on both…"},
		{"no space in the second half", "Shipyardsonbothcoasts", 10, "Shipyardso…"},
		{"runes, not bytes", "Séoul Séoul Séoul", 13, "Séoul Séoul…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := present.Clip(tc.s, tc.n); got != tc.want {
				t.Errorf("Clip(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
			}
		})
	}
}
