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
