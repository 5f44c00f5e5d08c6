package present

import (
	"fmt"

	"briefbench/compare"
)

// Leaning thresholds: the one rule every view uses to say where a brief
// stands on an axis.
const (
	// LeanThreshold is the score (in [-1, 1]) from which a brief leans
	// toward a pole; nearer zero it is balanced.
	LeanThreshold = 0.15
	// MinEvidence is the summed evidence weight (both poles) below which
	// a brief shows "not enough evidence": less than one strong sentence
	// (a phrase cue weighs 1.5) and a second one.
	MinEvidence = 2.0
)

// LeanKind says how a brief stands on an axis.
type LeanKind int

// Lean kinds.
const (
	NotEnough LeanKind = iota // too little evidence to place the brief
	Balanced                  // evidence on both sides, none prevailing
	Toward                    // leans toward Lean.Pole
	Mixed                     // argues both poles at length
)

// Lean is a brief's leaning on an axis with its phrasing.
type Lean struct {
	Kind LeanKind
	Pole string // the pole leaned toward (Kind Toward)
	// Text is the phrase every view shows: "leans toward regional",
	// "balanced", "argues both sides", "not enough evidence".
	Text string
	// Short is the table form: "regional", "balanced", "mixed", "not
	// enough evidence".
	Short string
}

// Leaning reads a position on ax.
func Leaning(ax *compare.Axis, p compare.Position) Lean {
	switch {
	case p.Totals[0]+p.Totals[1] < MinEvidence:
		return Lean{Kind: NotEnough, Text: "not enough evidence", Short: "not enough evidence"}
	case p.Mixed:
		return Lean{Kind: Mixed, Text: "argues both sides", Short: "mixed"}
	case p.Score <= -LeanThreshold:
		return Lean{Kind: Toward, Pole: ax.Poles[0], Text: "leans toward " + ax.Poles[0], Short: ax.Poles[0]}
	case p.Score >= LeanThreshold:
		return Lean{Kind: Toward, Pole: ax.Poles[1], Text: "leans toward " + ax.Poles[1], Short: ax.Poles[1]}
	}
	return Lean{Kind: Balanced, Text: "balanced", Short: "balanced"}
}

// Score writes a score with its sign and a true minus, two decimals:
// "+0.42", "−0.10", "+0.00".
func Score(s float64) string {
	if s < 0 {
		return fmt.Sprintf("−%.2f", -s)
	}
	return fmt.Sprintf("+%.2f", s)
}
