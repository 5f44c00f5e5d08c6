package brief

import (
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Brief is one imported document: its metadata, its kept paragraphs in reading
// order, and the blocks the importer dropped as clutter (kept so the user can
// restore them).
type Brief struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Subtitle     string   `json:"subtitle,omitempty"`
	Authors      []string `json:"authors"`
	Organization string   `json:"organization"`
	Published    string   `json:"published"` // ISO YYYY-MM-DD, empty when unknown
	// DateFrom says where Published came from (DateStated, DateMetadata or
	// DateFile); empty means stated, as in files written before it existed.
	DateFrom   DateSource  `json:"date_from,omitempty"`
	Source     Source      `json:"source"`
	Language   string      `json:"language"`
	Words      int         `json:"words"`
	Paragraphs []Paragraph `json:"paragraphs,omitempty"`
	Dropped    []Dropped   `json:"dropped"`
}

// Source says where a brief came from.
type Source struct {
	Path     string    `json:"path"`
	Format   string    `json:"format"` // txt, md, html, pdf, docx, paste
	SHA256   string    `json:"sha256"`
	Bytes    int64     `json:"bytes"`
	Imported time.Time `json:"imported,omitzero"`
	// Notes say what the importer had to repair or leave out: bad bytes
	// replaced, NUL bytes removed, a legacy encoding, a size limit reached.
	Notes []string `json:"notes,omitempty"`
}

// FileName is the source file's name without its folder: how exports
// name a brief's file, so that no export tells where it sits on this
// machine. Empty for pasted text.
func (s Source) FileName() string {
	if s.Path == "" {
		return ""
	}
	return filepath.Base(s.Path)
}

// Kind is the role of a paragraph in a brief.
type Kind string

// Paragraph kinds.
const (
	Heading  Kind = "heading"
	Body     Kind = "body"
	ListItem Kind = "list_item"
	Quote    Kind = "quote"
	Caption  Kind = "caption"
	Footnote Kind = "footnote"
)

// Paragraph is one kept block of text with where it came from.
type Paragraph struct {
	Index   int      `json:"index"`
	Kind    Kind     `json:"kind"`
	Text    string   `json:"text"`
	Level   int      `json:"level,omitempty"`   // heading level 1..6 for headings
	Section []string `json:"section,omitempty"` // heading path the paragraph sits under
	Page    int      `json:"page,omitempty"`    // 1-based page for paged formats (PDF)
	// PageBreaks are the places where a paragraph that runs over a page
	// break goes on to a later page, in order.
	PageBreaks []PageBreak `json:"page_breaks,omitempty"`
	Start      int         `json:"start,omitempty"` // byte offset of the block in the decoded source text
	End        int         `json:"end,omitempty"`
}

// PageBreak is where a paragraph's text goes on to another page: from byte
// offset At of its text on, it is on page Page.
type PageBreak struct {
	At   int `json:"at"`
	Page int `json:"page"`
}

// PageAt returns the page of the paragraph text at byte offset off: the
// paragraph's page, or a later one past a page break.
func (p *Paragraph) PageAt(off int) int { return PageAt(p.Page, p.PageBreaks, off) }

// PageAt returns the page at byte offset off of a text that starts on page
// and goes on to later pages at breaks.
func PageAt(page int, breaks []PageBreak, off int) int {
	for _, b := range breaks {
		if off < b.At {
			break
		}
		page = b.Page
	}
	return page
}

// PageOf returns the page where text, a part of the paragraph such as a
// sentence, starts; the paragraph's page when text is not found in it.
func (p *Paragraph) PageOf(text string) int { return PageOf(p.Text, p.Page, p.PageBreaks, text) }

// PageOf returns the page where part starts in text, a text that starts on
// page and goes on to later pages at breaks; page when part is not found.
func PageOf(text string, page int, breaks []PageBreak, part string) int {
	if len(breaks) == 0 {
		return page
	}
	i := strings.Index(text, part)
	if i < 0 {
		return page
	}
	return PageAt(page, breaks, i)
}

// Reason says why a block was dropped.
type Reason string

// Reasons for dropping a block.
const (
	Navigation    Reason = "navigation"
	RelatedLinks  Reason = "related links"
	Disclaimer    Reason = "disclaimer"
	Byline        Reason = "byline"
	Dateline      Reason = "date line"
	TitleLine     Reason = "title"
	FootnoteList  Reason = "footnote list"
	PullQuote     Reason = "pull quote duplicate"
	PageFurniture Reason = "page furniture"
	PhotoCredit   Reason = "photo credit"
	AuthorBio     Reason = "author bio"
	OtherLanguage Reason = "other language"
	StrayMark     Reason = "stray mark"
	Promotion     Reason = "promotion"
	Empty         Reason = "empty"
)

