package export

import (
	"context"
	"strconv"

	"github.com/xuri/excelize/v2"

	"briefbench/compare"
	"briefbench/present"
)

// Side by side layout: Topic and Row columns, then one column per brief.
const (
	sideFixedCols = 2
	sideWidth     = 48    // brief column width in characters
	maxCellRunes  = 32000 // Excel holds 32,767 characters per cell
)

// sideColumns are the Side by side columns: Topic, Row, then the briefs.
func (v *view) sideColumns() []column {
	cols := []column{{"Topic", 22, wrapped}, {"Row", 5, integer}}
	for _, n := range v.names {
		cols = append(cols, column{n, sideWidth, wrapped})
	}
	return cols
}

// sideRows counts the Side by side rows: one per aligned row.
func (v *view) sideRows() int {
	n := 0
	for i := range v.r.Topics {
		n += len(v.r.Topics[i].Rows)
	}
	return n
}

// eachSide calls fn for every aligned row of every topic, in order, with
// the row's number within its topic (1-based). It stops at fn's first
// error or when ctx is cancelled.
func (v *view) eachSide(ctx context.Context, fn func(t *compare.Topic, n int, row compare.Row) error) error {
	for i := range v.r.Topics {
		t := &v.r.Topics[i]
		if err := ctx.Err(); err != nil {
			return err
		}
		for n, row := range t.Rows {
			if err := fn(t, n+1, row); err != nil {
				return err
			}
		}
	}
	return nil
}

// sideTable is the Side by side sheet as plain text (for CSV): each cell
// holds the passage followed by its citation, empty where a brief is silent.
func (v *view) sideTable() *table {
	cols := v.sideColumns()
	return &table{
		sheet: sheetSideBySide, file: "side-by-side.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			stop := errStop{}
			err := v.eachSide(ctx, func(t *compare.Topic, n int, row compare.Row) error {
				vals[0], vals[1] = t.Label, n
				for j, b := range v.r.Briefs {
					vals[sideFixedCols+j] = ""
					if p := passageAt(t, row, b.ID); p != nil {
						vals[sideFixedCols+j] = p.Text + " (" + v.cite(b.ID, p.Paragraph, p.Page) + ")"
					}
				}
				if !yield(vals) {
					return stop
				}
				return nil
			})
			if err == stop {
				return nil
			}
			return err
		},
	}
}

// errStop ends an iteration early when the consumer stops.
type errStop struct{}

func (errStop) Error() string { return "stopped" }

// sideBySide writes one block per topic, one row per aligned row, one
// column per brief. Cells are rich text: the brief's distinctive terms in
// the topic in bold blue, numbers another brief contradicts in bold red,
// and the citation in grey italics at the end; "not addressed" in grey
// where the brief is silent. Topic and header are frozen; autofilter on.
func (b *book) sideBySide(ctx context.Context) error {
	v := b.v
	cols := v.sideColumns()
	sw, err := b.stream(sheetSideBySide, cols, v.sideRows(), sideFixedCols, true)
	if err != nil {
		return err
	}
	cells := make([]any, len(cols))
	strs := make([]string, len(cols))
	terms := make([][]string, len(v.r.Briefs))
	var topic *compare.Topic
	r := 1
	err = v.eachSide(ctx, func(t *compare.Topic, n int, row compare.Row) error {
		if t != topic {
			topic = t
			for j, br := range v.r.Briefs {
				terms[j] = terms[j][:0]
				for _, tm := range t.Distinctive[br.ID] {
					terms[j] = append(terms[j], tm.Term)
				}
			}
		}
		r++
		topicStyle := b.st.grey // repeated for filtering, quiet
		if n == 1 {
			topicStyle = b.st.topic
		}
		cells[0] = excelize.Cell{StyleID: topicStyle, Value: t.Label}
		cells[1] = excelize.Cell{StyleID: b.st.integer, Value: n}
		strs[0] = t.Label
		for j, br := range v.r.Briefs {
			p := passageAt(t, row, br.ID)
			if p == nil {
				cells[sideFixedCols+j] = excelize.Cell{StyleID: b.st.grey, Value: present.Silence(t, br.ID)}
				strs[sideFixedCols+j] = ""
				continue
			}
			cite := v.cite(br.ID, p.Paragraph, p.Page)
			cells[sideFixedCols+j] = excelize.Cell{StyleID: b.st.wrap, Value: v.passageRuns(p, terms[j], cite, &b.fonts)}
			strs[sideFixedCols+j] = p.Text + "\n" + cite
		}
		return sw.SetRow("A"+strconv.Itoa(r), cells, excelize.RowOpts{Height: rowHeight(cols, strs)})
	})
	if err != nil {
		return err
	}
	return sw.Flush()
}

// passageRuns renders a passage as rich text runs: distinctive terms and
// conflicting numbers emphasised, the citation on its own line at the end.
func (v *view) passageRuns(p *compare.Passage, terms []string, cite string, fs *fonts) []excelize.RichTextRun {
	var nums []string
	for _, c := range v.conflicts[paraKey{p.Brief, p.Paragraph}] {
		nums = append(nums, c.Raw)
	}
	sp := spans(truncate(p.Text, maxCellRunes), terms, nums)
	runs := make([]excelize.RichTextRun, 0, len(sp)+1)
	for _, s := range sp {
		f := &fs.plain
		switch s.mark {
		case present.Term:
			f = &fs.term
		case present.Conflict:
			f = &fs.conflict
		}
		runs = append(runs, excelize.RichTextRun{Text: s.text, Font: f})
	}
	return append(runs, excelize.RichTextRun{Text: "\n— " + cite, Font: &fs.cite})
}
