package export

import (
	"context"
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Overview layout: a title block, then the briefs table whose last columns
// are the topic coverage heat map, then the chart and its data.
const (
	overviewHeaderRow  = 5
	overviewFixedCols  = 8  // Brief .. File, before the coverage columns
	overviewWordsCol   = 6  // the Words column
	overviewBriefWidth = 22 // the Brief column's width
	overviewTopicWidth = 13 // a coverage column's width
	chartRowPixels     = 20 // height of a default row, to place the chart data below the chart
	chartMaxBriefs     = 30 // the chart shows at most this many briefs
	chartMaxTopics     = 12 // and this many topic series (the rest as "Other topics")
)

// overviewTable lists the briefs with their share of words per topic.
func (v *view) overviewTable() *table {
	cols := []column{
		{"Brief", overviewBriefWidth, wrapped},
		{"Title", 40, wrapped},
		{"Organisation", 20, wrapped},
		{"Authors", 22, wrapped},
		{"Date", 11, wrapped},
		{"Words", 8, integer},
		{"Format", 7, text},
		{"File", 28, wrapped},
	}
	for _, t := range v.r.Topics {
		cols = append(cols, column{t.Label, overviewTopicWidth, share})
	}
	return &table{
		sheet: sheetOverview, file: "overview.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i, b := range v.r.Briefs {
				vals[0], vals[1], vals[2], vals[3] = v.names[i], b.Name(), b.Organization, authors(b)
				vals[4], vals[5], vals[6], vals[7] = b.Date(), b.Words, b.Source.Format, fileName(b)
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
// brief's words by main topic, with its data.
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
		{fmt.Sprintf("%s, %s (%d discovered), %s, %s, %s. Taxonomy: %s. Generated %s.",
			count(len(v.r.Briefs), "brief", "briefs"), count(len(v.r.Topics), "topic", "topics"), discovered,
			count(len(v.r.Axes), "position axis", "position axes"), count(len(v.r.Numbers), "numeric claim", "numeric claims"),
			count(len(v.r.Differences), "difference", "differences"), v.r.Taxonomy, v.now), b.st.subtitle},
		{"Who covers what: each row is a brief; the shaded columns give the share of its words spent on each topic (darker = more). " +
			"A passage on several topics counts in each, so a row can add up to more than 100%; the chart below counts each passage once.", b.st.subtitle},
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
	if err := f.SetRowHeight(s, overviewHeaderRow, headerHeight(t.cols, t.titles(), 45)); err != nil {
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
	return b.coverageChart(row + 2)
}

// coverageChart writes the chart data below the table (from row at on)
// and a stacked bar chart of it: for the first briefs, their words by main
// topic, each passage counted once (see topicMix), so every bar is 100%.
func (b *book) coverageChart(at int) error {
	f, v, s := b.f, b.v, sheetOverview
	nb := min(len(v.r.Briefs), chartMaxBriefs)
	mix := newTopicMix(v.r, nb)
	if len(mix.topics) == 0 && !mix.other {
		return nil // no passages: nothing to plot
	}
	height := max(300, 90+28*nb)
	data := at + (height+chartRowPixels-1)/chartRowPixels + 2
	head := data + 1

	heading := "Chart data: each brief's words by main topic. Every passage counts once, under the topic it scores highest on; " +
		"shares are of the brief's words in passages with a topic."
	if err := f.SetCellStr(s, cellName(1, data), heading); err != nil {
		return err
	}
	if err := f.SetCellStyle(s, cellName(1, data), cellName(1, data), b.st.section); err != nil {
		return err
	}
	labels := make([]string, 0, len(mix.topics)+1)
	for _, t := range mix.topics {
		labels = append(labels, v.r.Topics[t].Label)
	}
	if mix.other {
		labels = append(labels, "Other topics")
	}
	lastCol := overviewFixedCols + len(labels)
	if err := f.SetCellStr(s, cellName(1, head), "Brief"); err != nil {
		return err
	}
	if err := f.SetCellStr(s, cellName(overviewWordsCol, head), "Words with a topic"); err != nil {
		return err
	}
	if err := f.SetSheetRow(s, cellName(overviewFixedCols+1, head), &labels); err != nil {
		return err
	}
	if err := f.SetCellStyle(s, cellName(1, head), cellName(lastCol, head), b.st.header); err != nil {
		return err
	}
	hcols := []column{{width: overviewBriefWidth}}
	for range labels {
		hcols = append(hcols, column{width: overviewTopicWidth})
	}
	if err := f.SetRowHeight(s, head, headerHeight(hcols, append([]string{"Brief"}, labels...), 45)); err != nil {
		return err
	}
	for i := range nb {
		r := head + 1 + i
		if err := f.SetCellStr(s, cellName(1, r), v.names[i]); err != nil {
			return err
		}
		if err := f.SetCellInt(s, cellName(overviewWordsCol, r), int64(mix.words[i])); err != nil {
			return err
		}
		if err := f.SetSheetRow(s, cellName(overviewFixedCols+1, r), &mix.shares[i]); err != nil {
			return err
		}
		if err := f.SetRowHeight(s, r, rowHeight([]column{{width: overviewBriefWidth}}, []string{v.names[i]})); err != nil {
			return err
		}
	}
	lastRow := head + nb
	for _, c := range []struct{ from, to, style int }{
		{1, 1, b.st.wrap},
		{2, overviewFixedCols, b.st.text},
		{overviewWordsCol, overviewWordsCol, b.st.integer},
		{overviewFixedCols + 1, lastCol, b.st.share},
	} {
		if err := f.SetCellStyle(s, cellName(c.from, head+1), cellName(c.to, lastRow), c.style); err != nil {
			return err
		}
	}

	sheet := quoteSheet(s)
	cats := fmt.Sprintf("%s!$A$%d:$A$%d", sheet, head+1, lastRow)
	series := make([]excelize.ChartSeries, len(labels))
	for j := range labels {
		c := colName(overviewFixedCols + 1 + j)
		series[j] = excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", sheet, c, head),
			Categories: cats,
			Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", sheet, c, head+1, c, lastRow),
		}
	}
	title := "Each brief's words by main topic (each passage counted once)"
	if nb < len(v.r.Briefs) {
		title += ": first " + strconv.Itoa(nb) + " of " + count(len(v.r.Briefs), "brief", "briefs")
	}
	axisFont := excelize.Font{Family: "Calibri", Size: 9, Color: "404040"}
	return f.AddChart(s, cellName(1, at), &excelize.Chart{
		Type:   excelize.BarStacked,
		Series: series,
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend: excelize.ChartLegend{Position: "right"},
		YAxis: excelize.ChartAxis{
			NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}, MajorGridLines: true,
			Minimum: ptr(0.0), Maximum: ptr(1.0), MajorUnit: 0.2, Font: axisFont,
			Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{
				Text: "Share of the brief's words in passages with a topic (100% = all of them)",
				Font: &excelize.Font{Family: "Calibri", Size: 9, Color: "404040"},
			}}},
		},
		XAxis: excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		Dimension: excelize.ChartDimension{
			Width: 1000, Height: uint(height),
		},
	})
}
