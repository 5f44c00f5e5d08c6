package export_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"briefbench/export"
)

// Issue 13 case 12: an organisation and a topic label of about 1,600
// characters no longer break the workbook; cells show them clipped and the
// Overview keeps the full text in a comment.
func TestWorkbookLongNames(t *testing.T) {
	r := fixture(t)
	longOrg := strings.Repeat("Institute for the Study of Very Long Names ", 38)
	longTopic := strings.Repeat("Shipbuilding and repair capacity ", 48)
	r.Briefs[0].Organization = longOrg
	r.Topics[0].Label = longTopic
	path := filepath.Join(t.TempDir(), "long.xlsx")
	if err := export.Workbook(context.Background(), r, path, testOptions()); err != nil {
		t.Fatalf("workbook with long names: %v", err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, s := range f.GetSheetList() {
		rows, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, c := range row {
				if strings.Contains(c, longTopic) || strings.Contains(c, strings.TrimSpace(longOrg)) {
					t.Errorf("sheet %s holds a long name whole", s)
				}
			}
		}
	}
	comments, err := f.GetComments("Overview")
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, c := range comments {
		for _, p := range c.Paragraph {
			found = found || p.Text == longTopic
		}
	}
	if !found {
		t.Errorf("no comment keeps the full topic label (%d comments)", len(comments))
	}
	if r.Topics[0].Label != longTopic {
		t.Error("the caller's comparison was changed")
	}
}
