package workspace

import (
	"slices"

	"briefbench/brief"
	"briefbench/compare"
)

// Workspace is everything an analyst saves in a .briefbench file: the briefs
// (text and metadata, so it opens without the original files), which are
// included and in what column order, the edits, notes, taxonomy and axes.
// Change it through its methods, which keep the edits valid when briefs
// change.
type Workspace struct {
	Version  int            `json:"version"`
	Briefs   []*brief.Brief `json:"briefs"`   // column order
	Excluded []string       `json:"excluded"` // brief IDs left out of the comparison
	Edits    compare.Edits  `json:"edits"`
	// TaxonomyYAML and AxesYAML are the analyst's taxonomy and axes files;
	// empty means the embedded defaults.
	TaxonomyYAML string `json:"taxonomy_yaml,omitempty"`
	AxesYAML     string `json:"axes_yaml,omitempty"`
	// Topics says where topics come from when TaxonomyYAML is empty: ""
	// automatic (packs that fit, plus discovered topics), "none"
	// (discovered only) or a pack's name (compare.ChooseTaxonomy).
	Topics string `json:"topics,omitempty"`

	// prints caches the text fingerprints that find a brief added twice
	// from different files (add.go).
	prints map[*brief.Brief]brief.Fingerprint
}

// New returns an empty workspace of the current file version.
func New() *Workspace { return &Workspace{Version: Version} }

// Included returns the briefs in the comparison, in column order.
func (ws *Workspace) Included() []*brief.Brief {
	out := make([]*brief.Brief, 0, len(ws.Briefs))
	for _, b := range ws.Briefs {
		if !ws.IsExcluded(b.ID) {
			out = append(out, b)
		}
	}
	return out
}

// Brief returns the brief with id, or nil.
func (ws *Workspace) Brief(id string) *brief.Brief {
	if i := ws.index(id); i >= 0 {
		return ws.Briefs[i]
	}
	return nil
}

func (ws *Workspace) index(id string) int {
	return slices.IndexFunc(ws.Briefs, func(b *brief.Brief) bool { return b.ID == id })
}

// IsExcluded reports whether brief id is left out of the comparison.
func (ws *Workspace) IsExcluded(id string) bool { return slices.Contains(ws.Excluded, id) }

// Include puts brief id in the comparison (in true) or leaves it out, and
// reports whether that changed anything.
func (ws *Workspace) Include(id string, in bool) bool {
	i := slices.Index(ws.Excluded, id)
	switch {
	case in && i >= 0:
		ws.Excluded = slices.Delete(ws.Excluded, i, i+1)
		return true
	case !in && i < 0:
		ws.Excluded = append(ws.Excluded, id)
		return true
	}
	return false
}

// Remove takes brief id out of the workspace with the edits that name its
// paragraphs (compare.Edits.Forget), and reports whether it was there.
func (ws *Workspace) Remove(id string) bool {
	i := ws.index(id)
	if i < 0 {
		return false
	}
	delete(ws.prints, ws.Briefs[i])
	ws.Briefs = slices.Delete(ws.Briefs, i, i+1)
	ws.Include(id, true)
	ws.Edits.Forget(id)
	return true
}

// Move moves brief id's column by delta places (-1 left or up, +1 right or
// down) and reports whether it moved; a move past either end does nothing.
func (ws *Workspace) Move(id string, delta int) bool {
	i := ws.index(id)
	j := i + delta
	if i < 0 || delta == 0 || j < 0 || j >= len(ws.Briefs) {
		return false
	}
	ws.Briefs[i], ws.Briefs[j] = ws.Briefs[j], ws.Briefs[i]
	return true
}

// Restore puts dropped block d of brief id back into its text (see
// brief.Brief.Restore) and renumbers the edits that name later paragraphs
// of the brief (compare.Edits.Shift). It reports whether there was such a
// block.
func (ws *Workspace) Restore(id string, d int) bool {
	b := ws.Brief(id)
	if b == nil || d < 0 || d >= len(b.Dropped) {
		return false
	}
	at := min(max(b.Dropped[d].After+1, 0), len(b.Paragraphs))
	b.Restore(d)
	ws.Edits.Shift(id, at)
	return true
}

// Clone copies briefs deeply enough that the engine can read them on
// another goroutine while the originals are edited.
func Clone(bs []*brief.Brief) []*brief.Brief {
	out := make([]*brief.Brief, len(bs))
	for i, b := range bs {
		c := *b
		c.Authors = slices.Clone(b.Authors)
		c.Paragraphs = slices.Clone(b.Paragraphs)
		c.Dropped = slices.Clone(b.Dropped)
		out[i] = &c
	}
	return out
}
