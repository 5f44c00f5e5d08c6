package compare_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/compare"
)

// Floors for the hand-labelled fixture sets on subjects far from alliances
// (testdata/subjects: briefs of our own words, each paragraph labelled with
// its subject). Set a little below the figures measured (see the log).
var subjectFloors = []struct {
	dir                 string
	precision, recall   float64
	placed              float64
	minTopics, maxTopic int
}{
	{"climate", 0.39, 0.65, 0.95, 3, 8}, // measured P 0.430 R 0.722, all placed, 3 topics
	{"schools", 0.72, 0.64, 0.95, 4, 8}, // measured P 0.800 R 0.714, all placed, 5 topics
}

// TestSubjects measures discovered topics on the fixture sets: pairwise
// precision and recall over labelled paragraphs of different briefs, the
// share of paragraphs placed, and that no alliance topic holds them.
func TestSubjects(t *testing.T) {
	for _, f := range subjectFloors {
		t.Run(f.dir, func(t *testing.T) {
			dir := filepath.Join("testdata", "subjects", f.dir)
			data, err := os.ReadFile(filepath.Join(dir, "labels.json"))
			if err != nil {
				t.Fatal(err)
			}
			var l labels
			if err := json.Unmarshal(data, &l); err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, b := range l.Briefs {
				paths = append(paths, filepath.Join(dir, b.File))
			}
			bs := importFiles(t, paths...)
			res, err := compare.Run(context.Background(), bs, compare.DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			checkDiscoveredRecur(t, res)
			// The alliance axes come with the alliance pack, which does
			// not fit these briefs: no brief is placed on them.
			for _, ax := range res.Axes {
				t.Errorf("axis %q on a set no pack fits", ax.ID)
			}
			want := labelledTopics(t, l, bs)
			idx := map[string]int{}
			for i, b := range bs {
				idx[b.ID] = i
			}
			got := map[paraKey][]string{}
			var labelsSeen []string
			for _, tp := range res.Topics {
				labelsSeen = append(labelsSeen, tp.Label)
				if tp.Origin == compare.FromTaxonomy {
					t.Errorf("taxonomy topic %q on a subject it does not describe", tp.ID)
				}
				for _, p := range tp.Passages {
					k := paraKey{idx[p.Brief], p.Paragraph}
					if !contains(got[k], tp.ID) {
						got[k] = append(got[k], tp.ID)
					}
				}
			}
			var placed int
			var keys []paraKey
			for k := range want {
				keys = append(keys, k)
				if len(got[k]) > 0 {
					placed++
				}
			}
			tp, fp, fn := pairwise(keys, want, got)
			p, r := ratio(tp, tp+fp), ratio(tp, tp+fn)
			share := float64(placed) / float64(len(want))
			t.Logf("%s: %d paragraphs, placed %.2f; pairwise P %.3f R %.3f; %d topics: %s; taxonomy %q",
				f.dir, len(want), share, p, r, len(res.Topics), strings.Join(labelsSeen, "; "), res.Taxonomy)
			if p < f.precision || r < f.recall || share < f.placed {
				t.Errorf("below the floors: P %.3f (%.2f) R %.3f (%.2f) placed %.2f (%.2f)", p, f.precision, r, f.recall, share, f.placed)
			}
			if len(res.Topics) < f.minTopics || len(res.Topics) > f.maxTopic {
				t.Errorf("%d topics, want %d to %d", len(res.Topics), f.minTopics, f.maxTopic)
			}
		})
	}
}

// TestUnassigned: passages that fit no topic are listed as unassigned and
// are in no topic; every passage is in a topic or unassigned.
func TestUnassigned(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "subjects", "climate", "*.md"))
	bs := importFiles(t, paths...)
	res, err := compare.Run(context.Background(), bs, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		brief     string
		para, sen int
	}
	held := map[key]bool{}
	for _, tp := range res.Topics {
		for _, p := range tp.Passages {
			held[key{p.Brief, p.Paragraph, p.Sentence}] = true
		}
	}
	for _, p := range res.Unassigned {
		if held[key{p.Brief, p.Paragraph, p.Sentence}] {
			t.Errorf("%s ¶%d is unassigned and in a topic", p.Brief, p.Paragraph)
		}
	}
}

// checkDiscoveredRecur fails for a discovered topic that cannot align
// briefs: fewer than two passages, or one brief's passages only.
func checkDiscoveredRecur(t *testing.T, res *compare.Result) {
	t.Helper()
	for _, tp := range res.Topics {
		if tp.Origin != compare.Discovered {
			continue
		}
		briefs := map[string]bool{}
		for _, p := range tp.Passages {
			briefs[p.Brief] = true
		}
		if len(tp.Passages) < 2 || len(res.Briefs) > 1 && len(briefs) < 2 {
			t.Errorf("discovered topic %q holds %d passages from %d briefs", tp.Label, len(tp.Passages), len(briefs))
		}
	}
}
