package compare_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"gopkg.in/yaml.v3"

	"briefbench/compare"
	"briefbench/present"
)

// Floors on the trap fixtures (testdata/traps), from issue 10. They are
// absolute: the trap set is small and every label is a construction an
// analyst would catch.
const (
	maxTrapFalseConflicts = 0   // measured 0
	minTrapEvidenceRight  = 0.9 // measured 1.00
)

type trapFigure struct {
	File  string  `yaml:"file"`
	Value float64 `yaml:"value"`
}

type trapLabels struct {
	Evidence map[string][]struct {
		File   string `yaml:"file"`
		Starts string `yaml:"starts"`
		Pole   string `yaml:"pole"`
	} `yaml:"evidence"`
	Order     map[string][][2]string `yaml:"order"`
	NotEnough map[string][]string    `yaml:"not_enough"`
	Conflicts []struct {
		Measure string             `yaml:"measure"`
		Values  map[string]float64 `yaml:"values"`
	} `yaml:"conflicts"`
	NotConflicts []struct {
		Why string     `yaml:"why"`
		A   trapFigure `yaml:"a"`
		B   trapFigure `yaml:"b"`
	} `yaml:"not_conflicts"`
	Trajectories []struct {
		File   string    `yaml:"file"`
		Values []float64 `yaml:"values"`
	} `yaml:"trajectories"`
	Agreements []struct {
		Measure string             `yaml:"measure"`
		Values  map[string]float64 `yaml:"values"`
	} `yaml:"agreements"`
	Related []struct {
		Why string     `yaml:"why"`
		A   trapFigure `yaml:"a"`
		B   trapFigure `yaml:"b"`
	} `yaml:"related"`
}

// trapRun compares the trap briefs with opts' edits and returns the labels,
// the result and the brief ID of each file.
func trapRun(t *testing.T, edits compare.Edits) (trapLabels, *compare.Result, map[string]string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "traps", "labels.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var l trapLabels
	if err := yaml.Unmarshal(data, &l); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "traps", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no trap briefs: %v", err)
	}
	sort.Strings(files)
	bs := importFiles(t, files...)
	idOf := map[string]string{}
	for i, f := range files {
		idOf[filepath.Base(f)] = bs[i].ID
	}
	opts := compare.DefaultOptions()
	opts.Edits = edits
	res, err := compare.Run(context.Background(), bs, opts)
	if err != nil {
		t.Fatal(err)
	}
	return l, res, idOf
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

// holds reports whether d has an item of brief id with value v.
func holds(d compare.Difference, id string, v float64) bool {
	for _, it := range d.Items {
		if it.Brief == id && near(it.Number, v) {
			return true
		}
	}
	return false
}

func TestTrapNumbers(t *testing.T) {
	l, res, idOf := trapRun(t, compare.Edits{})
	byKind := map[compare.Kind][]compare.Difference{}
	for _, d := range res.Differences {
		byKind[d.Kind] = append(byKind[d.Kind], d)
	}
	// Every reported conflict must be a labelled one: its items are
	// exactly a labelled conflict's values.
	matched := make([]bool, len(l.Conflicts))
	falseConflicts := 0
	for _, d := range byKind[compare.KindNumeric] {
		ok := false
		for i, c := range l.Conflicts {
			if len(d.Items) != len(c.Values) {
				continue
			}
			all := true
			for f, v := range c.Values {
				all = all && holds(d, idOf[f], v)
			}
			if all {
				ok, matched[i] = true, true
				t.Logf("conflict %q: %s", c.Measure, present.Summary(d, nil))
			}
		}
		if !ok {
			falseConflicts++
			t.Errorf("false conflict: %s %+v", present.Summary(d, nil), d.Items)
		}
		if d.Measure == nil {
			t.Errorf("conflict without the measure that makes it comparable: %+v", d)
		}
	}
	for i, c := range l.Conflicts {
		if !matched[i] {
			t.Errorf("missed conflict %q", c.Measure)
		}
	}
	// The constructions that look like conflicts never are one.
	for _, nc := range l.NotConflicts {
		for _, d := range byKind[compare.KindNumeric] {
			if holds(d, idOf[nc.A.File], nc.A.Value) && holds(d, idOf[nc.B.File], nc.B.Value) {
				t.Errorf("%s: reported as a conflict: %s", nc.Why, present.Summary(d, nil))
			}
		}
	}
	t.Logf("trap numbers: %d conflicts reported, %d of %d labelled found, %d false", len(byKind[compare.KindNumeric]), count(matched), len(l.Conflicts), falseConflicts)
	if falseConflicts > maxTrapFalseConflicts {
		t.Errorf("%d false conflicts, at most %d", falseConflicts, maxTrapFalseConflicts)
	}
	for _, tr := range l.Trajectories {
		ok := false
		for _, d := range byKind[compare.KindTrajectory] {
			all := true
			for _, v := range tr.Values {
				all = all && holds(d, idOf[tr.File], v)
			}
			if all {
				ok = true
				t.Logf("trajectory: %s", present.Summary(d, nil))
			}
		}
		if !ok {
			t.Errorf("missed trajectory %v in %s", tr.Values, tr.File)
		}
	}
	for _, a := range l.Agreements {
		ok := false
		for _, d := range byKind[compare.KindAgreement] {
			all := len(d.Items) > 0
			for f, v := range a.Values {
				all = all && holds(d, idOf[f], v)
			}
			ok = ok || all
		}
		if !ok {
			t.Errorf("missed agreement %q", a.Measure)
		}
	}
	// Numeric agreements hold only labelled figures.
	for _, d := range byKind[compare.KindAgreement] {
		if d.Measure == nil {
			continue // a passage agreement
		}
		ok := false
		for _, a := range l.Agreements {
			all := true
			for f, v := range a.Values {
				all = all && holds(d, idOf[f], v)
			}
			ok = ok || all
		}
		if !ok {
			t.Errorf("unlabelled numeric agreement: %s", present.Summary(d, nil))
		}
	}
	for _, d := range byKind[compare.KindRelated] {
		t.Logf("related figures: %s", present.Summary(d, nil))
	}
	// Look-alike figures about different things are related figures,
	// and never an agreement either.
	for _, r := range l.Related {
		found := false
		for _, d := range byKind[compare.KindRelated] {
			found = found || holds(d, idOf[r.A.File], r.A.Value) && holds(d, idOf[r.B.File], r.B.Value)
		}
		if !found {
			t.Errorf("%s: not reported as related figures (%s %g, %s %g)", r.Why, r.A.File, r.A.Value, r.B.File, r.B.Value)
		}
		for _, d := range byKind[compare.KindAgreement] {
			if holds(d, idOf[r.A.File], r.A.Value) && holds(d, idOf[r.B.File], r.B.Value) {
				t.Errorf("%s: reported as an agreement: %s", r.Why, present.Summary(d, nil))
			}
		}
	}
}

func count(b []bool) int {
	n := 0
	for _, x := range b {
		if x {
			n++
		}
	}
	return n
}
