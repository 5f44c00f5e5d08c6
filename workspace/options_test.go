package workspace_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/compare"
	"briefbench/workspace"
)

const taxonomyYAML = `topics:
  - id: yards
    label: Shipyards
    cues: [shipyard, dry dock]
`

const axesYAML = `axes:
  - id: burden
    label: Who pays
    poles:
      - id: ally-pays
        cues: [ally should pay]
      - id: we-pay
        cues: [we should pay]
`

func TestSourcesOptions(t *testing.T) {
	dir := t.TempDir()
	txFile := filepath.Join(dir, "tx.yaml")
	axFile := filepath.Join(dir, "axes.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	for p, s := range map[string]string{txFile: taxonomyYAML, axFile: axesYAML, bad: "topics: [\n"} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := compare.ParseTaxonomy([]byte(taxonomyYAML)); err != nil {
		t.Fatalf("fixture taxonomy: %v", err)
	}
	if _, err := compare.ParseAxes([]byte(axesYAML)); err != nil {
		t.Fatalf("fixture axes: %v", err)
	}
	for _, tc := range []struct {
		name     string
		src      workspace.Sources
		taxonomy string // TaxonomyName wanted
		axes     int    // len(Axes) wanted; -1: the defaults (nil)
		errKind  string // SourceError.Kind wanted; "" for none
		errFile  string
	}{
		{"defaults: automatic, named by the engine", workspace.Sources{}, "", -1, "", ""},
		{"no taxonomy", workspace.Sources{TaxonomyFile: "none"}, "none", -1, "", ""},
		{"a bundled pack", workspace.Sources{TaxonomyFile: "alliance"}, "alliance", -1, "", ""},
		{"workspace's own", workspace.Sources{TaxonomyYAML: taxonomyYAML, AxesYAML: axesYAML}, "workspace", 1, "", ""},
		{"files win over the workspace's own", workspace.Sources{TaxonomyFile: txFile, TaxonomyYAML: "not: used", AxesFile: axFile}, txFile, 1, "", ""},
		{"bad taxonomy file", workspace.Sources{TaxonomyFile: bad}, "", 0, "taxonomy", bad},
		{"missing axes file", workspace.Sources{AxesFile: filepath.Join(dir, "none.yaml")}, "", 0, "axes", filepath.Join(dir, "none.yaml")},
		{"bad workspace taxonomy", workspace.Sources{TaxonomyYAML: "topics: [\n"}, "", 0, "taxonomy", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts, err := tc.src.Options()
			if tc.errKind != "" {
				var se *workspace.SourceError
				if !errors.As(err, &se) || se.Kind != tc.errKind || se.File != tc.errFile {
					t.Fatalf("err = %v, want a %s error for %q", err, tc.errKind, tc.errFile)
				}
				if tc.errFile == "" && !strings.HasPrefix(err.Error(), "workspace "+tc.errKind+": ") {
					t.Errorf("error %q does not say it is the workspace's %s", err, tc.errKind)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if opts.TaxonomyName != tc.taxonomy {
				t.Errorf("TaxonomyName = %q, want %q", opts.TaxonomyName, tc.taxonomy)
			}
			if tc.axes < 0 && opts.Axes != nil || tc.axes >= 0 && len(opts.Axes) != tc.axes {
				t.Errorf("axes = %d, want %d", len(opts.Axes), tc.axes)
			}
			if (opts.Taxonomy != nil) != (tc.taxonomy != "") { // nil: automatic
				t.Errorf("taxonomy set = %v", opts.Taxonomy != nil)
			}
		})
	}
}

func TestWorkspaceOptionsCopyEdits(t *testing.T) {
	ws := workspace.New()
	ws.Edits.Rename("t", "Ships")
	opts, err := ws.Options()
	if err != nil {
		t.Fatal(err)
	}
	opts.Edits.Renames["t"] = "changed"
	if ws.Edits.Renames["t"] != "Ships" {
		t.Error("the options share the workspace's edits")
	}
}
