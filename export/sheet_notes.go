package export

import (
	"context"

	"github.com/xuri/excelize/v2"
)

// notesTable lists every topic with the analyst's note and empty columns
// ready to fill: follow-up, owner and status.
func (v *view) notesTable() *table {
	cols := []column{
		{"Topic", 28, wrapped},
		{"Topic ID", 22, wrapped},
		{"Origin", 10, text},
		{"Note", 60, wrapped},
		{"Follow-up", 40, wrapped},
		{"Owner", 14, wrapped},
		{"Status", 12, text},
	}
	return &table{
		sheet: sheetNotes, file: "notes.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i := range v.r.Topics {
				t := &v.r.Topics[i]
				vals[0], vals[1], vals[2], vals[3] = t.Label, t.ID, string(t.Origin), t.Note
				vals[4], vals[5], vals[6] = "", "", ""
				if !yield(vals) {
					return nil
				}
			}
			return ctx.Err()
		},
	}
}

// notes writes the Notes sheet; Status offers Open, In progress and Done.
func (b *book) notes(ctx context.Context) error {
	t := b.v.notesTable()
	n := max(len(b.v.r.Topics), 1)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = "G2:G" + itoa(n+200)
	if err := dv.SetDropList([]string{"Open", "In progress", "Done"}); err != nil {
		return err
	}
	if err := b.f.AddDataValidation(sheetNotes, dv); err != nil {
		return err
	}
	sw, err := b.stream(sheetNotes, t.cols, n, 1, true)
	if err != nil {
		return err
	}
	if _, err := b.writeTable(ctx, sw, t, nil); err != nil {
		return err
	}
	return sw.Flush()
}
