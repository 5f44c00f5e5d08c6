package text_test

import (
	"slices"
	"testing"

	"briefbench/text"
)

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Korea builds ships. America needs them.", []string{"Korea builds ships.", "America needs them."}},
		{"abbreviation and acronym", "Dr. Kim met U.S. officials. They agreed.", []string{"Dr. Kim met U.S. officials.", "They agreed."}},
		{"initial", "J. Park wrote it. Others read it.", []string{"J. Park wrote it.", "Others read it."}},
		{"decimal", "It rose to 2.8 percent. Then it fell.", []string{"It rose to 2.8 percent.", "Then it fell."}},
		{"lower case after stop", "It rose. and more", []string{"It rose. and more"}},
		{"closing quote", "He said “never.” Then he left.", []string{"He said “never.”", "Then he left."}},
		{"question and exclamation", "Who pays? Seoul does! Fine.", []string{"Who pays?", "Seoul does!", "Fine."}},
		{"footnote mark", "Spending rose in 2023.4 Next year it falls.", []string{"Spending rose in 2023.4", "Next year it falls."}},
		{"space trimmed", "  One.   Two.  ", []string{"One.", "Two."}},
		{"empty", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, sp := range text.Sentences(tc.in) {
				got = append(got, tc.in[sp.Start:sp.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSentencesNote(t *testing.T) {
	s := "Spending rose in 2023.4 Next year it falls."
	sp := text.Sentences(s)
	if len(sp) == 0 || sp[0].Note == 0 || s[sp[0].Note:sp[0].End] != "4" {
		t.Errorf("footnote mark not recorded: %+v", sp)
	}
}
