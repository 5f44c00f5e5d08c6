package export

import (
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"briefbench/brief"
	"briefbench/compare"
)

// maxNameRunes is the longest name, title or topic label the workbook puts
// in a cell whole. Longer ones (an organisation "name" that is a whole
// paragraph, a hand-made topic label) are clipped with "…"; the Overview
// sheet keeps the full text in a comment on the cell.
const maxNameRunes = 160

// clipText returns s cut to maxNameRunes characters at a word where it can,
// ending in "…", and whether it cut.
func clipText(s string) (string, bool) {
	if utf8.RuneCountInString(s) <= maxNameRunes {
		return s, false
	}
	cut := 0
	for i := range s {
		if cut == maxNameRunes-1 {
			cut = i
			break
		}
		cut++
	}
	head := s[:cut]
	if k := strings.LastIndexByte(head, ' '); k > len(head)/2 {
		head = head[:k]
	}
	return strings.TrimRight(head, " ,;:") + "…", true
}

// clipNames returns a copy of r whose briefs' names and titles and whose
// topic labels are clipped for cells (clipText), with the full text of
// each clipped value by its clipped form. r is not changed.
func clipNames(r *compare.Result) (*compare.Result, map[string]string) {
	full := map[string]string{}
	clip := func(s *string) {
		if c, ok := clipText(*s); ok {
			full[c] = *s
			*s = c
		}
	}
	c := *r
	c.Briefs = make([]*brief.Brief, len(r.Briefs))
	for i, b := range r.Briefs {
		if b == nil {
			continue
		}
		cb := *b
		clip(&cb.Title)
		clip(&cb.Subtitle)
		clip(&cb.Organization)
		cb.Authors = append([]string(nil), b.Authors...)
		for j := range cb.Authors {
			clip(&cb.Authors[j])
		}
		c.Briefs[i] = &cb
	}
	c.Topics = append([]compare.Topic(nil), r.Topics...)
	for i := range c.Topics {
		clip(&c.Topics[i].Label)
	}
	return &c, full
}

// commentClipped adds, on sheet, a comment holding the full text to every
// cell that shows a clipped value.
func commentClipped(f *excelize.File, sheet string, full map[string]string) error {
	if len(full) == 0 {
		return nil
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		return err
	}
	for r, row := range rows {
		for c, val := range row {
			text, ok := full[val]
			if !ok {
				continue
			}
			cell, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return err
			}
			if err := f.AddComment(sheet, excelize.Comment{
				Cell: cell, Author: brief.Generator, Paragraph: []excelize.RichTextRun{{Text: text}},
			}); err != nil {
				return err
			}
		}
	}
	return nil
}
