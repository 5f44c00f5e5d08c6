package importers

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"briefbench/brief"
)

// finish is the cleaning shared by every format. It normalises the raw blocks
// (NFKC, whitespace, Markdown-style links left in pasted text), drops clutter
// with a reason, takes metadata from byline, date, copyright and disclaimer
// lines, picks the title and subtitle, removes footnote reference digits,
// keeps one copy of each pull quote, and numbers the kept paragraphs with
// their section paths. Nothing is lost: every block it does not keep is in
// Dropped with the reason and the index of the kept paragraph before it.
func finish(blocks []block, h hints, src brief.Source) *brief.Brief {
	c := newCleaner(blocks, h)
	c.classify()
	c.chooseTitle()
	c.findBios()
	c.findPullQuotes()
	return c.build(src)
}

// item is a block being cleaned.
type item struct {
	block
	text  string       // normalised text
	words int          // word count of text
	drop  brief.Reason // why it is dropped; "" when kept
}

// cleaner holds the state of one finish call.
type cleaner struct {
	items   []item
	h       hints
	script  string // dominant script of the document
	authors []string
	date    string
	org     string
	orgRank int
	// latinOrg is the best organisation written in Latin script, used over
	// a name in another script (an English name for a Korean institute).
	latinOrg     string
	latinOrgRank int
	// firstBody is the index of the first body paragraph; blocks before it
	// are the head, where title, byline and date lines sit.
	firstBody int
}

func newCleaner(blocks []block, h hints) *cleaner {
	c := &cleaner{h: h, items: make([]item, 0, len(blocks))}
	var sample strings.Builder
	for _, b := range blocks {
		t := normalize(b.Text)
		if t == "" {
			continue
		}
		if b.Kind == "" {
			b.Kind = brief.Body
		}
		if b.Kind == brief.Heading && b.Level == 0 {
			b.Level = 2
		}
		c.items = append(c.items, item{block: b, text: t, words: brief.WordCount(t)})
		if !b.Chrome && sample.Len() < 20000 {
			sample.WriteString(t)
			sample.WriteByte(' ')
		}
	}
	c.script = script(sample.String())
	c.h.Title = statedTitle(normalize(h.Title))
	c.h.Subtitle = normalize(h.Subtitle)
	c.h.Organization = normalize(h.Organization)
	if c.h.Organization != "" {
		c.org, c.orgRank = c.h.Organization, 0
	}
	return c
}

// setOrg records an organisation candidate; the best rank wins, then the
// first seen.
func (c *cleaner) setOrg(org string, rank int) {
	org = englishOrg(strings.TrimRight(strings.TrimSpace(org), ".,;: "))
	if org == "" {
		return
	}
	if latinShare(org) > 0.5 && (c.latinOrg == "" || rank < c.latinOrgRank) {
		c.latinOrg, c.latinOrgRank = org, rank
	}
	if c.org != "" && c.orgRank <= rank {
		return
	}
	c.org, c.orgRank = org, rank
}

// region is the kind of run of blocks the classifier is in.
type region int

const (
	regionNone    region = iota
	regionRelated        // after "More from X", "Related Articles"
	regionNotes          // after "Notes", "References"
	regionBio            // after "About the Author"
)

