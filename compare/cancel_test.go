package compare_test

import (
	"context"
	"errors"
	"testing"

	"briefbench/compare"
)

// TestRunCancelledAtEachStage cancels the comparison from its progress
// callback as each stage starts and expects Run to stop with the context's
// error instead of finishing the remaining stages.
func TestRunCancelledAtEachStage(t *testing.T) {
	stages := []string{
		compare.StagePassages, compare.StageTopics, compare.StageAlign, compare.StageAxes,
		compare.StageNumbers, compare.StageDistinctive, compare.StageDifferences,
	}
	for _, stage := range stages {
		t.Run(stage, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var after []string
			opts := compare.DefaultOptions()
			opts.Progress = func(s string, done float64) {
				if s == stage {
					cancel()
				}
				if ctx.Err() != nil && s != stage {
					after = append(after, s)
				}
			}
			res, err := compare.Run(ctx, smallBriefs(), opts)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Run after cancelling at %s: err = %v, want context.Canceled", stage, err)
			}
			if res != nil {
				t.Errorf("Run returned a result after cancellation")
			}
			if len(after) > 1 {
				t.Errorf("stages started after cancelling at %s: %q", stage, after)
			}
		})
	}
}
