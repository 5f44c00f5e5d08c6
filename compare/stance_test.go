package compare

import (
	"slices"
	"strings"
	"testing"

	"briefbench/brief"
)

// TestRowAgreementStance checks that an aligned row is called an agreement
// only when its passages point the same way and share specific terms. Each
// case first checks that the row's wording alone would make an agreement
// (no stance), so a rejection is the stance check's doing.
func TestRowAgreementStance(t *testing.T) {
	cases := []struct {
		name   string
		topic  string
		texts  []string // one passage per brief
		want   []string // briefs of the agreement; nil: none
		noAxes bool     // no pack fits: the reader has no axes
	}{
		{
			name:  "same recommendation, specific terms",
			topic: "shipbuilding",
			texts: []string{
				"Seoul should open its graving docks to American supply ships and fleet oilers within two years.",
				"The allies should open the graving docks in the south to American supply ships and oilers soon.",
				"Graving docks in the south could take American supply ships and oilers that now wait for months.",
			},
			want: []string{"a", "b", "c"},
		},
		{
			name:  "opposite poles of an axis",
			topic: "force-posture",
			texts: []string{
				"We reject strategic flexibility for the American forces in Korea, which should stay tied to the defense of the peninsula.",
				"The American forces in Korea should be reshaped for strategic flexibility, ready to deploy beyond the peninsula across the wider region.",
				"The American forces in Korea should keep their ground units in Korea and stay tied to the defense of the peninsula.",
			},
		},
		{
			name:  "should and should not",
			topic: "shipbuilding",
			texts: []string{
				"Seoul should sign the graving dock leasing pact with the Navy and let its yards take fleet oilers this year.",
				"Seoul should not sign the graving dock leasing pact with the Navy, nor let its yards take fleet oilers this year.",
				"Seoul should sign the graving dock leasing pact with the Navy and let its yards take fleet oilers before summer.",
				"Seoul should sign the graving dock leasing pact with the Navy so its yards can take fleet oilers soon.",
			},
			want: []string{"a", "c", "d"},
		},
		{
			name:  "different numbers for one quantity",
			topic: "shipbuilding",
			texts: []string{
				"The leasing pact should pay for 12 graving docks at the southern yards that repair fleet oilers.",
				"The leasing pact should pay for 12 graving docks at the southern yards to repair fleet oilers.",
				"The leasing pact should pay for 30 graving docks at the southern yards to repair fleet oilers.",
				"The leasing pact should pay for 12 graving docks at the southern yards, where fleet oilers are repaired.",
			},
			want: []string{"a", "b", "d"},
		},
		{
			name:  "only generic, place and topic words in common",
			topic: "force-posture",
			texts: []string{
				"Korea and the United States should keep American troops and forces strong for the defense of the alliance.",
				"The alliance needs American troops and Korean forces that are strong enough for the defense of Korea.",
				"American troops and forces in Korea remain strong, and the United States values the defense of the alliance.",
			},
		},
	}
	cases = append(cases, []struct {
		name   string
		topic  string
		texts  []string
		want   []string
		noAxes bool
	}{
		{
			name:  "no axes: the same words for opposite policies",
			topic: "shipbuilding",
			texts: []string{
				"We will keep the assisted places scheme for able pupils from poorer homes in every county.",
				"We will phase out the assisted places scheme for able pupils and spend the money on smaller classes.",
				"The assisted places scheme will be widened to more able pupils from poorer homes next year.",
			},
			noAxes: true,
		},
		{
			name:  "no axes: one recommendation",
			topic: "shipbuilding",
			texts: []string{
				"Every primary pupil should get free school meals at lunchtime, paid for from the national budget.",
				"Councils should give free school meals at lunchtime to every primary pupil from next year.",
				"Ministers must give free school meals at lunchtime to every primary pupil, whatever the family earns.",
			},
			want:   []string{"a", "b", "c"},
			noAxes: true,
		},
	}...)
	tax, err := DefaultTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	specs, err := DefaultAxes()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var briefs []*brief.Brief
			tp := &Topic{ID: c.topic, Label: tax.Topic(c.topic).Label}
			row := Row{}
			var toks [][]token
			for i, text := range c.texts {
				id := string(rune('a' + i))
				briefs = append(briefs, &brief.Brief{ID: id, Paragraphs: []brief.Paragraph{{Index: 0, Kind: brief.Body, Text: text}}})
				tp.Passages = append(tp.Passages, Passage{Brief: id, Text: text})
				row[id] = &i
				toks = append(toks, tokenize(text))
			}
			tp.Rows = []Row{row}
			need := min(3, len(briefs))
			var scratch []int
			if d := rowAgreement(tp, row, toks, briefs, nil, need, &scratch); d == nil {
				t.Fatal("the row's wording alone makes no agreement; the case tests nothing")
			}
			axes := specs
			if c.noAxes {
				axes = nil
			}
			st := newStance(tax, axes, mustClaims(briefs, 1))
			d := rowAgreement(tp, row, toks, briefs, st, need, &scratch)
			var got []string
			if d != nil {
				for _, it := range d.Items {
					got = append(got, it.Brief)
				}
			}
			if !slices.Equal(got, c.want) {
				summary := ""
				if d != nil {
					summary = strings.Join(d.Terms, ", ")
				}
				t.Errorf("agreement among %v, want %v (%s)", got, c.want, summary)
			}
		})
	}
}
