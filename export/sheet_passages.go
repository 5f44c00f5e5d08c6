package export

import (
	"context"
	"strings"

	"github.com/xuri/excelize/v2"
)

// passagesTable lists every passage under every topic, one row each, ready
// for pivot tables: topic, brief, paragraph (1-based, as cited), sentence,
// page, section, score, matched terms, text and citation.
func (v *view) passagesTable() *table {
	cols := []column{
		{"Topic", 22, wrapped},
		{"Topic ID", 18, wrapped},
		{"Origin", 10, text},
		{"Brief", 20, wrapped},
		{"Paragraph", 10, integer},
		{"Sentence", 9, integer},
		{"Page", 6, integer},
		{"Section", 20, wrapped},
		{"Score", 8, decimal},
		{"Terms", 22, wrapped},
		{"Text", 70, wrapped},
		{"Citation", 24, wrapped},
	}
	return &table{
		sheet: sheetPassages, file: "passages.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i := range v.r.Topics {
				t := &v.r.Topics[i]
				if err := ctx.Err(); err != nil {
					return err
				}
				for k := range t.Passages {
					p := &t.Passages[k]
					vals[0], vals[1], vals[2], vals[3] = t.Label, t.ID, string(t.Origin), v.name(p.Brief)
					vals[4], vals[5], vals[6] = p.Paragraph+1, blankZero(p.Sentence), blankZero(p.Page)
					vals[7], vals[8], vals[9] = strings.Join(p.Section, " › "), p.Score, strings.Join(p.Terms, ", ")
					vals[10], vals[11] = truncate(p.Text, maxCellRunes), v.cite(p.Brief, p.Paragraph, p.Page)
					if !yield(vals) {
						return nil
					}
				}
			}
			return nil
		},
	}
}

// blankZero returns nil (an empty cell) for 0, else n.
func blankZero(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// passages writes the Passages sheet as an Excel table named Passages.
func (b *book) passages(ctx context.Context) error {
	t := b.v.passagesTable()
	n := 0
	for i := range b.v.r.Topics {
		n += len(b.v.r.Topics[i].Passages)
	}
	sw, err := b.stream(sheetPassages, t.cols, n, 0, false)
	if err != nil {
		return err
	}
	rows, err := b.writeTable(ctx, sw, t, nil)
	if err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{
		Range:     "A1:" + cellName(len(t.cols), max(rows+1, 2)),
		Name:      "Passages",
		StyleName: "TableStyleLight9",
	}); err != nil {
		return err
	}
	return sw.Flush()
}