// classify walks the blocks in order and marks clutter.
func (c *cleaner) classify() {
	reg := regionNone
	c.firstBody = len(c.items)
	for i := range c.items {
		it := &c.items[i]
		t := it.text
		head := i < c.firstBody

		if it.Chrome {
			// The format reader knows this is chrome; only refine the reason.
			r, _ := c.lineReason(it, head)
			if r == "" {
				r = it.Reason
			}
			if r == "" {
				r = brief.Navigation
			}
			it.drop = r
			continue
		}
		// Runs of related links, notes and bios.
		switch reg {
		case regionRelated:
			// Teasers: titles, snippets, bylines, dates, bullets. Anything
			// else (a bio, notes, a disclaimer, running text) ends the run.
			r, next := c.lineReason(it, false)
			switch {
			case r == brief.StrayMark:
				it.drop = r
				continue
			case r == brief.Byline || r == brief.Dateline || r == "" && endsWithEllipsis(t):
				it.drop = brief.RelatedLinks
				continue
			case r != "":
				it.drop = r
				reg = next
				continue
			case bioLine(t, c.authors):
				it.drop = brief.AuthorBio
				c.setOrg(affiliationOrg(t), orgAffiliation)
				reg = regionNone
				continue
			case it.words < 40:
				it.drop = brief.RelatedLinks
				continue
			}
			reg = regionNone
		case regionNotes:
			// Entries: numbered, cited with a URL, or short list items.
			r, _ := c.lineReason(it, false)
			if r == "" && it.Kind != brief.Heading && !bioLine(t, c.authors) &&
				(numberedEntry(t) || hasURL(t) || it.Kind == brief.ListItem || it.Kind == brief.Footnote && it.words < 60) {
				it.drop = brief.FootnoteList
				continue
			}
			if r == brief.FootnoteList || r == brief.StrayMark {
				it.drop = r
				continue
			}
			reg = regionNone
		case regionBio:
			if it.Kind == brief.Heading {
				reg = regionNone
			} else {
				it.drop = brief.AuthorBio
				c.setOrg(affiliationOrg(t), orgAffiliation)
				continue
			}
		}

		if r, next := c.lineReason(it, head); r != "" {
			it.drop = r
			if next != regionNone {
				reg = next
			}
			continue
		}
		if head && bodyLike(it) {
			c.firstBody = i
		}
	}
}

// lineReason classifies one block on its own text; next is a region the
// block opens.
func (c *cleaner) lineReason(it *item, head bool) (brief.Reason, region) {
	t := it.text
	if it.words > 150 {
		// Running text: only a reference entry or another language.
		if it.Kind != brief.Footnote && referenceEntry(t, it.Kind == brief.ListItem) {
			return brief.FootnoteList, regionNone
		}
		if sc := script(t); c.script != "" && sc != "" && sc != c.script {
			return brief.OtherLanguage, regionNone
		}
		return "", regionNone
	}
	low := strings.ToLower(t)
	if strayMark(t) {
		return brief.StrayMark, regionNone
	}
	if it.words <= 12 {
		if iso, ok := dateLine(t); ok {
			if c.date == "" && iso != "" {
				c.date = iso
			}
			return brief.Dateline, regionNone
		}
		if names, ok := bylineAuthors(t); ok {
			if c.authors == nil && (head || it.Chrome) {
				c.authors = names
				c.setOrg(bylineOrg(t), orgSiteLabel)
			}
			if c.date == "" {
				c.date = bylineDate(t)
			}
			return brief.Byline, regionNone
		}
		if r := c.affiliation(it, head); r != "" {
			return r, regionNone
		}
		if iso, org, date, ok := metaLine(t); ok {
			if c.date == "" && iso != "" {
				c.date = iso
			}
			if head || it.Chrome {
				c.setOrg(org, orgSiteLabel)
			}
			if date {
				return brief.Dateline, regionNone
			}
			return brief.Navigation, regionNone
		}
		if m := moreFromRe.FindStringSubmatch(t); m != nil {
			org := strings.TrimRight(m[1], ":. ")
			if len(strings.Fields(org)) <= 6 && !strings.Contains(strings.ToLower(org), "author") {
				c.setOrg(org, orgSiteLabel)
			}
			return brief.RelatedLinks, regionRelated
		}
		if relatedHeading(low) {
			return brief.RelatedLinks, regionRelated
		}
		if notesHeading(t) {
			return brief.FootnoteList, regionNotes
		}
		if strings.HasPrefix(low, "about the author") || low == "about the authors" || low == "author biography" || low == "about the contributors" {
			return brief.AuthorBio, regionBio
		}
		if navigationLine(low) {
			return brief.Navigation, regionNone
		}
		if promotionLine(low) {
			return brief.Promotion, regionNone
		}
		if photoCredit(low) {
			return brief.PhotoCredit, regionNone
		}
		if breadcrumb(t) {
			return brief.Navigation, regionNone
		}
	}
	if it.Kind != brief.Footnote && referenceEntry(t, it.Kind == brief.ListItem) {
		return brief.FootnoteList, regionNone
	}
	if sc := script(t); c.script != "" && sc != "" && sc != c.script {
		if org := orgIn(t); org != "" {
			c.setOrg(org, orgDisclaimer)
		} else if org := foreignOrg(t); org != "" {
			c.setOrg(org, orgDisclaimer)
		}
		return brief.OtherLanguage, regionNone
	}
	if d := disclaimerKind(low); d != 0 {
		if !head && bioLine(t, c.authors) {
			c.setOrg(affiliationOrg(t), orgAffiliation)
			return brief.AuthorBio, regionNone
		}
		switch d {
		case disclaimerCopyright:
			c.setOrg(copyrightOrg(t), orgCopyright)
		default:
			c.setOrg(disclaimerOrg(t), orgDisclaimer)
		}
		return brief.Disclaimer, regionNone
	}
	if it.words <= 40 && (strings.Contains(low, "we use cookies") || strings.Contains(low, "privacy policy") && strings.Contains(low, "terms")) {
		return brief.PageFurniture, regionNone
	}
	return "", regionNone
}

