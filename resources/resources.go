package resources

import (
	"embed"
	"io/fs"
	"path"
	"sort"
)

//go:embed taxonomy.yaml
var taxonomy []byte

//go:embed axes.yaml
var axes []byte

//go:embed icon.png
var icon []byte

//go:embed samples
var samples embed.FS

// TaxonomyYAML returns the default topic taxonomy file.
func TaxonomyYAML() []byte { return taxonomy }

// AxesYAML returns the default position axes file.
func AxesYAML() []byte { return axes }

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