// Dropped is a block the importer removed, with the reason. After is the index
// of the kept paragraph it followed (-1 when it came before all of them), so a
// restore can put it back in place.
type Dropped struct {
	Text   string `json:"text"`
	Reason Reason `json:"reason"`
	Page   int    `json:"page,omitempty"`
	After  int    `json:"after"`
}

// DateSource says where a brief's date came from.
type DateSource string

// Date sources, from the most to the least trustworthy as a publication date.
const (
	// DateStated is a date the brief's text states (a dateline, a byline's
	// date) or the analyst typed.
	DateStated DateSource = "text"
	// DateMetadata is a publication date the file declares (HTML
	// article:published_time, JSON-LD datePublished, front matter).
	DateMetadata DateSource = "metadata"
	// DateFile is only the time the file was created (PDF CreationDate,
	// Word core properties): the day it was converted or saved, not
	// necessarily published.
	DateFile DateSource = "file"
)

// Date is the brief's date as a reader should see it: "2025-09-15" for a
// publication date, "file created 2025-09-15" when the date comes only from
// the file's creation time, "" when unknown.
func (b *Brief) Date() string {
	switch {
	case b.Published == "":
		return ""
	case b.DateFrom == DateFile:
		return "file created " + b.Published
	}
	return b.Published
}

// Name is what the UI and exports call the brief: its title, or its file name
// when no title was found.
func (b *Brief) Name() string {
	if b.Title != "" {
		return b.Title
	}
	return filepath.Base(b.Source.Path)
}

// ShortName is a compact label for column headers and citations, named as
// an analyst would: the organisation when known, else the authors ("Jane
// Roe", "Jane Roe and John Doe", "Jane Roe et al."), else the title cut to
// shortTitleWords words, and only last the file name without extension.
func (b *Brief) ShortName() string {
	if b.Organization != "" {
		return b.Organization
	}
	switch len(b.Authors) {
	case 0:
	case 1:
		return b.Authors[0]
	case 2:
		return b.Authors[0] + " and " + b.Authors[1]
	default:
		return b.Authors[0] + " et al."
	}
	if b.Title != "" {
		return shortTitle(b.Title)
	}
	base := filepath.Base(b.Source.Path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// shortTitleWords is the most words of a title a short name keeps.
const shortTitleWords = 6

// shortTitle cuts a long title at its colon (the main title before a
// subtitle) and to shortTitleWords words, marking a cut with an ellipsis.
func shortTitle(t string) string {
	if main, _, ok := strings.Cut(t, ": "); ok && WordCount(main) >= 2 && WordCount(t) > shortTitleWords {
		t = main
	}
	f := strings.Fields(t)
	if len(f) > shortTitleWords {
		return strings.Join(f[:shortTitleWords], " ") + "…"
	}
	return strings.Join(f, " ")
}

// Restore moves dropped block d back into the paragraphs at its original
// position as a body paragraph and renumbers paragraphs and later drops.
func (b *Brief) Restore(d int) {
	if d < 0 || d >= len(b.Dropped) {
		return
	}
	blk := b.Dropped[d]
	b.Dropped = append(b.Dropped[:d:d], b.Dropped[d+1:]...)
	at := min(max(blk.After+1, 0), len(b.Paragraphs))
	p := Paragraph{Kind: Body, Text: blk.Text, Page: blk.Page}
	if at > 0 {
		p.Section = b.Paragraphs[at-1].Section
	}
	b.Paragraphs = append(b.Paragraphs[:at], append([]Paragraph{p}, b.Paragraphs[at:]...)...)
	for i := range b.Paragraphs {
		b.Paragraphs[i].Index = i
	}
	for i := range b.Dropped {
		if b.Dropped[i].After >= at {
			b.Dropped[i].After++
		}
	}
	b.Words = CountWords(b.Paragraphs)
}

// CountWords counts words in the paragraphs' text.
func CountWords(ps []Paragraph) int {
	n := 0
	for _, p := range ps {
		n += WordCount(p.Text)
	}
	return n
}

// WordCount counts the space-separated words of s, as len(strings.Fields(s))
// would, without allocating.
func WordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// Slug makes an identifier from a name: lower case letters and digits joined by
// single hyphens.
func Slug(name string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			sb.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if sb.Len() == 0 {
		return "brief"
	}
	return sb.String()
}

// AssignIDs gives every brief a unique, stable ID derived from its file name
// (and its format when two files share a name), in the given order.
func AssignIDs(bs []*Brief) {
	seen := map[string]bool{}
	for _, b := range bs {
		base := filepath.Base(b.Source.Path)
		id := Slug(strings.TrimSuffix(base, filepath.Ext(base)))
		if seen[id] && b.Source.Format != "" {
			id += "-" + b.Source.Format
		}
		cand := id
		for n := 2; seen[cand]; n++ {
			cand = id + "-" + strconv.Itoa(n)
		}
		seen[cand] = true
		b.ID = cand
	}
}
