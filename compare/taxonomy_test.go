package compare_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/compare"
)

// The topic IDs the hand labels use; the default taxonomy must keep them.
var labelTopics = []string{
	"deterrence", "nuclear-deterrence", "force-posture", "burden-sharing", "command", "china",
	"regional-role", "defense-industry", "shipbuilding", "industrial-cooperation", "economic-security",
	"technology", "coalitions", "grand-strategy", "foundations", "north-korea", "domestic-politics",
}

func TestDefaultTaxonomy(t *testing.T) {
	tax, err := compare.DefaultTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range labelTopics {
		s := tax.Topic(id)
		if s == nil {
			t.Errorf("default taxonomy lacks topic %q", id)
			continue
		}
		if s.Label == "" || s.Description == "" || len(s.AllCues()) < 5 {
			t.Errorf("topic %q: label, description or cues missing: %+v", id, s)
		}
	}
	if len(tax.Aliases) < 3 {
		t.Errorf("default taxonomy has %d alias groups", len(tax.Aliases))
	}
	data, err := tax.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := compare.ParseTaxonomy(data)
	if err != nil {
		t.Fatalf("marshalled taxonomy does not parse: %v", err)
	}
	if len(back.Topics) != len(tax.Topics) || len(back.Aliases) != len(tax.Aliases) {
		t.Errorf("round trip: %d topics, %d aliases; want %d, %d", len(back.Topics), len(back.Aliases), len(tax.Topics), len(tax.Aliases))
	}
}

func TestParseTaxonomyErrors(t *testing.T) {
	cases := []struct {
		name string
		yaml string
		want []string // substrings of the error
	}{
		{"not yaml", "topics: [\n  - id: a\n", []string{"not valid YAML", ":1"}},
		{"no topics", "version: 1\n", []string{"no topics"}},
		{"missing id", "topics:\n  - label: A\n    terms: [a]\n", []string{":2", "missing id"}},
		{"bad id", "topics:\n  - id: Bad Id\n    label: A\n    terms: [a]\n", []string{`"Bad Id"`, "lower-case"}},
		{"duplicate", "topics:\n  - id: a\n    label: A\n    terms: [x]\n  - id: a\n    label: B\n    terms: [y]\n", []string{":5", "duplicate id"}},
		{"no label", "topics:\n  - id: a\n    terms: [x]\n", []string{"missing label"}},
		{"no cues", "topics:\n  - id: a\n    label: A\n", []string{"no cue"}},
		{"bad weight", "topics:\n  - id: a\n    label: A\n    terms: [\"x^0\"]\n", []string{"bad weight"}},
		{"empty cue", "topics:\n  - id: a\n    label: A\n    terms: [\"--\"]\n", []string{"no words"}},
		{"lone alias", "aliases: [[ROK]]\ntopics:\n  - id: a\n    label: A\n    terms: [x]\n", []string{"two or more"}},
		{"two problems", "topics:\n  - id: a\n  - id: b\n    label: B\n    terms: [x]\n", []string{"missing label", "no cue"}},
		{"misspelled topic key", "topics:\n  - id: a\n    label: A\n    terms: [x]\n    phrase: [naval base]\n", []string{":5", `topic "a"`, `unknown field "phrase"`}},
		{"misspelled top key", "alias: [[ROK, Seoul]]\ntopics:\n  - id: a\n    label: A\n    terms: [x]\n", []string{":1", `unknown field "alias"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := compare.ParseTaxonomy([]byte(c.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, compare.ErrTaxonomy) {
				t.Errorf("error %v is not ErrTaxonomy", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestLoadTaxonomy(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(good, []byte("topics:\n  - id: ports\n    label: Ports\n    terms: [port, harbour^2]\n    phrases: [naval base]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("topics:\n  - id: ports\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tax, err := compare.LoadTaxonomy(good)
	if err != nil || len(tax.Topics) != 1 || tax.Topics[0].ID != "ports" {
		t.Fatalf("LoadTaxonomy(good) = %+v, %v", tax, err)
	}
	if _, err := compare.LoadTaxonomy(bad); err == nil || !strings.Contains(err.Error(), bad+":2") {
		t.Errorf("LoadTaxonomy(bad) error %v does not name file and line", err)
	}
	if _, err := compare.LoadTaxonomy(filepath.Join(dir, "none.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// FuzzParseTaxonomy checks that any input either parses into a taxonomy
// that compares briefs, or fails with ErrTaxonomy; never a panic.
func FuzzParseTaxonomy(f *testing.F) {
	def, err := os.ReadFile("../resources/packs/alliance/taxonomy.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(def)
	f.Add([]byte("topics:\n  - id: a\n    label: A\n    terms: [x^2]\n    phrases: [y z]\n"))
	f.Add([]byte("aliases: [[A, B]]\ntopics: []\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tax, err := compare.ParseTaxonomy(data)
		if err != nil {
			if !errors.Is(err, compare.ErrTaxonomy) {
				t.Fatalf("error %v is not ErrTaxonomy", err)
			}
			return
		}
		opts := compare.DefaultOptions()
		opts.Taxonomy = tax
		if _, err := compare.Run(context.Background(), smallBriefs(), opts); err != nil {
			t.Fatalf("valid taxonomy, Run failed: %v", err)
		}
	})
}
