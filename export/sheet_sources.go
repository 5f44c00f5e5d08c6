package export

import (
	"context"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"
)

// sourcesTable lists each brief's source file: name (never the folder it
// sits in on this machine), format, SHA-256, size,
// import time, words and the number of blocks the importer dropped.
func (v *view) sourcesTable() *table {
	cols := []column{
		{"Brief", 20, wrapped},
		{"Title", 36, wrapped},
		{"File", 40, wrapped},
		{"Format", 7, text},
		{"SHA-256", 66, text},
		{"Bytes", 11, integer},
		{"Imported", 18, text},
		{"Words", 8, integer},
		{"Dropped blocks", 9, integer},
	}
	return &table{
		sheet: sheetSources, file: "sources.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i, b := range v.r.Briefs {
				s := b.Source
				vals[0], vals[1], vals[2], vals[3] = v.names[i], b.Name(), fileName(b), s.Format
				vals[4], vals[5], vals[6] = s.SHA256, s.Bytes, importTime(s.Imported)
				vals[7], vals[8] = b.Words, len(b.Dropped)
				if !yield(vals) {
					return nil
				}
			}
			return ctx.Err()
		},
	}
}

// importTime formats an import time in UTC, empty when unknown.
func importTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04:05")
}

// droppedTable lists the blocks each importer dropped, with the reason, so a
// reader can check nothing substantive was lost.
func (v *view) droppedTable() *table {
	cols := []column{
		{"Brief", 20, wrapped},
		{"Reason", 36, wrapped},
		{"Dropped text", 40, wrapped},
		{"Page", 7, integer},
		{"After paragraph", 12, integer},
	}
	return &table{
		sheet: sheetSources, file: "dropped.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i, b := range v.r.Briefs {
				for _, d := range b.Dropped {
					after := any("start")
					if d.After >= 0 {
						after = d.After + 1
					}
					vals[0], vals[1], vals[2], vals[3], vals[4] = v.names[i], string(d.Reason), truncate(d.Text, 2000), blankZero(d.Page), after
					if !yield(vals) {
						return nil
					}
				}
			}
			return ctx.Err()
		},
	}
}

// sources writes the Sources sheet: the sources table, then the dropped
// blocks under their own heading.
func (b *book) sources(ctx context.Context) error {
	t, d := b.v.sourcesTable(), b.v.droppedTable()
	sw, err := b.stream(sheetSources, t.cols, len(b.v.r.Briefs), 1, true)
	if err != nil {
		return err
	}
	n, err := b.writeTable(ctx, sw, t, nil)
	if err != nil {
		return err
	}
	row := n + 3
	if err := sw.SetRow("A"+strconv.Itoa(row), []any{excelize.Cell{StyleID: b.st.section, Value: "Dropped blocks"}}, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	row++
	head := make([]any, len(d.cols))
	for i, c := range d.cols {
		head[i] = excelize.Cell{StyleID: b.st.header, Value: c.title}
	}
	if err := sw.SetRow("A"+strconv.Itoa(row), head, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	cells := make([]any, len(d.cols))
	strs := make([]string, len(d.cols))
	var werr error
	err = d.rows(ctx, func(vals []any) bool {
		row++
		for i, val := range vals {
			strs[i], _ = val.(string)
			cells[i] = excelize.Cell{StyleID: b.style(d.cols[i].kind), Value: val}
		}
		// Heights follow the Sources column widths, which this table shares.
		werr = sw.SetRow("A"+strconv.Itoa(row), cells, excelize.RowOpts{Height: rowHeight(t.cols, strs)})
		return werr == nil
	})
	if err == nil {
		err = werr
	}
	if err != nil {
		return err
	}
	return sw.Flush()
}
