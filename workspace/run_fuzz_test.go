package workspace_test

import (
	"context"
	"testing"
	"time"

	"briefbench/compare"
	"briefbench/workspace"
)

// runSeeds are workspace files for FuzzRun: two small briefs with edits,
// a taxonomy of the analyst's and one with a paragraph of many figures.
var runSeeds = []string{
	`{"version": 1, "briefs": [
	  {"id": "a", "title": "Yards", "source": {"format": "txt"}, "paragraphs": [{"index": 0, "kind": "body", "text": "Allies should share shipyards in Busan to repair destroyers within weeks; spending is 2.8% of GDP."}]},
	  {"id": "b", "title": "Money", "source": {"format": "md"}, "paragraphs": [{"index": 0, "kind": "body", "text": "Seoul spends 3.5% of GDP on defense and should not pay more for shipyards."}]}],
	 "excluded": [], "edits": {"renames": {"burden-sharing": "Who pays"}, "notes": {"x": "y"}}}`,
	`{"version": 1, "briefs": [{"id": "a", "paragraphs": [{"text": "1% 2% 3% 4% 5% of GDP in 2027, 2030 and 2031."}]}], "taxonomy_yaml": "topics:\n  - id: t\n    label: T\n    cues: [gdp]\n"}`,
	`{"version": 1, "briefs": [{"id": "a", "paragraphs": [{"index": 5, "text": "x"}]}, {"id": "a"}], "edits": {"moves": [{"brief": "a", "paragraph": 9, "to": "nowhere"}], "merges": [{"from": "a", "into": "a"}]}}`,
}

// FuzzRun: whatever a workspace file holds, reading it and comparing its
// briefs gives a result or an error, never a panic or a hang.
func FuzzRun(f *testing.F) {
	for _, s := range runSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ws, err := workspace.Decode("f.briefbench", data)
		if err != nil {
			return
		}
		opts, err := ws.Options()
		if err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		res, err := compare.Run(ctx, ws.Included(), opts)
		if err == nil && res == nil {
			t.Fatal("no result and no error")
		}
	})
}
