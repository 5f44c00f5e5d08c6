package export

import (
	"context"
	"strings"

	"github.com/xuri/excelize/v2"

	"briefbench/compare"
)

// evidenceQuotes is the most quotes per pole shown in a Positions cell.
const evidenceQuotes = 3

// positionsTable lists every brief on every axis: the score (-1 toward the
// first pole, +1 toward the second), the leaning, the confidence and the
// quotes that pull the brief toward each pole.
func (v *view) positionsTable() *table {
	cols := []column{
		{"Axis", 22, wrapped},
		{"Brief", 20, wrapped},
		{"Score", 16, decimal},
		{"Leaning", 14, wrapped},
		{"Confidence", 11, share},
		{"Mixed", 7, text},
		{"Evidence toward first pole", 55, wrapped},
		{"Evidence toward second pole", 55, wrapped},
	}
	return &table{
		sheet: sheetPositions, file: "positions.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i := range v.r.Axes {
				ax := &v.r.Axes[i]
				if err := ctx.Err(); err != nil {
					return err
				}
				for j, br := range v.r.Briefs {
					p, ok := ax.Positions[br.ID]
					if !ok {
						continue
					}
					mixed := ""
					if p.Mixed {
						mixed = "yes"
					}
					vals[0], vals[1], vals[2], vals[3] = ax.Label, v.names[j], p.Score, leaning(ax, p)
					vals[4], vals[5] = p.Confidence, mixed
					vals[6] = v.evidence(br.ID, p, ax.Poles[0])
					vals[7] = v.evidence(br.ID, p, ax.Poles[1])
					if !yield(vals) {
						return nil
					}
				}
			}
			return nil
		},
	}
}

// evidence lists a position's strongest quotes for pole, each with its
// citation, e.g. "self-reliance: “Export success …” (Meridian Institute ¶4)".
func (v *view) evidence(id string, p compare.Position, pole string) string {
	var sb strings.Builder
	n := 0
	for _, e := range p.Evidence {
		if e.Pole != pole || n == evidenceQuotes {
			continue
		}
		if n == 0 {
			sb.WriteString(pole + ":")
		}
		n++
		sb.WriteString("\n“" + truncate(e.Text, 600) + "” (" + v.cite(id, e.Paragraph, e.Page) + ")")
	}
	return sb.String()
}

// positions writes the Positions sheet with the score shown as a data bar
// from -1 to 1 and confidence as a lighter bar.
func (b *book) positions(ctx context.Context) error {
	t := b.v.positionsTable()
	n := len(b.v.r.Axes) * len(b.v.r.Briefs)
	if n > 0 {
		last := itoa(n + 1)
		if err := b.f.SetConditionalFormat(sheetPositions, "C2:C"+last, []excelize.ConditionalFormatOptions{{
			Type: "data_bar", Criteria: "=",
			MinType: "num", MinValue: "-1", MaxType: "num", MaxValue: "1",
			BarColor: "5B9BD5", BarSolid: true,
		}}); err != nil {
			return err
		}
		if err := b.f.SetConditionalFormat(sheetPositions, "E2:E"+last, []excelize.ConditionalFormatOptions{{
			Type: "data_bar", Criteria: "=",
			MinType: "num", MinValue: "0", MaxType: "num", MaxValue: "1",
			BarColor: "A9D08E", BarSolid: true,
		}}); err != nil {
			return err
		}
	}
	sw, err := b.stream(sheetPositions, t.cols, n, 2, true)
	if err != nil {
		return err
	}
	if _, err := b.writeTable(ctx, sw, t, nil); err != nil {
		return err
	}
	return sw.Flush()
}
