package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"briefbench/compare"
)

// CSV writes one CSV file per workbook sheet into dir (created if missing):
// overview.csv, side-by-side.csv, positions.csv, differences.csv,
// numbers.csv, passages.csv, notes.csv, sources.csv and dropped.csv (the
// Sources sheet's second table). Values are plain text: citations in
// parentheses, wording diffs as [-deleted-]{+inserted+}, shares as
// fractions. Each file is written atomically.
func CSV(ctx context.Context, r *compare.Result, dir string, opts Options) error {
	if r == nil {
		return fmt.Errorf("write %s: %w", dir, ErrNoResult)
	}
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return fmt.Errorf("write %s: %w", dir, ErrNotFolder)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", dir, unwrapPathError(err))
	}
	for _, t := range newView(r, opts).tables() {
		if err := ctx.Err(); err != nil {
			return err
		}
		path := filepath.Join(dir, t.file)
		if err := writeFile(path, func(w io.Writer) error { return writeCSV(ctx, w, t) }); err != nil {
			return err
		}
	}
	return nil
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
