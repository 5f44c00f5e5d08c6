package importers

import "briefbench/brief"

// block is one raw paragraph from a format reader, before cleaning.
type block struct {
	Text  string
	Kind  brief.Kind // heading, body, list item, quote, caption, footnote
	Level int        // heading level (1..6) when Kind is Heading
	Page  int        // 1-based page for paged formats
	Start int        // byte offsets in the decoded source, when known
	End   int
	// Chrome marks a block the format reader already knows is site or page
	// clutter (e.g. HTML nav or footer removed by the content extractor,
	// a PDF running header); Reason says which.
	Chrome bool
	Reason brief.Reason
	// Continues marks where the block goes on to a later page (a PDF
	// paragraph over a page break): the page and the words it resumes
	// with, found again in the cleaned text (see pageBreaks).
	Continues []pageMark
}

// pageMark is where a block goes on to page Page: at the words Words.
type pageMark struct {
	Page  int
	Words string
}

// hints is metadata a format states itself (HTML meta tags, PDF document
// info, DOCX core properties). Empty fields are unknown. Cleaning may fill
// what is missing from byline and date lines in the text.
type hints struct {
	Title        string
	Subtitle     string
	Authors      []string
	Organization string
	Published    string // ISO YYYY-MM-DD, a publication date the format declares
	Created      string // ISO YYYY-MM-DD, the file's creation time (not a publication date)
	Language     string
	Notes        []string // what the reader had to repair or leave out (brief.Source.Notes)
}