// firstTitleSeen reports whether a title-like line comes before it, so an
// organisation line is not taken for the title of an untitled brief.
func (c *cleaner) firstTitleSeen(it *item) bool {
	for i := range c.items {
		if &c.items[i] == it {
			return false
		}
		if c.items[i].drop == "" && titleLike(c.items[i].text) || c.h.Title != "" {
			return true
		}
	}
	return false
}

// maxSubtitleBodyWords is the longest line of plain running text (not a
// heading) taken for a subtitle: a pledge of thirteen words under a title
// ("Cut class sizes to 30 or under for 5, 6 and 7 year-olds") is content.
const maxSubtitleBodyWords = 12

// capsSeries is how many later all-caps headings make all caps the
// document's style for section headings.
const capsSeries = 2

// capsHeadingsAfter counts the kept all-caps headings after item i.
func (c *cleaner) capsHeadingsAfter(i int) int {
	n := 0
	for j := i + 1; j < len(c.items); j++ {
		if it := &c.items[j]; it.drop == "" && it.Kind == brief.Heading && allCaps(it.text) {
			n++
		}
	}
	return n
}

// bodyLike reports whether a kept block reads as running text, which ends
// the head of the brief.
func bodyLike(it *item) bool {
	if it.Kind == brief.Heading {
		return false
	}
	return it.words >= 20 || it.words >= 6 && endsSentence(it.text)
}

// chooseTitle picks the title and subtitle among the head blocks (or matches
// the title the format stated) and drops those lines with reason title.
func (c *cleaner) chooseTitle() {
	var cands, stated []int
	for i := 0; i < c.firstBody && i < len(c.items); i++ {
		it := &c.items[i]
		if !titleLike(it.text) {
			continue
		}
		if it.drop == "" {
			cands = append(cands, i)
		}
		if it.drop == "" || it.Chrome && it.drop == it.Reason {
			stated = append(stated, i)
		}
	}
	if c.h.Title != "" {
		for _, i := range stated {
			if t := c.items[i].text; len(t) > len(c.h.Title) && strings.HasPrefix(strings.ToLower(t), strings.ToLower(c.h.Title)+":") {
				c.h.Title = t // the page shows the full title; the meta tag cut it short
			}
			if sameText(c.items[i].text, c.h.Title) {
				c.items[i].drop = brief.TitleLine
			} else if c.h.Subtitle != "" && sameText(c.items[i].text, c.h.Subtitle) {
				c.items[i].drop = brief.TitleLine
			}
		}
		// Labels before the stated title are section labels.
		title := -1
		for _, i := range stated {
			if c.items[i].drop == brief.TitleLine {
				title = i
				break
			}
			if allCaps(c.items[i].text) && c.items[i].words <= 5 && c.items[i].drop == "" {
				c.items[i].drop = brief.Navigation
			}
		}
		c.subtitle(cands, title)
		return
	}
	// Skip all-caps section labels when a real title follows. An all-caps
	// line is the first of the document's section headings, not its
	// title, when later headings are all caps too ("OPPORTUNITY FOR ALL"
	// above "REFORMING OUR PRISONS" and "HOUSING"): it stays in the text.
	title := -1
	for k, i := range cands {
		it := &c.items[i]
		if generic(it.text) {
			continue
		}
		if allCaps(it.text) && c.capsHeadingsAfter(i) >= capsSeries {
			continue
		}
		if allCaps(it.text) && it.words <= 5 && k+1 < len(cands) {
			it.drop = brief.Navigation
			continue
		}
		title = i
		c.h.Title = it.text
		it.drop = brief.TitleLine
		break
	}
	c.subtitle(cands, title)
}

