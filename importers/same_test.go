package importers

import (
	"context"
	"testing"

	"briefbench/brief"
)

// TestSameBriefAcrossFormats fingerprints each real sample in its four
// formats: one brief's formats hold the same text, the two briefs do not.
func TestSameBriefAcrossFormats(t *testing.T) {
	formats := []string{"txt", "html", "docx", "pdf"}
	prints := map[string][]brief.Fingerprint{}
	for _, s := range []string{"sample-a", "sample-b"} {
		for _, f := range formats {
			b, err := File(context.Background(), sharedSample(t, s+"."+f))
			if err != nil {
				t.Fatal(err)
			}
			prints[s] = append(prints[s], b.Fingerprint())
		}
	}
	for s, fs := range prints {
		for i := range fs {
			for j := i + 1; j < len(fs); j++ {
				if c := fs[i].Containment(fs[j]); c < brief.SameText {
					t.Errorf("%s: %s and %s containment %.2f, want ≥ %.2f", s, formats[i], formats[j], c, brief.SameText)
				}
			}
		}
	}
	for i, a := range prints["sample-a"] {
		for j, b := range prints["sample-b"] {
			if c := a.Containment(b); c > 0.2 {
				t.Errorf("sample-a.%s and sample-b.%s containment %.2f: different briefs look the same", formats[i], formats[j], c)
			}
		}
	}
}
