package app

import "testing"

// TestTopicsPicker: choosing where topics come from is saved with the
// workspace and reaches the engine.
func TestTopicsPicker(t *testing.T) {
	cases := []struct {
		name, choice, want, taxonomy string
	}{
		{"discovered only", "Discovered topics only", "none", "none"},
		{"alliance pack", "Pack “alliance” for every comparison, plus discovered topics", "alliance", "alliance"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, eng := newTestWorkbench(t, true)
			ed := newTaxonomyEditor(w)
			ed.buildUI()
			if ed.topics.Selected != "Automatic: packs that fit the briefs, plus discovered topics" {
				t.Fatalf("picker opens on %q", ed.topics.Selected)
			}
			runs := eng.runs
			ed.topics.SetSelected(c.choice)
			ed.onSave()
			if w.ws.Topics != c.want {
				t.Errorf("workspace topics = %q, want %q", w.ws.Topics, c.want)
			}
			if eng.runs != runs+1 || w.result == nil || w.result.Taxonomy != c.taxonomy {
				t.Errorf("after saving: %d runs (was %d), taxonomy %q", eng.runs, runs, w.result.Taxonomy)
			}
			if again := newTaxonomyEditor(w); again.buildUI() != nil && again.topics.Selected != c.choice {
				t.Errorf("reopened on %q", again.topics.Selected)
			}
		})
	}
}
