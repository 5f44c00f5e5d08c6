package app

import (
	"fmt"

	"briefbench/brief"
	"briefbench/compare"
)

// Workspace is everything an analyst saves in a .briefbench file: the briefs
// (text and metadata, so it opens without the original files), which are
// included and in what column order, the edits, notes, taxonomy and axes.
// It is the seam between the shell (library, import, save, export) and the
// compare views: both read it, and only the workbench's methods change it.
type Workspace struct {
	Version  int            `json:"version"`
	Briefs   []*brief.Brief `json:"briefs"`   // column order
	Excluded []string       `json:"excluded"` // brief IDs left out of the comparison
	Edits    compare.Edits  `json:"edits"`
	// TaxonomyYAML and AxesYAML are the analyst's taxonomy and axes files;
	// empty means the embedded defaults.
	TaxonomyYAML string `json:"taxonomy_yaml,omitempty"`
	AxesYAML     string `json:"axes_yaml,omitempty"`
}

// Included returns the briefs in the comparison, in column order.
func (ws *Workspace) Included() []*brief.Brief {
	out := make([]*brief.Brief, 0, len(ws.Briefs))
	for _, b := range ws.Briefs {
		excluded := false
		for _, id := range ws.Excluded {
			if id == b.ID {
				excluded = true
				break
			}
		}
		if !excluded {
			out = append(out, b)
		}
	}
	return out
}

// Options returns the engine options the workspace asks for: its taxonomy
// and axes (or the embedded defaults when empty) and a copy of its edits
// and notes. The app and `briefbench export WORKSPACE` both use it, so they
// compare the same way.
func (ws *Workspace) Options() (compare.Options, error) {
	opts := compare.DefaultOptions()
	if ws.TaxonomyYAML != "" {
		tx, err := compare.ParseTaxonomy([]byte(ws.TaxonomyYAML))
		if err != nil {
			return opts, fmt.Errorf("workspace taxonomy: %w", err)
		}
		opts.Taxonomy = tx
		opts.TaxonomyName = "workspace"
	}
	if ws.AxesYAML != "" {
		axes, err := compare.ParseAxes([]byte(ws.AxesYAML))
		if err != nil {
			return opts, fmt.Errorf("workspace axes: %w", err)
		}
		opts.Axes = axes
	}
	opts.Edits = cloneEdits(ws.Edits)
	return opts, nil
}
