package compare

// Stage is one stage of Run, as Options.Progress names it, with its rough
// share of a run's time.
type Stage struct {
	Name   string
	Weight float64
}

// Stages returns Run's stages in the order it runs them, with their shares
// of a run's time (measured on 10 to 100 briefs; they sum to 1), so a
// progress bar can move once across the whole run instead of filling once
// per stage (see Overall).
func Stages() []Stage {
	return []Stage{
		{StagePassages, 0.15},
		{StageTopics, 0.10},
		{StageDiscover, 0.10},
		{StageAlign, 0.35},
		{StageAxes, 0.05},
		{StageNumbers, 0.05},
		{StageDistinctive, 0.05},
		{StageDifferences, 0.15},
	}
}

// Overall turns the fraction done of one stage (as Options.Progress reports
// it) into the fraction done of the whole run, 0..1. An unknown stage gives
// 0.
func Overall(stage string, done float64) float64 {
	start := 0.0
	for _, s := range Stages() {
		if s.Name == stage {
			return min(1, start+s.Weight*min(max(done, 0), 1))
		}
		start += s.Weight
	}
	return 0
}
