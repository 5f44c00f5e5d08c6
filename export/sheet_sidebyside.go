package export

import (
	"context"
	"strconv"

	"github.com/xuri/excelize/v2"

	"briefbench/compare"
	"briefbench/present"
)

// Side by side layout: Topic and Line columns, then one column per brief.
const (
	sideFixedCols = 2
	sideWidth     = 48 // brief column width in characters
	notAddressed  = present.NotAddressed
	maxCellRunes  = 32000 // Excel holds 32,767 characters per cell
)

// sideColumns are the Side by side columns: Topic, Line, then the briefs.
func (v *view) sideColumns() []column {
	cols := []column{{"Topic", 22, wrapped}, {"Line", 5, integer}}
	for _, n := range v.names {
		cols = append(cols, column{n, sideWidth, wrapped})
	}
	return cols
}

// reading returns topic t laid out for reading across, as the app shows it
// (compare.Topic.Reading), computed once per export.
func (v *view) reading(t *compare.Topic) *compare.Reading {
	if rd, ok := v.readings[t.ID]; ok {
		return rd
	}
	ids := make([]string, len(v.r.Briefs))
	for i, b := range v.r.Briefs {
		ids[i] = b.ID
	}
	rd := t.Reading(ids)
	v.readings[t.ID] = &rd
	return &rd
}

// sideRows counts the Side by side rows: one per line of each topic's
// reading.
func (v *view) sideRows() int {
	n := 0
	for i := range v.r.Topics {
		n += len(v.reading(&v.r.Topics[i]).Lines)
	}
	return n
}

// eachSide calls fn for every line of every topic's reading, in order, with
// the line's number within its topic (1-based). It stops at fn's first
// error or when ctx is cancelled.
func (v *view) eachSide(ctx context.Context, fn func(t *compare.Topic, rd *compare.Reading, n int) error) error {
	for i := range v.r.Topics {
		t := &v.r.Topics[i]
		if err := ctx.Err(); err != nil {
			return err
		}
		rd := v.reading(t)
		for n := range rd.Lines {
			if err := fn(t, rd, n+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// sideCell says what column j of line n (1-based) of a reading holds: the
// passage with its index, or nil; absence is set at the top of the column
// of a brief with no passage in the topic (present.Absence: "not
// addressed" when it is silent on it), said once.
func (v *view) sideCell(t *compare.Topic, rd *compare.Reading, n, j int) (p *compare.Passage, i int, absence string) {
	i = rd.Lines[n-1][j]
	if i < 0 || i >= len(t.Passages) {
		if n == 1 && rd.Empty[j] {
			return nil, -1, present.Absence(t, v.r.Briefs[j].ID)
		}
		return nil, -1, ""
	}
	return &t.Passages[i], i, ""
}

// linkNote names the briefs whose passages make the same point as passage i
// of topic t, with their line when it is another and lines is set: "compare
// with Atlas Council (line 3)", or "". It says compare, not agree: passages
// on the same point may disagree.
func (v *view) linkNote(t *compare.Topic, rd *compare.Reading, i int, lines bool) string {
	var parts []string
	for j, pt := range rd.Point {
		if j == i || pt != rd.Point[i] {
			continue
		}
		s := v.name(t.Passages[j].Brief)
		if lines && rd.Line[j] != rd.Line[i] {
			s += " (line " + strconv.Itoa(rd.Line[j]+1) + ")"
		}
		parts = append(parts, s)
	}
	return present.CompareWith(parts)
}

// sideCite is a passage's citation with the briefs that make the same point.
func (v *view) sideCite(t *compare.Topic, rd *compare.Reading, p *compare.Passage, i int) string {
	cite := v.cite(p.Brief, p.Paragraph, p.Page)
	if link := v.linkNote(t, rd, i, true); link != "" {
		cite += " · " + link
	}
	return cite
}

// sideTable is the Side by side sheet as plain text (for CSV): each cell
// holds the passage followed by its citation; "not addressed" at the top of
// a silent brief's column, empty below a column's last passage.
func (v *view) sideTable() *table {
	cols := v.sideColumns()
	return &table{
		sheet: sheetSideBySide, file: "side-by-side.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			stop := errStop{}
			err := v.eachSide(ctx, func(t *compare.Topic, rd *compare.Reading, n int) error {
				vals[0], vals[1] = t.Label, n
				for j := range v.r.Briefs {
					p, i, absence := v.sideCell(t, rd, n, j)
					switch {
					case p != nil:
						vals[sideFixedCols+j] = p.Text + " (" + v.sideCite(t, rd, p, i) + ")"
					case absence != "":
						vals[sideFixedCols+j] = absence
					default:
						vals[sideFixedCols+j] = ""
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

// sideBySide writes one block per topic, one row per line of its reading
// (compare.Topic.Reading: each brief's passages from the top of its column,
// strongest points first, the same point on one line where it can be), one
// column per brief. Cells are rich text: the brief's distinctive terms in
// the topic in bold blue, numbers another brief contradicts in bold red,
// and the citation (with the briefs making the same point) in grey italics
// at the end; "not addressed" in grey, once, at the top of a silent brief's
// column. Topic and header are frozen; autofilter on.
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
	err = v.eachSide(ctx, func(t *compare.Topic, rd *compare.Reading, n int) error {
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
		for j := range v.r.Briefs {
			p, i, absence := v.sideCell(t, rd, n, j)
			switch {
			case p != nil:
				cite := v.sideCite(t, rd, p, i)
				cells[sideFixedCols+j] = excelize.Cell{StyleID: b.st.wrap, Value: v.passageRuns(p, terms[j], cite, &b.fonts)}
				strs[sideFixedCols+j] = p.Text + "\n" + cite
			case absence != "":
				cells[sideFixedCols+j] = excelize.Cell{StyleID: b.st.grey, Value: absence}
				strs[sideFixedCols+j] = ""
			default:
				cells[sideFixedCols+j] = excelize.Cell{StyleID: b.st.wrap, Value: ""}
				strs[sideFixedCols+j] = ""
			}
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
