package compare

import (
	"briefbench/brief"
)

// passageBreaks returns the page breaks of paragraph p that fall inside its
// text [start, end), as offsets from start.
func passageBreaks(p *brief.Paragraph, start, end int) []brief.PageBreak {
	var out []brief.PageBreak
	for _, b := range p.PageBreaks {
		if b.At > start && b.At < end {
			out = append(out, brief.PageBreak{At: b.At - start, Page: b.Page})
		}
	}
	return out
}

// PageOf returns the page where text, a part of the passage such as a
// quoted sentence, starts (the passage's page when text is not in it), so a
// citation names the page of the words it quotes.
func (p *Passage) PageOf(text string) int {
	return brief.PageOf(p.Text, p.Page, p.PageBreaks, text)
}
