package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestPositionsRows(t *testing.T) {
	c, _ := newTestView(t, fyne.NewSize(1280, 800))
	v := c.positions
	if got := len(v.rows); got != 8 {
		t.Fatalf("axis rows = %d, want 2 axes x 4 briefs", got)
	}
	if len(v.shown) != 0 || !strings.Contains(richString(v.evTitle), "Click a brief") {
		t.Error("evidence shown before a brief was picked")
	}
	test.Tap(v.rows[axisBrief{"self-reliance-vs-integration", "ansan"}])
	if got := len(v.shown); got != 2 {
		t.Fatalf("Ansan's evidence = %d quotes, want 2", got)
	}
	poles := []string{v.shown[0].Pole, v.shown[1].Pole}
	if !slices.Equal(poles, []string{"self-reliance", "integration"}) {
		t.Errorf("mixed brief's quotes are on poles %v, want both", poles)
	}
	if title := richString(v.evTitle); !strings.Contains(title, "argues both sides (−0.05)") {
		t.Errorf("evidence title = %q, want the mixed position", title)
	}
	if !v.rows[axisBrief{"self-reliance-vs-integration", "ansan"}].selected {
		t.Error("the tapped row is not marked")
	}

	c.setResult(c.res)
	if v.selBrief != "ansan" || len(v.shown) != 2 {
		t.Error("a new result lost the selected brief's evidence")
	}
}

func TestPositionsEvidenceOpens(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	c.positions.onBriefSelected("peninsula-vs-regional", "tidewater")
	c.positions.evidence.list.Select(0)
	if want := []passageKey{{"tidewater", 10}}; !slices.Equal(h.opened, want) {
		t.Errorf("opened %v, want %v", h.opened, want)
	}
}

func TestPositionsScore(t *testing.T) {
	for _, tc := range []struct {
		score float64
		want  string
	}{{-0.72, "−0.72"}, {0.81, "+0.81"}, {0, "0.00"}} {
		if got := signed(tc.score); got != tc.want {
			t.Errorf("signed(%v) = %q, want %q", tc.score, got, tc.want)
		}
	}
}

// TestPositionsRejectQuote rejects a quote and checks the edit: the axis,
// brief, paragraph and sentence of the quote, recorded once.
func TestPositionsRejectQuote(t *testing.T) {
	c, h := newTestView(t, fyne.NewSize(1280, 800))
	v := c.positions
	v.onBriefSelected("peninsula-vs-regional", "tidewater")
	if len(v.shown) == 0 {
		t.Fatal("no evidence to reject")
	}
	e := v.shown[0]
	it := v.createEvidence().(*evidenceItem)
	v.fillEvidence(0, it)
	test.Tap(it.reject)
	if h.nEdits != 1 || len(h.edits.Rejected) != 1 {
		t.Fatalf("edits = %d, rejected = %v; want one rejection", h.nEdits, h.edits.Rejected)
	}
	r := h.edits.Rejected[0]
	if r.Axis != "peninsula-vs-regional" || r.Brief != "tidewater" || r.Paragraph != e.Paragraph || r.Text != e.Text {
		t.Errorf("rejection %+v does not name the quote %+v", r, e)
	}
}
