package workspace

import "briefbench/compare"

// Sources say where a comparison's taxonomy and axes come from: a file
// named on the command line, else YAML text saved in a workspace, else the
// embedded defaults.
type Sources struct {
	TaxonomyFile, AxesFile string // files (--taxonomy, --axes); "" for none
	TaxonomyYAML, AxesYAML string // a workspace's own; "" for none
	// Topics is the workspace's choice of pack when it has no taxonomy of
	// its own: "" automatic, "none", or a pack's name.
	Topics string
}

// SourceError is a taxonomy or axes that could not be read or parsed.
type SourceError struct {
	// Kind is "taxonomy" or "axes".
	Kind string
	// File is the file given for it, or "" for the workspace's own YAML.
	File string
	Err  error
}

func (e *SourceError) Error() string {
	if e.File != "" {
		return e.Err.Error()
	}
	return "workspace " + e.Kind + ": " + e.Err.Error()
}

func (e *SourceError) Unwrap() error { return e.Err }

// Options returns the engine options for these sources, starting from
// compare.DefaultOptions. TaxonomyFile is a --taxonomy argument
// (compare.ChooseTaxonomy: "auto", "none", a pack's name or a file); the
// taxonomy is named by it, "workspace" for a workspace's own, or left to the
// engine (automatic). Errors are *SourceError.
func (s Sources) Options() (compare.Options, error) {
	opts := compare.DefaultOptions()
	switch {
	case s.TaxonomyFile != "":
		tx, name, err := compare.ChooseTaxonomy(s.TaxonomyFile)
		if err != nil {
			return opts, &SourceError{Kind: "taxonomy", File: s.TaxonomyFile, Err: err}
		}
		opts.Taxonomy, opts.TaxonomyName = tx, name
	case s.TaxonomyYAML != "":
		tx, err := compare.ParseTaxonomy([]byte(s.TaxonomyYAML))
		if err != nil {
			return opts, &SourceError{Kind: "taxonomy", Err: err}
		}
		opts.Taxonomy, opts.TaxonomyName = tx, "workspace"
	case s.Topics != "":
		tx, name, err := compare.ChooseTaxonomy(s.Topics)
		if err != nil {
			return opts, &SourceError{Kind: "taxonomy", Err: err}
		}
		opts.Taxonomy, opts.TaxonomyName = tx, name
	}
	switch {
	case s.AxesFile != "":
		axes, err := compare.LoadAxes(s.AxesFile)
		if err != nil {
			return opts, &SourceError{Kind: "axes", File: s.AxesFile, Err: err}
		}
		opts.Axes = axes
	case s.AxesYAML != "":
		axes, err := compare.ParseAxes([]byte(s.AxesYAML))
		if err != nil {
			return opts, &SourceError{Kind: "axes", Err: err}
		}
		opts.Axes = axes
	}
	return opts, nil
}

// Sources returns the workspace's own taxonomy and axes sources.
func (ws *Workspace) Sources() Sources {
	return Sources{TaxonomyYAML: ws.TaxonomyYAML, AxesYAML: ws.AxesYAML, Topics: ws.Topics}
}

// Options returns the engine options the workspace asks for: its taxonomy
// and axes (or the embedded defaults when empty) and a copy of its edits
// and notes. The app and `briefbench export WORKSPACE` both use it, so they
// compare the same way.
func (ws *Workspace) Options() (compare.Options, error) {
	return ws.OptionsFrom(ws.Sources())
}

// OptionsFrom is Options with other taxonomy and axes sources (files given
// on the command line replace the workspace's own).
func (ws *Workspace) OptionsFrom(s Sources) (compare.Options, error) {
	opts, err := s.Options()
	if err != nil {
		return opts, err
	}
	opts.Edits = ws.Edits.Clone()
	return opts, nil
}
