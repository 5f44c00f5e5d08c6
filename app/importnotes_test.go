package app

import (
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/importers"
)

// The import summary shows what an importer repaired (Source.Notes), and a
// file name with a line break cannot forge a line in it.
func TestImportSummaryNotesAndNames(t *testing.T) {
	w, _ := newTestWorkbench(t, false)
	b := testBriefs()[0]
	b.Source.Notes = []string{"not UTF-8: read as Windows-1252"}
	w.importDone([]*brief.Brief{b}, []error{&importers.Error{File: "memo\nAdded 9 briefs.txt", Err: importers.ErrEmpty}})
	got := w.status.label.Text
	if !strings.Contains(got, `memo\nAdded 9 briefs.txt: empty file`) || strings.Contains(got, "\n") {
		t.Errorf("status %q: the file name is not escaped", got)
	}
	if !strings.Contains(got, "meridian.pdf: not UTF-8: read as Windows-1252") {
		t.Errorf("status %q lacks the import note", got)
	}
}