// subtitle picks the subtitle among the candidate lines after the title.
func (c *cleaner) subtitle(cands []int, title int) {
	if title < 0 || c.h.Subtitle != "" {
		return
	}
	// A subtitle is the next title-like line, unless it is a section
	// heading: generic, or directly followed by running text.
	for _, i := range cands {
		if i <= title {
			continue
		}
		it := &c.items[i]
		if generic(it.text) || it.words < 3 || it.Kind == brief.ListItem || it.Kind == brief.Body && !it.Chrome && it.words > maxSubtitleBodyWords {
			break // a list item, or a long line of running text, is content, not a subtitle
		}
		if it.Kind == brief.Heading && i+1 < len(c.items) && c.items[i+1].drop == "" && i+1 >= c.firstBody {
			break
		}
		c.h.Subtitle = it.text
		it.drop = brief.TitleLine
		break
	}
}

// findBios drops author bio lines near the end ("Jane Doe is a senior
// fellow at ...") and takes the affiliation as a last-resort organisation.
func (c *cleaner) findBios() {
	var kept []int
	for i := c.firstBody; i < len(c.items); i++ {
		if c.items[i].drop == "" {
			kept = append(kept, i)
		}
	}
	// Bios sit in the last third (at most the last eight) kept blocks.
	for _, i := range kept[len(kept)-min(len(kept)/3, 8):] {
		it := &c.items[i]
		if it.Kind == brief.Heading {
			continue
		}
		if bioLine(it.text, c.authors) {
			it.drop = brief.AuthorBio
			c.setOrg(affiliationOrg(it.text), orgAffiliation)
		}
	}
}

// findPullQuotes drops a short paragraph that repeats (in order, allowing
// the cuts editors make) a sentence of a nearby longer paragraph, and exact
// repeats anywhere; the first full copy is kept.
func (c *cleaner) findPullQuotes() {
	toks := make([][]string, len(c.items))
	seen := map[string]int{}
	for i := range c.items {
		it := &c.items[i]
		if it.drop != "" || it.Kind == brief.Heading || it.Kind == brief.Footnote {
			continue
		}
		if it.words >= 6 {
			key := strings.ToLower(it.text)
			if _, dup := seen[key]; dup {
				it.drop = brief.PullQuote
				continue
			}
			seen[key] = i
		}
		if it.words >= 6 && it.words <= 60 {
			toks[i] = wordTokens(it.text)
		}
	}
	const window = 10
	long := make([][]string, len(c.items)) // tokens of possible sources, computed once
	for i := range c.items {
		it := &c.items[i]
		if it.drop != "" || toks[i] == nil {
			continue
		}
		for j := max(0, i-window); j < min(len(c.items), i+window+1); j++ {
			o := &c.items[j]
			// Sources are paragraphs; a block of thousands of words is not
			// worth the comparison.
			if j == i || o.drop != "" || o.words < it.words+5 || o.words > 2000 || o.Kind == brief.Heading {
				continue
			}
			if long[j] == nil {
				long[j] = wordTokens(o.text)
			}
			if lcsShare(toks[i], long[j]) >= 0.85 {
				it.drop = brief.PullQuote
				break
			}
		}
	}
}

