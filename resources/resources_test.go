package resources_test

import (
	"bytes"
	"image/png"
	"strings"
	"testing"

	"briefbench/resources"
)

func TestSamples(t *testing.T) {
	ss := resources.Samples()
	if len(ss) < 4 {
		t.Fatalf("got %d bundled samples, want 4 or more", len(ss))
	}
	for i, s := range ss {
		if i > 0 && ss[i-1].Name >= s.Name {
			t.Errorf("samples not in name order: %q before %q", ss[i-1].Name, s.Name)
		}
		if words := len(strings.Fields(string(s.Data))); words < 600 || words > 2500 {
			t.Errorf("%s: %d words, want a brief of 600 to 2,500", s.Name, words)
		}
	}
}

func TestDefaultsPresent(t *testing.T) {
	for name, data := range map[string][]byte{"taxonomy": resources.TaxonomyYAML(), "axes": resources.AxesYAML()} {
		if !bytes.Contains(data, []byte("id:")) {
			t.Errorf("%s YAML has no ids", name)
		}
	}
	img, err := png.Decode(bytes.NewReader(resources.Icon()))
	if err != nil {
		t.Fatalf("icon: %v", err)
	}
	if b := img.Bounds(); b.Dx() != b.Dy() || b.Dx() < 256 {
		t.Errorf("icon is %v, want a square of at least 256 px", b)
	}
}

func TestOrgs(t *testing.T) {
	orgs := resources.Orgs()
	if len(orgs) < 10 {
		t.Fatalf("got %d organisations, want the bundled table", len(orgs))
	}
	found := false
	for _, o := range orgs {
		for _, a := range o.Aliases {
			found = found || a == "아산정책연구원" && o.Name == "Asan Institute for Policy Studies"
		}
	}
	if !found {
		t.Error("the table does not give the Asan Institute's English name")
	}
	for _, tc := range []struct{ name, yaml, err string }{
		{"no name", "orgs:\n  - aliases: [x]\n", "entry 1 has no name"},
		{"no alias", "orgs:\n  - name: Alpha Institute\n", "Alpha Institute has no aliases"},
		{"not yaml", "orgs: [", "user.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := resources.ParseOrgs([]byte(tc.yaml), "user.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("err = %v, want one saying %q", err, tc.err)
			}
		})
	}
}
