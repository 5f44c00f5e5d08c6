package resources

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// packs holds the domain packs: one folder per subject (packs/NAME) with
// taxonomy.yaml (topics and cues), axes.yaml (position axes) and, where the
// subject has one, lexicon.yaml (domain word lists the engine reads as data).
//
//go:embed packs
var packs embed.FS

// DefaultPack is the pack whose taxonomy and axes are the built-in defaults.
const DefaultPack = "alliance"

//go:embed orgs.yaml
var orgsYAML []byte

//go:embed icon.png
var icon []byte

//go:embed samples
var samples embed.FS

// TaxonomyYAML returns the default pack's topic taxonomy file.
func TaxonomyYAML() []byte { return mustPackFile(DefaultPack, "taxonomy.yaml") }

// AxesYAML returns the default pack's position axes file.
func AxesYAML() []byte { return mustPackFile(DefaultPack, "axes.yaml") }

// Packs returns the names of the bundled packs in name order.
func Packs() []string {
	ents, err := fs.ReadDir(packs, "packs")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

// PackFile returns one file of a bundled pack, such as
// PackFile("alliance", "taxonomy.yaml"); fs.ErrNotExist when the pack or the
// file is not bundled.
func PackFile(pack, name string) ([]byte, error) {
	return packs.ReadFile(path.Join("packs", pack, name))
}

// PackPath is the path a pack file is named by in messages
// ("resources/packs/alliance/taxonomy.yaml").
func PackPath(pack, name string) string {
	return path.Join("resources", "packs", pack, name)
}

func mustPackFile(pack, name string) []byte {
	data, err := PackFile(pack, name)
	if err != nil {
		panic("resources: bundled " + PackPath(pack, name) + " is missing: " + err.Error())
	}
	return data
}

// Icon returns the application icon as PNG.
func Icon() []byte { return icon }

// Sample is a bundled sample brief: its file name and contents.
type Sample struct {
	Name string
	Data []byte
}

// Samples returns the bundled sample briefs in name order.
func Samples() []Sample {
	ents, err := fs.ReadDir(samples, "samples")
	if err != nil {
		return nil
	}
	var out []Sample
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		data, err := samples.ReadFile(path.Join("samples", e.Name()))
		if err != nil {
			continue
		}
		out = append(out, Sample{Name: e.Name(), Data: data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Org is a think tank or institute as the organisations table (orgs.yaml)
// lists it: the English name analysts know it by and the other names a brief
// may use for it.
type Org struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
}

// Orgs returns the bundled organisations table (resources/orgs.yaml).
func Orgs() []Org {
	orgs, err := ParseOrgs(orgsYAML, "resources/orgs.yaml")
	if err != nil {
		panic("resources: " + err.Error())
	}
	return orgs
}

// ParseOrgs reads an organisations table in the form of orgs.yaml; file
// names the table in errors. Every entry needs a name and at least one alias.
func ParseOrgs(data []byte, file string) ([]Org, error) {
	var doc struct {
		Orgs []Org `yaml:"orgs"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	for i, o := range doc.Orgs {
		if strings.TrimSpace(o.Name) == "" {
			return nil, fmt.Errorf("%s: entry %d has no name", file, i+1)
		}
		if len(o.Aliases) == 0 {
			return nil, fmt.Errorf("%s: %s has no aliases", file, o.Name)
		}
	}
	return doc.Orgs, nil
}
