package export_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"briefbench/export"
)

// ToPath picks the writer from the path: a folder gets one CSV per sheet.
func ExampleToPath() {
	r, err := export.ReadJSON(filepath.Join("testdata", "result.json"))
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "briefbench-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	opts := export.Options{Now: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	if err := export.ToPath(context.Background(), r, dir+string(filepath.Separator), opts); err != nil {
		fmt.Println(err)
		return
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println(e.Name())
	}
	// Output:
	// differences.csv
	// dropped.csv
	// notes.csv
	// numbers.csv
	// overview.csv
	// passages.csv
	// positions.csv
	// side-by-side.csv
	// sources.csv
}
