package export

import (
	"context"
	"strconv"
)

// numbersTable lists every numeric claim with what it measures, the value
// as written and normalised, whether another brief contradicts it and what
// the others say, the sentence and its citation.
func (v *view) numbersTable() *table {
	cols := []column{
		{"Brief", 20, wrapped},
		{"Topic", 22, wrapped},
		{"Quantity", 28, wrapped},
		{"Value", 12, amount},
		{"As written", 12, wrapped},
		{"Unit", 10, wrapped},
		{"Conflict", 9, text},
		{"Other briefs say", 26, wrapped},
		{"Sentence", 60, wrapped},
		{"Citation", 24, wrapped},
	}
	return &table{
		sheet: sheetNumbers, file: "numbers.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i := range v.r.Numbers {
				if i%1024 == 0 {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				c := &v.r.Numbers[i]
				flag, others := "", ""
				if c.Conflict {
					flag, others = conflictFlag, v.otherValues(c)
				}
				vals[0], vals[1], vals[2], vals[3] = v.name(c.Brief), v.label(c.Topic), c.Quantity, c.Value
				vals[4], vals[5], vals[6], vals[7] = c.Raw, c.Unit, flag, others
				vals[8], vals[9] = c.Text, v.cite(c.Brief, c.Paragraph, c.Page)
				if !yield(vals) {
					return nil
				}
			}
			return nil
		},
	}
}

// conflictFlag marks a contradicted claim in the Numbers sheet.
const conflictFlag = "conflict"

// numbers writes the Numbers sheet, filterable, with conflicts flagged red.
func (b *book) numbers(ctx context.Context) error {
	t := b.v.numbersTable()
	sw, err := b.stream(sheetNumbers, t.cols, len(b.v.r.Numbers), 1, true)
	if err != nil {
		return err
	}
	if _, err := b.writeTable(ctx, sw, t, func(col int, val any) int {
		if col == 6 && val == conflictFlag {
			return b.st.conflict
		}
		return 0
	}); err != nil {
		return err
	}
	return sw.Flush()
}

func itoa(i int) string { return strconv.Itoa(i) }
