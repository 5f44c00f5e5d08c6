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
