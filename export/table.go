package export

import (
	"context"
	"unicode/utf8"
)

// kind says how a column's values are shown in the workbook.
type kind int

const (
	text    kind = iota // short text on one line
	wrapped             // long text, wrapped
	integer             // whole number
	decimal             // number with two decimals
	share               // 0..1 shown as a percentage
	amount              // any size, e.g. a year, 2.8 or 14e9 (shown as "14.0 bn")
)

// column is one column of a sheet: its header, width in characters and kind.
type column struct {
	title string
	width float64
	kind  kind
}

// table is one sheet's content as plain values (string, int, float64),
// shared by the workbook and the CSV writer. rows yields one slice per row;
// the slice may be reused by the next call.
type table struct {
	sheet string
	file  string // CSV file name
	cols  []column
	rows  func(ctx context.Context, yield func([]any) bool) error
}

// titles returns the column headers.
func (t *table) titles() []string {
	s := make([]string, len(t.cols))
	for i, c := range t.cols {
		s[i] = c.title
	}
	return s
}

// Row heights in points, for rows of wrapped 10-point text.
const (
	lineHeight = 13.0
	maxHeight  = 409.0 // Excel's limit
)

// rowHeight estimates the height a row needs so its wrapped cells show in
// full: the longest cell's line count at its column width, in points.
// Excel does not size streamed rows itself.
func rowHeight(cols []column, vals []string) float64 {
	lines := 1
	for i, s := range vals {
		if i >= len(cols) || s == "" {
			continue
		}
		if n := lineCount(s, cols[i].width); n > lines {
			lines = n
		}
	}
	return min(float64(lines)*lineHeight+4, maxHeight)
}

// headerHeight is the height of a header row of bold titles: at least
// least points, more when a title wraps to more lines than fit.
func headerHeight(cols []column, titles []string, least float64) float64 {
	narrow := make([]column, len(cols))
	for i, c := range cols {
		narrow[i] = c
		narrow[i].width = c.width * 0.85 // bold text is wider
	}
	return min(maxHeight, max(least, rowHeight(narrow, titles)+4))
}

// lineCount estimates how many lines s wraps to in a column width
// characters wide (10-point text fits about 1.25 characters per unit).
func lineCount(s string, width float64) int {
	per := int(width * 1.25)
	if per < 8 {
		per = 8
	}
	lines := 0
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			n := utf8.RuneCountInString(s[start:i])
			lines += max(1, (n+per-1)/per)
			start = i + 1
		}
	}
	return lines
}
