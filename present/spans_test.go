package present_test

import (
	"slices"
	"testing"

	"briefbench/present"
)

// marked is a span as the text it marks, for readable cases.
type marked struct {
	text string
	mark present.Mark
}

func TestSpans(t *testing.T) {
	const (
		term     = present.Term
		conflict = present.Conflict
	)
	for _, tc := range []struct {
		name           string
		text           string
		terms, numbers []string
		want           []marked
	}{
		{"nothing to mark", "Plain words.", nil, nil, nil},
		{
			"term case-insensitive", "Export freedom matters; export freedom wins.",
			[]string{"export freedom"},
			nil,
			[]marked{{"Export freedom", term}, {"export freedom", term}},
		},
		{"stem extends to word end", "Self-reliance first.", []string{"self-relian"}, nil, []marked{{"Self-reliance", term}}},
		{"term only at word start", "Reexport is not export.", []string{"export"}, nil, []marked{{"export", term}}},
		{"term padded with spaces", "Ships sail.", []string{" ships "}, nil, []marked{{"Ships", term}}},
		{
			"number not inside a longer number", "In 2027, not 12027 or 20270.", nil,
			[]string{"2027"},
			[]marked{{"2027", conflict}},
		},
		{
			"number not the start of a decimal or a thousands group", "Spend 3.5 or 3,000 or 3 percent.", nil,
			[]string{"3"},
			[]marked{{"3", conflict}},
		},
		{"number not after a decimal point", "It rose to 12.8%.", nil, []string{"8%"}, nil},
		{"number before a full stop", "The target is 2030.", nil, []string{"2030"}, []marked{{"2030", conflict}}},
		{
			"number wins over term", "about 20 ships",
			[]string{"about"},
			[]string{"about 20"},
			[]marked{{"about 20", conflict}},
		},
		{"non-ASCII text", "Séoul’s “self-reliance”", []string{"self-reliance"}, nil, []marked{{"self-reliance", term}}},
		{
			"case folding that changes byte length", "İstanbul and ISTANBUL",
			[]string{"istanbul"},
			nil,
			[]marked{{"İstanbul", term}, {"ISTANBUL", term}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []marked
			end := 0
			for _, sp := range present.Spans(tc.text, tc.terms, tc.numbers) {
				if sp.Start < end || sp.End <= sp.Start {
					t.Fatalf("span %+v overlaps or is empty (previous ended at %d)", sp, end)
				}
				end = sp.End
				got = append(got, marked{tc.text[sp.Start:sp.End], sp.Mark})
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Spans = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFoldFind(t *testing.T) {
	// "İ" (2 bytes) lower-cases to "i" (1 byte): offsets must still point
	// into the original text.
	text := "İstanbul and ISTANBUL"
	var got []string
	for _, m := range present.Fold(text).Find("istanbul") {
		got = append(got, text[m[0]:m[1]])
	}
	if want := []string{"İstanbul", "ISTANBUL"}; !slices.Equal(got, want) {
		t.Errorf("found %q, want %q", got, want)
	}
}
