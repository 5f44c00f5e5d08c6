package export

import (
	"context"
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Overview layout: a title block, then the briefs table whose last columns
// are the topic coverage heat map, then the chart.
const (
	overviewHeaderRow = 5
	overviewFixedCols = 8  // Brief .. File, before the coverage columns
	chartMaxBriefs    = 30 // the chart shows at most this many briefs
	chartMaxTopics    = 12 // and this many topics
)

// overviewTable lists the briefs with their share of words per topic.
func (v *view) overviewTable() *table {
	cols := []column{
		{"Brief", 20, text},
		{"Title", 40, wrapped},
		{"Organisation", 20, wrapped},
		{"Authors", 22, wrapped},
		{"Published", 11, text},
		{"Words", 8, integer},
		{"Format", 7, text},
		{"File", 28, wrapped},
	}
	for _, t := range v.r.Topics {
		cols = append(cols, column{t.Label, 13, share})
	}
	return &table{
		sheet: sheetOverview, file: "overview.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i, b := range v.r.Briefs {
				vals[0], vals[1], vals[2], vals[3] = v.names[i], b.Name(), b.Organization, authors(b)
				vals[4], vals[5], vals[6], vals[7] = b.Published, b.Words, b.Source.Format, b.Source.Path
				for j := range v.r.Topics {
					vals[overviewFixedCols+j] = v.r.Topics[j].Coverage[b.ID]
				}
				if !yield(vals) {
					return nil
				}
			}
			return nil
		},
	}
}

// overview writes the first sheet: what was compared, when and with which
// taxonomy; who covers what as a heat map; and a stacked bar chart of each
// brief's words by topic.
func (b *book) overview(ctx context.Context) error {
	f, v, s := b.f, b.v, sheetOverview
	t := v.overviewTable()
	discovered := 0
	for _, tp := range v.r.Topics {
		if tp.Origin == "discovered" {
			discovered++
		}
	}
	lines := []struct {
		text  string
		style int
	}{
		{"Briefbench comparison: " + subject(v), b.st.title},
		{fmt.Sprintf("%d briefs, %d topics (%d discovered), %d position axes, %d numeric claims, %d differences. Taxonomy: %s. Generated %s.",
			len(v.r.Briefs), len(v.r.Topics), discovered, len(v.r.Axes), len(v.r.Numbers), len(v.r.Differences), v.r.Taxonomy, v.now), b.st.subtitle},
		{"Who covers what: each row is a brief; the shaded columns give the share of its words spent on each topic (darker = more).", b.st.subtitle},
	}
	for i, l := range lines {
		cell := cellName(1, i+1)
		if err := f.SetCellStr(s, cell, l.text); err != nil {
			return err
		}
		if err := f.SetCellStyle(s, cell, cell, l.style); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(s, 1, 24); err != nil {
		return err
	}
	for i, c := range t.cols {
		if err := f.SetColWidth(s, colName(i+1), colName(i+1), c.width); err != nil {
			return err
		}
	}
	if err := f.SetSheetRow(s, cellName(1, overviewHeaderRow), ptr(t.titles())); err != nil {
		return err
	}
	if err := f.SetCellStyle(s, cellName(1, overviewHeaderRow), cellName(len(t.cols), overviewHeaderRow), b.st.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(s, overviewHeaderRow, 45); err != nil {
		return err
	}
	row := overviewHeaderRow
	strs := make([]string, len(t.cols))
	var werr error
	err := t.rows(ctx, func(vals []any) bool {
		row++
		for i, val := range vals {
			strs[i], _ = val.(string)
		}
		if werr = f.SetSheetRow(s, cellName(1, row), &vals); werr != nil {
			return false
		}
		werr = f.SetRowHeight(s, row, rowHeight(t.cols, strs))
		return werr == nil
	})
	if err == nil {
		err = werr
	}
	if err != nil {
		return err
	}
	first, last := overviewHeaderRow+1, max(row, overviewHeaderRow+1)
	for i, c := range t.cols {
		if err := f.SetCellStyle(s, cellName(i+1, first), cellName(i+1, last), b.style(c.kind)); err != nil {
			return err
		}
	}
	if err := f.SetPanes(s, &excelize.Panes{
		Freeze: true, XSplit: 1, YSplit: overviewHeaderRow,
		TopLeftCell: cellName(2, overviewHeaderRow+1), ActivePane: "bottomRight",
	}); err != nil {
		return err
	}
	if len(v.r.Topics) == 0 || len(v.r.Briefs) == 0 {
		return nil
	}
	heat := cellName(overviewFixedCols+1, first) + ":" + cellName(len(t.cols), last)
	if err := f.SetConditionalFormat(s, heat, []excelize.ConditionalFormatOptions{{
		Type: "2_color_scale", Criteria: "=",
		MinType: "num", MinValue: "0", MinColor: "FFFFFF",
		MaxType: "max", MaxColor: "2E75B6",
	}}); err != nil {
		return err
	}
	return b.coverageChart(first, row+2)
}

// coverageChart adds a stacked bar chart of each brief's share of words per
// topic, for the first briefs and topics, below the table at row at.
func (b *book) coverageChart(first, at int) error {
	v := b.v
	nb := min(len(v.r.Briefs), chartMaxBriefs)
	nt := min(len(v.r.Topics), chartMaxTopics)
	sheet := sheetOverview
	cats := fmt.Sprintf("%s!$A$%d:$A$%d", sheet, first, first+nb-1)
	series := make([]excelize.ChartSeries, nt)
	for j := range nt {
		c := colName(overviewFixedCols + 1 + j)
		series[j] = excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", sheet, c, overviewHeaderRow),
			Categories: cats,
			Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", sheet, c, first, c, first+nb-1),
		}
	}
	title := "Share of each brief's words by topic"
	if nb < len(v.r.Briefs) || nt < len(v.r.Topics) {
		title += " (first " + strconv.Itoa(nb) + " briefs, " + strconv.Itoa(nt) + " topics)"
	}
	return b.f.AddChart(sheet, cellName(1, at), &excelize.Chart{
		Type:   excelize.BarStacked,
		Series: series,
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend: excelize.ChartLegend{Position: "right"},
		YAxis:  excelize.ChartAxis{NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}, MajorGridLines: true},
		XAxis:  excelize.ChartAxis{ReverseOrder: true},
		Dimension: excelize.ChartDimension{
			Width: 900, Height: uint(max(260, 60+28*nb)),
		},
		PlotArea: excelize.ChartPlotArea{ShowVal: false},
	})
}
