package importers

import (
	"os"
	"path/filepath"
	"testing"

	"briefbench/brief"
)

// sharedSample returns the path of a real sample brief in ../shared/samples
// (relative to the repository), skipping the test when the samples are not
// there, or failing it when the CI environment variable is set.
func sharedSample(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "samples", name)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("sample %s missing in CI: %v", name, err)
		}
		t.Skipf("sample %s not found (../shared/samples is optional outside CI): %v", name, err)
	}
	return p
}

// wordRecall is the share of the words of a's paragraphs that are found, in
// the same order, in b's paragraphs: the longest common subsequence of the
// two word sequences divided by the number of words in a. Words are compared
// lower-cased, split on anything that is not a letter or digit, so quotes,
// dashes and apostrophes do not matter. Use it to check that two formats of
// one brief kept the same text (a is the .txt version's kept paragraphs).
func wordRecall(a, b []brief.Paragraph) float64 {
	return lcsShare(paragraphWords(a), paragraphWords(b))
}

func paragraphWords(ps []brief.Paragraph) []string {
	var ws []string
	for _, p := range ps {
		ws = append(ws, wordTokens(p.Text)...)
	}
	return ws
}

func TestWordRecall(t *testing.T) {
	para := func(texts ...string) []brief.Paragraph {
		var ps []brief.Paragraph
		for _, s := range texts {
			ps = append(ps, brief.Paragraph{Kind: brief.Body, Text: s})
		}
		return ps
	}
	tests := []struct {
		name string
		a, b []brief.Paragraph
		want float64
	}{
		{"same", para("One two three four."), para("One two", "three four"), 1},
		{"quotes and case", para("The alliance’s “ironclad” ties"), para("the alliance's \"ironclad\" ties"), 1},
		{"half missing", para("one two three four"), para("one two"), 0.5},
		{"order matters", para("one two three four"), para("four three two one"), 0.25},
		{"empty a", nil, para("x"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wordRecall(tt.a, tt.b); got != tt.want {
				t.Errorf("wordRecall = %v, want %v", got, tt.want)
			}
		})
	}
}
