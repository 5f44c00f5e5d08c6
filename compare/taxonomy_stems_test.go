package compare

import (
	"context"
	"strings"
	"testing"

	"briefbench/brief"
)

// TestTaxonomyStemTraps checks that no one-word cue of the default
// taxonomy shares its stem with a common word of another meaning: cues are
// matched on stems, so such a cue would claim every passage using the word.
func TestTaxonomyStemTraps(t *testing.T) {
	tax, err := DefaultTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	cues := map[string]string{} // stem → "topic: cue"
	for _, s := range tax.Topics {
		for _, c := range s.AllCues() {
			c, _, _ = strings.Cut(c, "^")
			if toks := tokenize(c); len(toks) == 1 && !toks[0].Upper {
				cues[toks[0].Stem] = s.ID + ": " + c
			}
		}
	}
	traps := []struct {
		name, word string
	}{
		{"a renewed war is not renewable energy", "renewed"},
		{"important is not imports", "important"},
		{"ready is not readiness", "ready"},
		{"based on is not basing", "based"},
		{"opposite is not the opposition", "opposite"},
		{"progress is not progressives", "progress"},
		{"found is not founding", "found"},
		{"valuable is not values", "valuable"},
		{"destroyed is not destroyers", "destroyed"},
		{"population is not populism", "population"},
		{"conservation is not conservatives", "conservation"},
		{"constitution is not a constituency", "constitution"},
		{"enriching is not enrichment", "enriching"},
	}
	for _, c := range traps {
		t.Run(c.name, func(t *testing.T) {
			st := tokenize(c.word)[0].Stem
			if cue, ok := cues[st]; ok {
				t.Errorf("%q (stem %q) matches the cue %s; write the cue as a phrase", c.word, st, cue)
			}
		})
	}
}

// TestTaxonomyStemTrapPassages runs sentences through the engine and checks
// the topics they land in: a word that only shares a stem with a cue must
// not pull a passage into that topic, while the phrases that replaced such
// cues still work.
func TestTaxonomyStemTrapPassages(t *testing.T) {
	cases := []struct {
		name, text, topic string
		want              bool
	}{
		{"renewed war is not energy", "A renewed war on the peninsula would test every plan the two militaries have drawn up over the past decade.", "energy-climate", false},
		{"renewable energy is energy", "Both governments should pool their money for renewable energy projects and grid upgrades across the region.", "energy-climate", true},
		{"important is not trade", "It is important that the two capitals keep talking about the plan even when the talks become difficult and slow.", "economic-security", false},
		{"based on is not basing", "The plan is based on a careful reading of the record and on interviews with officials who served in both capitals.", "force-posture", false},
		{"military bases are basing", "The military bases near the coast host thousands of American troops and their families on long tours.", "force-posture", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := &brief.Brief{ID: "x", Paragraphs: []brief.Paragraph{{Index: 0, Kind: brief.Body, Text: c.text}}}
			res, err := Run(context.Background(), []*brief.Brief{b}, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, tp := range res.Topics {
				if tp.ID == c.topic && len(tp.Passages) > 0 {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("passage in %s = %v, want %v", c.topic, got, c.want)
			}
		})
	}
}
