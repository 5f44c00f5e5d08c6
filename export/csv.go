package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"briefbench/compare"
	"briefbench/disk"
)

// CSV writes one CSV file per workbook sheet into dir (created if missing):
// overview.csv, side-by-side.csv, positions.csv, differences.csv,
// numbers.csv, passages.csv, notes.csv, sources.csv and dropped.csv (the
// Sources sheet's second table). Values are plain text: citations in
// parentheses, wording diffs as [-deleted-]{+inserted+}, shares as
// fractions. The files are written as one set (disk.WriteFolder): readers
// see the whole earlier export or the whole new one, never a mix. An
// existing dir may hold only an earlier export's files (disk.ErrForeign).
func CSV(ctx context.Context, r *compare.Result, dir string, opts Options) error {
	if r == nil {
		return fmt.Errorf("write %s: %w", dir, ErrNoResult)
	}
	tables := newView(r, opts).tables()
	return disk.WriteFolder(dir, func(f *disk.Folder) error {
		for _, t := range tables {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := f.Write(t.file, func(w io.Writer) error { return writeCSV(ctx, w, t) }); err != nil {
				return err
			}
		}
		return nil
	})
}

// tables returns every sheet's plain table, in workbook order.
func (v *view) tables() []*table {
	return []*table{
		v.overviewTable(), v.sideTable(), v.positionsTable(), v.differencesTable(),
		v.numbersTable(), v.passagesTable(), v.notesTable(), v.sourcesTable(), v.droppedTable(),
	}
}

// writeCSV writes a table with its header row.
func writeCSV(ctx context.Context, w io.Writer, t *table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.titles()); err != nil {
		return err
	}
	rec := make([]string, len(t.cols))
	var werr error
	err := t.rows(ctx, func(vals []any) bool {
		for i, val := range vals {
			rec[i] = plainValue(val)
		}
		werr = cw.Write(rec[:len(vals)])
		return werr == nil
	})
	if err == nil {
		err = werr
	}
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// plainValue formats a table value for CSV.
func plainValue(val any) string {
	switch x := val.(type) {
	case nil:
		return ""
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case rich:
		return x.plain()
	}
	return fmt.Sprint(val)
}
