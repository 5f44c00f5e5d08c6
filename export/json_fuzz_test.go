package export_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"briefbench/export"
)

// FuzzReadJSON: any comparison JSON that DecodeJSON accepts is written by
// every writer without a crash (a writer's panic shows as ErrInternal).
func FuzzReadJSON(f *testing.F) {
	good, err := os.ReadFile("testdata/result.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(strings.Replace(string(good), `"briefs": [`, `"briefs": [null, `, 1)))
	f.Add([]byte(`{"schema": "briefbench.comparison/v1", "briefs": [{"id": "a"}], "topics": [{"id": "t", "passages": [{"brief": "a", "paragraph": -3}], "rows": [{"a": 0}]}]}`))
	f.Add([]byte(`{"schema": "briefbench.comparison/v1", "numbers": [{"brief": "", "text": ""}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := export.DecodeJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		dir := t.TempDir()
		for _, name := range []string{"c.xlsx", "m.docx", "m.md", "c.json", "csv/"} {
			err := export.ToPath(context.Background(), r, dir+"/"+name, export.Options{})
			if errors.Is(err, export.ErrInternal) {
				t.Fatalf("%s: %v", name, err)
			}
		}
	})
}