// build assembles the brief from the classified items.
func (c *cleaner) build(src brief.Source) *brief.Brief {
	b := &brief.Brief{
		Title:        c.h.Title,
		Subtitle:     c.h.Subtitle,
		Authors:      c.h.Authors,
		Organization: c.org,
		Published:    c.h.Published,
		Source:       src,
		Dropped:      []brief.Dropped{},
	}
	b.Source.Notes = c.h.Notes
	if len(b.Authors) == 0 {
		b.Authors = c.authors
	}
	if c.latinOrg != "" && latinShare(c.org) < 0.5 && script(b.Organization) != "" && c.script == "latin" {
		b.Organization = c.latinOrg
	}
	if b.Authors == nil {
		b.Authors = []string{}
	}
	b.Published, b.DateFrom = c.publication()
	var path []string
	var levels []int
	var text strings.Builder
	for _, it := range c.items {
		if it.drop != "" {
			b.Dropped = append(b.Dropped, brief.Dropped{Text: it.text, Reason: it.drop, Page: it.Page, After: len(b.Paragraphs) - 1})
			continue
		}
		p := brief.Paragraph{Index: len(b.Paragraphs), Kind: it.Kind, Text: it.text, Page: it.Page, Start: it.Start, End: it.End}
		if it.Kind == brief.Heading {
			p.Level = it.Level
			for len(levels) > 0 && levels[len(levels)-1] >= it.Level {
				levels = levels[:len(levels)-1]
				path = path[:len(path)-1]
			}
			p.Section = clonePath(path)
			path = append(path, it.text)
			levels = append(levels, it.Level)
		} else {
			p.Text = stripRefDigits(p.Text)
			p.PageBreaks = pageBreaks(p.Text, it.Continues)
			p.Section = clonePath(path)
			if text.Len() < 6000 {
				text.WriteString(p.Text)
				text.WriteByte(' ')
			}
		}
		b.Paragraphs = append(b.Paragraphs, p)
	}
	b.Language = detectLanguage(text.String())
	if b.Language == "" {
		b.Language = primaryTag(c.h.Language)
	}
	for _, p := range b.Paragraphs {
		b.Words += brief.WordCount(p.Text)
	}
	return b
}

func clonePath(p []string) []string {
	if len(p) == 0 {
		return nil
	}
	return append([]string(nil), p...)
}

// primaryTag turns "en-US" into "en".
func primaryTag(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	return s
}

// normalize applies NFKC (ligatures, full-width forms, non-breaking spaces),
// reduces Markdown-style links left in pasted text ("[Name](#)") to their
// text, removes soft hyphens and zero-width characters and collapses white
// space.
func normalize(s string) string {
	if strings.Contains(s, "](") {
		s = reduceLinks(s)
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii && !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	if tidy(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	prev := ' '
	for i, r := range s {
		switch {
		case r == '\u200c' || r == '\u200d':
			next, _ := utf8.DecodeRuneInString(s[i+len(string(r)):])
			if space || !joinerKept(prev, next) {
				continue
			}
		case invisible(r):
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		prev = r
		sb.WriteRune(r)
	}
	return sb.String()
}

// invisible reports whether normalize removes r. The joiners U+200C and
// U+200D are removed only where they break a word (joinerKept).
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff', '\ufe0e', '\ufe0f', utf8.RuneError:
		return true
	}
	return false
}

// joiners are the scripts whose spelling uses U+200C (zero-width non-joiner)
// and U+200D (zero-width joiner): Persian "می‌خواهم", Hindi conjuncts.
var joiners = []*unicode.RangeTable{
	unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko, unicode.Devanagari, unicode.Bengali,
	unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya, unicode.Tamil, unicode.Telugu, unicode.Kannada,
	unicode.Malayalam, unicode.Sinhala, unicode.Tibetan, unicode.Myanmar, unicode.Khmer, unicode.Mongolian,
}

// joinerKept reports whether a joiner between prev and next is part of the text
// (kept): between letters of a script that spells with joiners, or in an
// emoji sequence (a symbol or an emoji modifier on either side). Elsewhere,
// in the middle of a Latin word say, it only breaks the word for search and
// matching, and is removed.
func joinerKept(prev, next rune) bool {
	uses := func(r rune) bool {
		return unicode.In(r, joiners...) || unicode.Is(unicode.So, r) || r >= 0x1f3fb && r <= 0x1f3ff
	}
	return prev != ' ' && next != utf8.RuneError && !unicode.IsSpace(next) && (uses(prev) || uses(next))
}

// tidy reports whether s is already normalised: no invisible characters, no
// white space other than single spaces between words.
func tidy(s string) bool {
	space := true // no leading space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ':
				if space {
					return false
				}
				space = true
			case c < 0x20 || c == 0x7f:
				return false
			default:
				space = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if invisible(r) || unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
		space = false
	}
	return !space || s == ""
}

