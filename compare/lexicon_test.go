package compare

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultLexicon(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if l.home != "Korea" || !l.entities["US"] || l.canonWords["seoul"] != "Korea" || l.canonStems["defens"] != "defense" {
		t.Errorf("default lexicon lacks its actors or measures: home %q", l.home)
	}
	if !l.heads["spending"] || !l.peopleHeads["troops"] || l.pairCanon[[2]string{"defense", "exports"}] != "arms" {
		t.Error("default lexicon lacks its heads or pairs")
	}
	if len(l.generic) == 0 || len(l.demonyms) == 0 {
		t.Error("default lexicon lacks generic words or demonyms")
	}
}

func TestParseLexiconErrors(t *testing.T) {
	cases := []struct {
		name, yaml, want string
	}{
		{"unknown field", "home: Korea\nactors:\n  Korea: [korea]\nheds: [x]\n", "lex.yaml: invalid lexicon: yaml: unmarshal errors:\n  line 4"},
		{"pair of two words", "actors:\n  Korea: [korea]\nheads: [exports]\npairs:\n  - [defense, exports]\n", "lex.yaml:5: a pair is a list of three words"},
		{"home not an actor", "home: Mars\nactors:\n  Korea: [korea]\n", `lex.yaml: home "Mars" is not one of the actors`},
		{"people not a head", "people: [troops]\n", `lex.yaml: people head "troops" is not among the heads`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseLexicon([]byte(c.yaml), "lex.yaml")
			if err == nil || !errors.Is(err, ErrLexicon) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one containing %q", err, c.want)
			}
		})
	}
}

// withLexicon runs the readers with l as the domain lexicon for the rest
// of the test (the tables are package state set from the default pack).
func withLexicon(t *testing.T, l *Lexicon) {
	t.Helper()
	old := domain
	set := func(l *Lexicon) {
		domain = l
		canonWords, canonStems, heads, entities = l.canonWords, l.canonStems, l.heads, l.entities
		peopleHeads, domainMods, pairCanon, phraseCanon = l.peopleHeads, l.domainMods, l.pairCanon, l.phraseCanon
	}
	set(l)
	t.Cleanup(func() { set(old) })
}

// TestEmptyLexicon: a pack without lexicon.yaml gives an empty lexicon,
// and the number and position readers run with it.
func TestEmptyLexicon(t *testing.T) {
	l, err := PackLexicon("no-such-pack")
	if err != nil {
		t.Fatalf("a pack without a lexicon: %v", err)
	}
	if len(l.entities) != 0 || len(l.heads) != 0 || l.home != "" {
		t.Fatalf("empty lexicon has entries: %+v", l)
	}
	withLexicon(t, l)
	cs := sentenceClaims(newTokenCache(), "Defence spending stands at 3.5% of GDP, and 28,500 U.S. troops serve in Korea; the fund holds 1.4 trillion Korean won.", -1, 2025)
	if len(cs) == 0 {
		t.Fatal("no claims read without a lexicon")
	}
	for _, c := range cs {
		if c.Key.Subject != "" {
			t.Errorf("a subject without actors: %+v", c.Key)
		}
	}
	specs, err := DefaultAxes()
	if err != nil {
		t.Fatal(err)
	}
	toks := tokenize("Seoul should keep its forces focused on the defense of the peninsula.")
	marks := contrastMarks("Seoul should keep its forces focused on the defense of the peninsula.", toks, plain, "")
	if _, ok := compileAxis(specs[1]).read("Seoul should keep its forces focused on the defense of the peninsula.", toks, marks); !ok {
		t.Error("an arguing sentence is no evidence without a lexicon")
	}
}
