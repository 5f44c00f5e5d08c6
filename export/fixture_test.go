package export_test

import (
	"path/filepath"
	"testing"
	"time"

	"briefbench/compare"
	"briefbench/export"
)

// fixedNow is the creation time of every test export, so outputs are
// deterministic.
var fixedNow = time.Date(2026, 11, 23, 19, 45, 0, 0, time.UTC)

func testOptions() export.Options {
	return export.Options{Now: fixedNow, Author: "J. Analyst, Korea desk"}
}

// fixture loads the hand-made comparison of three fictional briefs.
func fixture(tb testing.TB) *compare.Result {
	tb.Helper()
	r, err := export.ReadJSON(filepath.Join("testdata", "result.json"))
	if err != nil {
		tb.Fatal(err)
	}
	return r
}
