package compare_test

import (
	"strings"
	"testing"

	"briefbench/compare"
	"briefbench/present"
)

func TestTrapPositions(t *testing.T) {
	l, res, idOf := trapRun(t, compare.Edits{})
	cited, right := 0, 0
	for _, ax := range res.Axes {
		labels := l.Evidence[ax.ID]
		for f, id := range idOf {
			p := ax.Positions[id]
			poles := map[string]string{}
			for _, e := range p.Evidence {
				cited++
				want := "unlabelled"
				for _, lb := range labels {
					if lb.File == f && strings.HasPrefix(e.Text, lb.Starts) {
						want = lb.Pole
					}
				}
				if want == e.Pole {
					right++
				} else {
					t.Errorf("%s %s: cited for %s, labelled %s: %q", ax.ID, f, e.Pole, want, e.Text)
				}
				if other, ok := poles[e.Text]; ok && other != e.Pole {
					t.Errorf("%s %s: one sentence cited for both poles: %q", ax.ID, f, e.Text)
				}
				poles[e.Text] = e.Pole
			}
			for k := 1; k < len(p.Evidence); k++ {
				if p.Evidence[k].Weight > p.Evidence[k-1].Weight {
					t.Errorf("%s %s: evidence not strongest first", ax.ID, f)
				}
			}
		}
		for _, pair := range l.Order[ax.ID] {
			a, b := ax.Positions[idOf[pair[0]]], ax.Positions[idOf[pair[1]]]
			if a.Score >= b.Score {
				t.Errorf("%s: %s (%.3f) should be nearer %s than %s (%.3f)", ax.ID, pair[0], a.Score, ax.Poles[0], pair[1], b.Score)
			}
		}
		for _, f := range l.NotEnough[ax.ID] {
			if lean := present.Leaning(&ax, ax.Positions[idOf[f]]); lean.Kind != present.NotEnough {
				t.Errorf("%s %s: %q, want not enough evidence", ax.ID, f, lean.Text)
			}
		}
	}
	frac := float64(right) / float64(max(1, cited))
	t.Logf("trap evidence: %d of %d cited sentences argue the pole they are cited for (%.2f)", right, cited, frac)
	if frac < minTrapEvidenceRight {
		t.Errorf("evidence right %.2f below %.2f", frac, minTrapEvidenceRight)
	}
}

// TestTrapRejectEvidence rejects the strongest quote of a brief and checks
// that the quote is gone and the placement moved.
func TestTrapRejectEvidence(t *testing.T) {
	_, res, idOf := trapRun(t, compare.Edits{})
	id := idOf["t1-harbor.txt"]
	var ax compare.Axis
	for _, a := range res.Axes {
		if a.ID == "peninsula-vs-regional" {
			ax = a
		}
	}
	before := ax.Positions[id]
	if len(before.Evidence) == 0 {
		t.Fatal("no evidence to reject")
	}
	e := before.Evidence[0]
	_, res2, _ := trapRun(t, compare.Edits{Rejected: []compare.Rejection{{Axis: ax.ID, Brief: id, Paragraph: e.Paragraph, Text: e.Text}}})
	for _, a := range res2.Axes {
		if a.ID != ax.ID {
			continue
		}
		after := a.Positions[id]
		for _, e2 := range after.Evidence {
			if e2.Text == e.Text {
				t.Errorf("rejected quote still cited: %q", e.Text)
			}
		}
		if after.Score == before.Score {
			t.Errorf("placement did not move after rejecting %q (score %.3f)", e.Text, after.Score)
		}
		if after.Rejected != 1 {
			t.Errorf("Rejected = %d, want 1", after.Rejected)
		}
	}
	if len(res2.Warnings) > 0 {
		t.Errorf("warnings: %v", res2.Warnings)
	}
}

// TestTrapAgreements checks that no passage agreement joins passages
// labelled for opposite poles of an axis (sharing words is not agreeing).
func TestTrapAgreements(t *testing.T) {
	l, res, idOf := trapRun(t, compare.Edits{})
	fileOf := map[string]string{}
	for f, id := range idOf {
		fileOf[id] = f
	}
	poleOf := func(axis string, it compare.Item) string {
		for _, lb := range l.Evidence[axis] {
			if lb.File == fileOf[it.Brief] && strings.HasPrefix(it.Text, lb.Starts) && lb.Pole != "none" {
				return lb.Pole
			}
		}
		return ""
	}
	n := 0
	for _, d := range res.Differences {
		if d.Kind != compare.KindAgreement || d.Measure != nil {
			continue
		}
		n++
		for axis := range l.Evidence {
			for i := range d.Items {
				for j := i + 1; j < len(d.Items); j++ {
					a, b := poleOf(axis, d.Items[i]), poleOf(axis, d.Items[j])
					if a != "" && b != "" && a != b {
						t.Errorf("agreement joins passages arguing %s and %s: %s", a, b, present.Summary(d, nil))
					}
				}
			}
		}
	}
	t.Logf("trap passage agreements: %d", n)
}
