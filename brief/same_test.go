package brief

import (
	"strings"
	"testing"
)

// fixture paragraphs, written for this test.
var (
	shipyards = []string{
		"Allied shipyards could repair forward-deployed destroyers within weeks if the two navies agreed a standing maintenance contract.",
		"The backlog at home yards has grown every year since the last drawdown, and nothing in the current budget reverses that trend.",
		"A pilot programme at two yards would show whether the quality and security standards can be met before a larger commitment.",
		"Workforce shortages are the binding constraint on both sides of the Pacific, so training exchanges belong in the first phase.",
	}
	spending = []string{
		"Defense spending should rise gradually, with a clear statement of which capabilities the extra money will buy and when.",
		"Burden sharing debates too often count only cash transfers and ignore the host nation's investment in bases and logistics.",
		"Parliament will support a higher budget only if the government explains the threat in plain terms and publishes its plans.",
		"A multi-year procurement law would let industry invest in capacity instead of waiting for each annual appropriation.",
	}
)

func briefOf(texts ...string) *Brief {
	b := &Brief{}
	for i, t := range texts {
		b.Paragraphs = append(b.Paragraphs, Paragraph{Index: i, Kind: Body, Text: t})
	}
	return b
}

func TestFingerprintContainment(t *testing.T) {
	joined := strings.Join(shipyards, " ")
	edited := strings.Replace(joined, "within weeks", "within ten days", 1)
	for _, tc := range []struct {
		name      string
		a, b      *Brief
		min, max  float64
		sameWords bool
	}{
		{"same paragraphs", briefOf(shipyards...), briefOf(shipyards...), 1, 1, true},
		{"same words, other paragraph breaks", briefOf(shipyards...), briefOf(joined), SameText, 1, true},
		{"punctuation and case differ", briefOf(shipyards...), briefOf(strings.ToUpper(strings.ReplaceAll(joined, ",", " ;"))), SameText, 1, true},
		{"one format keeps extra blocks", briefOf(shipyards...), briefOf(append(append([]string{}, shipyards...), spending...)...), SameText, 1, false},
		{"one paragraph missing", briefOf(shipyards...), briefOf(shipyards[:3]...), SameText, 1, false},
		{"an edition with one phrase changed", briefOf(joined), briefOf(edited), SameText, 1, false},
		{"different briefs on one question", briefOf(shipyards...), briefOf(spending...), 0, 0.2, false},
		{"shared opening sentence only", briefOf(shipyards...), briefOf(shipyards[0], spending[1], spending[2], spending[3]), 0, 0.5, false},
		{"empty brief", briefOf(shipyards...), briefOf(), 0, 0, false},
		{"short texts", briefOf("Yards matter."), briefOf("Yards matter."), 1, 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fa, fb := tc.a.Fingerprint(), tc.b.Fingerprint()
			got := fa.Containment(fb)
			if got < tc.min || got > tc.max {
				t.Errorf("containment = %.3f, want %.2f..%.2f", got, tc.min, tc.max)
			}
			if back := fb.Containment(fa); back != got {
				t.Errorf("containment not symmetric: %.3f and %.3f", got, back)
			}
			if same := fa.SameWords(fb); same != tc.sameWords {
				t.Errorf("SameWords = %v, want %v", same, tc.sameWords)
			}
		})
	}
}

func TestHolds(t *testing.T) {
	report := briefOf(append(append(append([]string{}, spending...), spending...), shipyards...)...).Fingerprint()
	summary := briefOf(shipyards...).Fingerprint()
	if !report.Holds(summary) || summary.Holds(report) {
		t.Errorf("report holds summary %v, summary holds report %v; want true, false", report.Holds(summary), summary.Holds(report))
	}
	if same := briefOf(shipyards...).Fingerprint(); same.Holds(summary) {
		t.Error("a text holds its own copy")
	}
}

func BenchmarkFingerprint(b *testing.B) {
	var ps []string
	for range 50 {
		ps = append(ps, shipyards...)
	}
	br := briefOf(ps...) // about 4,000 words
	b.ReportAllocs()
	for b.Loop() {
		br.Fingerprint()
	}
}

func TestRepeats(t *testing.T) {
	joined := strings.Join(shipyards, " ")
	edited := strings.Replace(joined, "within weeks", "within ten days", 1)
	in := func(format string, texts ...string) *Brief {
		b := briefOf(texts...)
		b.Source.Format = format
		return b
	}
	for _, tc := range []struct {
		name string
		a, b *Brief
		want bool
	}{
		{"same words, same format", in("txt", shipyards...), in("txt", joined), true},
		{"same words, other format", in("pdf", shipyards...), in("docx", shipyards...), true},
		{"nearly the same, other format", in("pdf", joined), in("docx", edited), true},
		{"nearly the same, same format: an edition", in("md", joined), in("md", edited), false},
		{"different briefs, other format", in("pdf", shipyards...), in("docx", spending...), false},
		// Issue 13 case 3: a longer report carrying the summary as an annex.
		{"a report containing the summary", in("txt", shipyards...), in("md", append(append(append([]string{}, spending...), spending...), shipyards...)...), false},
		{"the summary after the report", in("md", append(append(append([]string{}, spending...), spending...), shipyards...)...), in("txt", shipyards...), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Repeats(tc.a, tc.b, tc.a.Fingerprint(), tc.b.Fingerprint()); got != tc.want {
				t.Errorf("Repeats = %v, want %v", got, tc.want)
			}
		})
	}
}
