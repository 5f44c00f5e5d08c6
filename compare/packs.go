package compare

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"briefbench/resources"
)

// packMinFit is the share of a corpus's passages a pack's topics must place
// with unambiguous evidence for the pack to join an automatic comparison.
const packMinFit = 0.5

// PackTaxonomy returns the taxonomy of the bundled pack name
// (resources.Packs lists them).
func PackTaxonomy(name string) (*Taxonomy, error) {
	data, err := resources.PackFile(name, "taxonomy.yaml")
	if err != nil {
		return nil, fmt.Errorf("taxonomy pack %q: %w (packs: %s)", name, err, strings.Join(resources.Packs(), ", "))
	}
	return parseTaxonomy(data, resources.PackPath(name, "taxonomy.yaml"))
}

// NoTaxonomy returns an empty taxonomy: every topic is discovered.
func NoTaxonomy() *Taxonomy { return &Taxonomy{} }

// packSet is the taxonomy of an automatic run: every bundled pack, each
// topic remembering its pack.
type packSet struct {
	tax  *Taxonomy
	pack []string // per topic
}

func allPacks() (*packSet, error) {
	ps := &packSet{tax: &Taxonomy{}}
	for _, name := range resources.Packs() {
		t, err := PackTaxonomy(name)
		if err != nil {
			return nil, err
		}
		ps.tax.Aliases = append(ps.tax.Aliases, t.Aliases...)
		for _, tp := range t.Topics {
			ps.tax.Topics = append(ps.tax.Topics, tp)
			ps.pack = append(ps.pack, name)
		}
	}
	return ps, nil
}

// fit keeps the topics of the packs that fit the corpus: packs whose topics
// place at least packMinFit of the passages. It returns the names of the
// packs kept and whether any topic was dropped; the caller scores again.
func (e *engine) fit(ps *packSet) ([]string, bool) {
	placed := map[string]int{}
	for i := range e.units {
		seen := map[string]bool{}
		for _, ts := range e.units[i].topics {
			if p := ps.pack[ts.topic]; !seen[p] {
				seen[p] = true
				placed[p]++
			}
		}
	}
	var kept []string
	var topics []profile
	var packOf []string
	for t, p := range e.lx.topics {
		share := float64(placed[ps.pack[t]]) / float64(max(1, len(e.units)))
		if share >= packMinFit {
			topics = append(topics, p)
			packOf = append(packOf, ps.pack[t])
			if !slices.Contains(kept, ps.pack[t]) {
				kept = append(kept, ps.pack[t])
			}
		}
	}
	dropped := len(topics) < len(e.lx.topics)
	e.lx.topics, ps.pack = topics, packOf
	return kept, dropped
}

// packAxes returns the position axes of the packs in use (each pack's
// axes.yaml, when it has one). An automatic run whose corpus no pack fits
// has none: the alliance axes ("self-reliance vs. integration") say
// nothing true of manifestos on schools and hospitals.
func packAxes(packs []string) ([]AxisSpec, error) {
	var out []AxisSpec
	for _, p := range packs {
		data, err := resources.PackFile(p, "axes.yaml")
		if err != nil {
			continue // a pack without axes
		}
		specs, err := parseAxes(data, resources.PackPath(p, "axes.yaml"))
		if err != nil {
			return nil, err
		}
		out = append(out, specs...)
	}
	return out, nil
}

// ChooseTaxonomy resolves a --taxonomy argument: "" or "auto" gives nil
// (automatic: packs that fit, plus discovery), "none" an empty taxonomy
// (discovered topics only), a bundled pack's name ("alliance") that pack,
// anything else a YAML file. It returns the taxonomy and the name to show.
func ChooseTaxonomy(arg string) (*Taxonomy, string, error) {
	switch arg {
	case "", "auto":
		return nil, "", nil
	case "none":
		return NoTaxonomy(), "none", nil
	}
	if _, err := os.Stat(arg); err != nil && slices.Contains(resources.Packs(), arg) {
		t, err := PackTaxonomy(arg)
		return t, arg, err
	}
	t, err := LoadTaxonomy(arg)
	return t, arg, err
}
