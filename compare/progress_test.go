package compare_test

import (
	"math"
	"testing"

	"briefbench/compare"
)

func TestOverall(t *testing.T) {
	sum := 0.0
	for _, s := range compare.Stages() {
		sum += s.Weight
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("stage weights sum to %v, want 1", sum)
	}
	prev := -1.0
	for _, s := range compare.Stages() {
		for _, done := range []float64{-0.5, 0, 0.5, 1, 1.5} {
			got := compare.Overall(s.Name, done)
			if got < prev || got > 1 {
				t.Errorf("%s %.1f: overall %.3f after %.3f", s.Name, done, got, prev)
			}
			prev = got
		}
	}
	if prev < 0.999 {
		t.Errorf("the last stage ends at %.3f, want 1", prev)
	}
	if got := compare.Overall(compare.StageAlign, 1); got > 0.75 {
		t.Errorf("align done shows %.2f: later stages would leave the bar full", got)
	}
	if got := compare.Overall("no such stage", 0.5); got != 0 {
		t.Errorf("unknown stage gives %v", got)
	}
}
