package compare

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"gopkg.in/yaml.v3"

	"briefbench/resources"
)

// ErrLexicon is wrapped by every error about an invalid lexicon file.
var ErrLexicon = errors.New("invalid lexicon")

// Lexicon is a pack's domain vocabulary (resources/packs/NAME/lexicon.yaml):
// the actors, measures and generic words the number and position readers
// need. Language-level word lists stay in Go. Read-only once parsed.
type Lexicon struct {
	home        string
	canonWords  map[string]string    // written word → actor or measure
	canonStems  map[string]string    // stem → concept
	heads       map[string]bool      // concepts that name a measure
	entities    map[string]bool      // canonical actors
	peopleHeads map[string]bool      // heads counted in people
	domainMods  map[string]bool      // modifiers of a bare head
	pairCanon   map[[2]string]string // (modifier, head) → modifier
	phraseCanon map[[2]string]string // (word, word) → concept
	names       map[[2]string]string // two-word actor name → actor
	generic     []string
	demonyms    []string
	nationals   map[string]bool // actor words and demonyms ("korean" won, "U.S." dollars)
}

// lexiconFile is the YAML layout of a lexicon.
type lexiconFile struct {
	Home      string              `yaml:"home"`
	Actors    map[string][]string `yaml:"actors"`
	Names     map[string][]string `yaml:"names"`
	Words     map[string][]string `yaml:"words"`
	Stems     map[string][]string `yaml:"stems"`
	Heads     []string            `yaml:"heads"`
	People    []string            `yaml:"people"`
	Modifiers []string            `yaml:"modifiers"`
	Pairs     []yaml.Node         `yaml:"pairs"`
	Phrases   []yaml.Node         `yaml:"phrases"`
	Generic   []string            `yaml:"generic"`
	Demonyms  []string            `yaml:"demonyms"`
}

// ParseLexicon parses a lexicon; name is used in errors, which carry the
// line of the problem ("lexicon.yaml:12: ...").
func ParseLexicon(data []byte, name string) (*Lexicon, error) {
	var f lexiconFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrLexicon, err)
	}
	l := &Lexicon{
		home: f.Home, canonWords: map[string]string{}, canonStems: map[string]string{},
		heads: set(f.Heads), entities: map[string]bool{}, peopleHeads: set(f.People),
		domainMods: set(f.Modifiers), pairCanon: map[[2]string]string{}, phraseCanon: map[[2]string]string{},
		names:   map[[2]string]string{},
		generic: f.Generic, demonyms: f.Demonyms, nationals: set(f.Demonyms),
	}
	for actor, ws := range f.Actors {
		l.entities[actor] = true
		for _, w := range ws {
			l.canonWords[w] = actor
			l.nationals[w] = true
		}
	}
	for actor, ns := range f.Names {
		if !l.entities[actor] {
			return nil, fmt.Errorf("%s: name of %q, which is not one of the actors: %w", name, actor, ErrLexicon)
		}
		for _, n := range ns {
			w := strings.Fields(n)
			if len(w) != 2 {
				return nil, fmt.Errorf("%s: name %q of %s must be two words: %w", name, n, actor, ErrLexicon)
			}
			l.names[[2]string{w[0], w[1]}] = actor
		}
	}
	if l.home != "" && !l.entities[l.home] {
		return nil, fmt.Errorf("%s: home %q is not one of the actors: %w", name, l.home, ErrLexicon)
	}
	for c, ws := range f.Words {
		for _, w := range ws {
			l.canonWords[w] = c
		}
	}
	for c, ws := range f.Stems {
		for _, w := range ws {
			l.canonStems[newLex(w).Stem] = c
		}
	}
	for _, h := range f.People {
		if !l.heads[h] {
			return nil, fmt.Errorf("%s: people head %q is not among the heads: %w", name, h, ErrLexicon)
		}
	}
	triple := func(n yaml.Node, what string) ([3]string, error) {
		var t []string
		if err := n.Decode(&t); err != nil || len(t) != 3 {
			return [3]string{}, fmt.Errorf("%s:%d: a %s is a list of three words: %w", name, n.Line, what, ErrLexicon)
		}
		return [3]string{t[0], t[1], t[2]}, nil
	}
	for _, n := range f.Pairs {
		t, err := triple(n, "pair")
		if err != nil {
			return nil, err
		}
		l.pairCanon[[2]string{t[0], t[1]}] = t[2]
	}
	for _, n := range f.Phrases {
		t, err := triple(n, "phrase")
		if err != nil {
			return nil, err
		}
		l.phraseCanon[[2]string{t[0], t[1]}] = t[2]
	}
	return l, nil
}

// DefaultLexicon returns the lexicon of the default pack.
func DefaultLexicon() (*Lexicon, error) { return PackLexicon(resources.DefaultPack) }

// PackLexicon returns the lexicon of the bundled pack name. A pack without
// a lexicon.yaml has an empty lexicon: no actors, measures or domain
// words, and the readers still run (numbers are keyed by their nearest
// content words, no sentence has an actor).
func PackLexicon(name string) (*Lexicon, error) {
	data, err := resources.PackFile(name, "lexicon.yaml")
	if errors.Is(err, fs.ErrNotExist) {
		return ParseLexicon(nil, resources.PackPath(name, "lexicon.yaml"))
	}
	if err != nil {
		return nil, fmt.Errorf("lexicon of pack %q: %w", name, err)
	}
	return ParseLexicon(data, resources.PackPath(name, "lexicon.yaml"))
}

// national reports whether w (lower case) names an actor or is a demonym:
// it may stand before a currency name ("1.4 trillion Korean won", "5
// billion U.S. dollars").
func (l *Lexicon) national(w string) bool { return l.nationals[w] }

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// domain is the default pack's lexicon, read once; the embedded file is
// checked by TestDefaultLexicon, so a broken one fails the tests, not a run.
var domain = mustDefaultLexicon()

func mustDefaultLexicon() *Lexicon {
	l, err := DefaultLexicon()
	if err != nil {
		panic("compare: " + err.Error())
	}
	return l
}

// The domain tables the readers use, from the lexicon.
var (
	canonWords  = domain.canonWords
	canonStems  = domain.canonStems
	heads       = domain.heads
	entities    = domain.entities
	peopleHeads = domain.peopleHeads
	domainMods  = domain.domainMods
	pairCanon   = domain.pairCanon
	phraseCanon = domain.phraseCanon
)