// reduceLinks turns "[text](target)" and "![alt](src)" into their text.
func reduceLinks(s string) string {
	var sb strings.Builder
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		mid := strings.Index(s[open:], "](")
		if mid < 0 {
			break
		}
		mid += open
		end := strings.IndexByte(s[mid:], ')')
		inner := s[open+1 : mid]
		if end < 0 || strings.ContainsAny(inner, "[]") || strings.ContainsAny(s[mid+2:mid+end], " \n") {
			sb.WriteString(s[:open+1])
			s = s[open+1:]
			continue
		}
		end += mid
		pre := s[:open]
		pre = strings.TrimSuffix(pre, "!")
		sb.WriteString(pre)
		sb.WriteString(inner)
		s = s[end+1:]
	}
	sb.WriteString(s)
	return sb.String()
}

// wordTokens lower-cases s and splits it into words of letters and digits.
func wordTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// lcsShare is the share of a's words found in order in b (longest common
// subsequence over words divided by len(a)).
func lcsShare(a, b []string) float64 {
	if len(a) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(b)]) / float64(len(a))
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "”\"’')]0123456789")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";")
}

func endsWithEllipsis(s string) bool {
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// titleLike reports whether s could be a title: one to maxTitleWords words,
// not a sentence, starting with a capital or digit.
func titleLike(s string) bool {
	n := brief.WordCount(s)
	if n == 0 || n > maxTitleWords || len(s) > 300 || endsWithNoteMark(s) {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "“\"'‘("))
	return unicode.IsUpper(r) || unicode.IsDigit(r) || (unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r))
}

// generic reports whether s is a common section heading rather than a title.
func generic(s string) bool {
	switch strings.ToLower(strings.TrimRight(s, ": ")) {
	case "executive summary", "summary", "introduction", "abstract", "overview", "background",
		"key takeaways", "key findings", "conclusion", "conclusions", "recommendations",
		"policy recommendations", "contents", "table of contents", "foreword", "preface":
		return true
	}
	return false
}

