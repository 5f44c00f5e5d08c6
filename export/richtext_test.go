package export

import (
	"reflect"
	"testing"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		name           string
		text           string
		terms, numbers []string
		want           []span
	}{
		{"nothing to mark", "Plain words.", nil, nil, []span{{"Plain words.", plain}}},
		{
			"term case-insensitive", "Export freedom matters; export freedom wins.",
			[]string{"export freedom"},
			nil,
			[]span{{"Export freedom", term}, {" matters; ", plain}, {"export freedom", term}, {" wins.", plain}},
		},
		{"stem extends to word end", "Self-reliance first.", []string{"self-relian"}, nil, []span{{"Self-reliance", term}, {" first.", plain}}},
		{"term only at word start", "Reexport is not export.", []string{"export"}, nil, []span{{"Reexport is not ", plain}, {"export", term}, {".", plain}}},
		{
			"number not inside a longer number", "In 2027, not 12027 or 20270.", nil,
			[]string{"2027"},
			[]span{{"In ", plain}, {"2027", conflict}, {", not 12027 or 20270.", plain}},
		},
		{
			"number wins over term", "about 20 ships",
			[]string{"about"},
			[]string{"about 20"},
			[]span{{"about 20", conflict}, {" ships", plain}},
		},
		{"non-ASCII text", "Séoul’s “self-reliance”", []string{"self-reliance"}, nil, []span{{"Séoul’s “", plain}, {"self-reliance", term}, {"”", plain}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := spans(tc.text, tc.terms, tc.numbers); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("spans = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"one sentence", "Korea builds ships.", "Korea builds ships."},
		{"two sentences", "Korea builds ships. America needs them.", "Korea builds ships."},
		{"abbreviation U.S.", "Korean yards repair U.S. Navy ships. They are fast.", "Korean yards repair U.S. Navy ships."},
		{"title Dr.", "As Dr. Kim argues, exports matter. Next.", "As Dr. Kim argues, exports matter."},
		{"question", "Who pays? Seoul does.", "Who pays?"},
		{"no capital after stop", "It rose to 2.8 percent. and more", "It rose to 2.8 percent. and more"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := firstSentence(tc.text); got != tc.want {
				t.Errorf("firstSentence = %q, want %q", got, tc.want)
			}
		})
	}
}

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

func TestSentences(t *testing.T) {
	got := sentences("Korean yards repair U.S. Navy ships. Who pays? Seoul does, at 2.8 percent.")
	want := []string{"Korean yards repair U.S. Navy ships.", "Who pays?", "Seoul does, at 2.8 percent."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
