package export

import (
	"context"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"briefbench/compare"
	"briefbench/present"
)

// maxQuotes is the most quoted sentences shown in one Differences cell.
const maxQuotes = 12

// differencesTable lists the differences: kind, topic, briefs, summary, the
// quoted sentences with citations and, for wording, the word-level diff
// written as [-deleted-]{+inserted+}.
func (v *view) differencesTable() *table {
	cols := []column{
		{"Kind", 11, text},
		{"Topic", 22, wrapped},
		{"Briefs", 22, wrapped},
		{"Summary", 40, wrapped},
		{"Quotes", 70, wrapped},
		{"Wording diff", 50, wrapped},
	}
	return &table{
		sheet: sheetDifferences, file: "differences.csv", cols: cols,
		rows: func(ctx context.Context, yield func([]any) bool) error {
			vals := make([]any, len(cols))
			for i := range v.r.Differences {
				if i%256 == 0 {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				d := &v.r.Differences[i]
				vals[0], vals[1], vals[2], vals[3] = present.KindName(d.Kind), v.label(d.Topic), v.briefsOf(d.Items), present.Summary(*d, v.name)
				vals[4], vals[5] = v.quotes(d.Items), diffOps(d.Diff)
				if !yield(vals) {
					return nil
				}
			}
			return nil
		},
	}
}

// quotes lists items as quoted sentences with citations, one per line; an
// item with nothing to quote (a brief silent on the topic) reads "Name: not
// addressed", never an empty quote.
func (v *view) quotes(items []compare.Item) string {
	var sb strings.Builder
	for i, it := range items {
		if i == maxQuotes {
			sb.WriteString("\n… and " + strconv.Itoa(len(items)-maxQuotes) + " more")
			break
		}
		if i > 0 {
			sb.WriteByte('\n')
		}
		if !quotable(it) {
			sb.WriteString(v.name(it.Brief) + ": " + notAddressed)
			continue
		}
		sb.WriteString("“" + truncate(strings.TrimSpace(it.Text), 600) + "” (" + v.cite(it.Brief, it.Paragraph, it.Page) + ")")
	}
	return sb.String()
}

// diffOps is a word-level diff as a cell value: plain text in CSV, rich
// text in the workbook.
type diffOps []compare.Op

func (d diffOps) plain() string { return diffText(d) }

func (d diffOps) runs(f *fonts) []excelize.RichTextRun { return diffRuns(d, f) }

// diffText writes a word diff as plain text: [-deleted-] and {+inserted+}.
func diffText(ops []compare.Op) string {
	var sb strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case "delete":
			sb.WriteString("[-" + op.Text + "-]")
		case "insert":
			sb.WriteString("{+" + op.Text + "+}")
		default:
			sb.WriteString(op.Text)
		}
	}
	return sb.String()
}

// diffRuns renders a word diff as rich text: deletions struck through in
// red, insertions underlined in green.
func diffRuns(ops []compare.Op, fs *fonts) []excelize.RichTextRun {
	runs := make([]excelize.RichTextRun, 0, len(ops))
	for _, op := range ops {
		f := &fs.plain
		switch op.Kind {
		case "delete":
			f = &fs.deleted
		case "insert":
			f = &fs.inserted
		}
		runs = append(runs, excelize.RichTextRun{Text: op.Text, Font: f})
	}
	return runs
}

// differences writes the Differences sheet; wording diffs are rich text.
func (b *book) differences(ctx context.Context) error {
	t := b.v.differencesTable()
	sw, err := b.stream(sheetDifferences, t.cols, len(b.v.r.Differences), 1, true)
	if err != nil {
		return err
	}
	if _, err := b.writeTable(ctx, sw, t, nil); err != nil {
		return err
	}
	return sw.Flush()
}