// allCaps reports whether every letter of s is upper case (and there are at
// least two).
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func sameText(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// strayMark reports whether s is only bullets, dashes or similar marks.
func strayMark(s string) bool {
	if len(s) > 12 {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// relatedHeading reports whether low (lower case) heads a list of related
// content.
func relatedHeading(low string) bool {
	low = strings.TrimRight(low, ": ")
	switch low {
	case "related", "related articles", "related content", "related posts", "related research",
		"related reports", "related publications", "related analysis", "you may also like",
		"recommended", "recommended reading", "read more", "more on this topic", "see also",
		"latest", "latest research", "most popular", "trending", "related experts", "related topics":
		return true
	}
	return false
}

// navigationLine reports whether low is a site navigation line.
func navigationLine(low string) bool {
	for _, p := range []string{"return to ", "back to ", "skip to ", "go to ", "category:", "categories:", "tags:", "tag:", "topics:", "topic:", "filed under", "region:", "regions:", "program:", "series:", "home ›", "home >", "home »", "home /", "home |", "print this page", "listen to this article"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	switch low {
	case "home", "menu", "search", "share", "print", "email", "share this", "share this page", "top", "back to top":
		return true
	}
	return false
}

// promotionLine reports whether low is a call to download, subscribe,
// donate or share.
func promotionLine(low string) bool {
	for _, p := range []string{"download the full report", "download the report", "download pdf", "download the pdf", "download full report", "read the full report", "download the full", "subscribe", "sign up", "donate", "support our work", "follow us", "share this:", "share on", "get the latest", "join our mailing list"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if strings.Contains(low, "newsletter") || strings.Contains(low, "mailing list") {
		return true
	}
	social := 0
	for _, w := range []string{"facebook", "twitter", "linkedin", "email", "print", "whatsapp", "reddit", "bluesky"} {
		if strings.Contains(low, w) {
			social++
		}
	}
	return social >= 3
}

// photoCredit reports whether low credits a photo or image.
func photoCredit(low string) bool {
	for _, p := range []string{"photo from ", "photo by ", "photo:", "photo credit", "photos:", "image:", "image credit", "image by ", "image from ", "cover photo", "cover image", "credit:", "source: getty", "(photo", "photograph by ", "picture:", "illustration by "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return strings.HasSuffix(low, "/getty images") || strings.HasSuffix(low, "getty images") && brief.WordCount(low) <= 8
}

// breadcrumb reports whether s is a trail like "Home › Research › Asia" or a
// menu "Home | Research | Experts".
// Table rows ("Korea | 12 | 9,000") are not menus: a trail must start at
// "Home" or use an arrow separator, and hold no digits.
func breadcrumb(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, sep := range []string{"›", "»", " > ", " | ", " / ", " · "} {
		parts := strings.Split(s, sep)
		if len(parts) < 3 {
			continue
		}
		if sep != "›" && sep != "»" && !strings.EqualFold(strings.TrimSpace(parts[0]), "home") {
			continue
		}
		short := true
		for _, p := range parts {
			if w := brief.WordCount(p); w == 0 || w > 4 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

const (
	disclaimerCopyright = iota + 1
	disclaimerOther
)

// disclaimerKind says whether low is a legal, registration or views
// disclaimer, or a copyright line.
func disclaimerKind(low string) int {
	if strings.HasPrefix(low, "©") || strings.HasPrefix(low, "copyright") || strings.HasPrefix(low, "(c) ") ||
		strings.Contains(low, "all rights reserved") && brief.WordCount(low) <= 30 {
		return disclaimerCopyright
	}
	anchor := false
	for _, a := range []string{"regist", "view", "reflect", "position", "responsib", "opinion", "informational", "partisan", "funding", "represent"} {
		if strings.Contains(low, a) {
			anchor = true
			break
		}
	}
	if !anchor {
		return 0
	}
	// Each phrase holds one of the anchors above.
	for _, p := range []string{
		"takes no institutional position", "is an independent, nonpartisan", "is an independent nonpartisan",
		"is a nonpartisan", "is a non-partisan", "accepts funding from", "is registered under the fara", "registered under the foreign agents registration act",
		"foreign agents registration act", "registered as an agent", "views expressed", "views are the author",
		"do not necessarily reflect", "does not necessarily reflect", "does not take institutional positions",
		"do not represent the", "not an official position", "all views expressed", "is solely responsible for",
		"opinions expressed", "for informational purposes only",
	} {
		if strings.Contains(low, p) {
			return disclaimerOther
		}
	}
	return 0
}

// bioLine reports whether s is an author bio: a name followed by "is" and a
// role, or a line starting with one of the authors' names followed by "is".
func bioLine(s string, authors []string) bool {
	if brief.WordCount(s) > 120 {
		return false
	}
	t := s
	for _, hon := range []string{"Dr. ", "Prof. ", "Professor ", "Mr. ", "Ms. ", "Mrs. ", "Ambassador ", "Gen. ", "General ", "Adm. "} {
		t = strings.TrimPrefix(t, hon)
	}
	f := strings.Fields(t)
	is := -1
	for k := 1; k < len(f) && k <= 5; k++ {
		if f[k] == "is" || f[k] == "was" || f[k] == "serves" || f[k] == "leads" || f[k] == "directs" || f[k] == "holds" {
			is = k
			break
		}
	}
	if is < 0 || !looksLikeName(strings.Join(f[:is], " ")) {
		return false
	}
	name := strings.ToLower(strings.Join(f[:is], " "))
	for _, a := range authors {
		af := strings.Fields(strings.ToLower(a))
		if len(af) > 0 && strings.Contains(name, af[len(af)-1]) {
			return true
		}
	}
	low := strings.ToLower(s)
	for _, w := range []string{"fellow", " chair", "professor", "director", "researcher", "scholar", "analyst at", "research associate", "adjunct", "president of", "at the "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
