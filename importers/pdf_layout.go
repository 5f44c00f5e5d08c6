package importers

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbench/brief"
)

// pdfLine is one line of text on a page: spans that share a baseline and sit
// close together. A two-column page gives two lines per baseline.
type pdfLine struct {
	text         string
	l, r, t, b   float64
	textL        float64 // left edge of the text after a list bullet
	base, size   float64
	bold, bullet bool
	page         int
	col          int     // -1 spans both columns, 0 left (or only) column, 1 right column
	colL, colR   float64 // edges of the line's column on its page
	chrome       bool    // running header, footer or page number
}

// bulletRunes are glyphs that open a list item (including the private-use
// bullets of Symbol and OpenSymbol fonts).
const bulletRunes = "•◦▪▫‣●○■□–*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2043"

// layoutPDF turns the spans of every page into blocks: lines in reading
// order, page furniture marked as Chrome, paragraphs rebuilt.
func layoutPDF(pages []pdfPage) []block {
	var ordered []pdfLine
	perPage := make([][]pdfLine, len(pages))
	for i, pg := range pages {
		perPage[i] = pageLines(pg)
	}
	markChrome(perPage)
	for i := range perPage {
		setColumns(perPage[i], pages[i].w)
		ordered = append(ordered, readingOrder(perPage[i])...)
	}
	return paragraphs(ordered)
}

// pageLines groups a page's spans into lines: spans on one baseline (within
// 30% of the font size), split where the horizontal gap is wider than a
// couple of characters (a column gutter or a separate header field).
func pageLines(pg pdfPage) []pdfLine {
	spans := slices.Clone(pg.spans)
	snapSuperscripts(spans)
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].base > spans[j].base })
	var lines []pdfLine
	for i := 0; i < len(spans); {
		j := i + 1
		for j < len(spans) && math.Abs(spans[j].base-spans[i].base) <= 0.3*math.Max(spans[i].size, spans[j].size) {
			j++
		}
		band := spans[i:j]
		sort.SliceStable(band, func(a, b int) bool { return band[a].l < band[b].l })
		start := 0
		for k := 1; k <= len(band); k++ {
			if k == len(band) || band[k].l-band[k-1].r > 1.5*math.Max(band[k].size, band[k-1].size) {
				lines = append(lines, makeLine(band[start:k]))
				start = k
			}
		}
		i = j
	}
	return lines
}

// snapSuperscripts puts small raised or lowered spans (footnote reference
// marks, ordinals) on the baseline of the text they touch, so they stay in
// its line instead of forming a line of their own.
func snapSuperscripts(spans []pdfSpan) {
	for i := range spans {
		s := &spans[i]
		mid := (s.t + s.b) / 2
		for _, n := range spans {
			if s.size > 0.8*n.size || mid < n.b-0.2*n.size || mid > n.t+0.3*n.size {
				continue
			}
			if gap := s.l - n.r; gap > -1 && gap < 0.5*n.size || n.l-s.r > -1 && n.l-s.r < 0.5*n.size {
				s.base = n.base
				break
			}
		}
	}
}

// makeLine joins the spans of one line, inserting spaces at visible gaps and
// recognising a leading list bullet.
func makeLine(spans []pdfSpan) pdfLine {
	ln := pdfLine{l: spans[0].l, r: spans[0].r, t: spans[0].t, b: spans[0].b, base: spans[0].base, page: spans[0].page, bold: true}
	var sb strings.Builder
	weights := map[float64]int{}
	for k, s := range spans {
		if k == 0 {
			if t := strings.TrimSpace(s.text); len([]rune(t)) == 1 && strings.ContainsRune(bulletRunes, []rune(t)[0]) && len(spans) > 1 {
				ln.bullet = true
				ln.textL = spans[1].l
				continue
			}
		}
		if sb.Len() > 0 && s.l-spans[k-1].r > 0.15*s.size && !strings.HasSuffix(sb.String(), " ") && !strings.HasPrefix(s.text, " ") {
			sb.WriteByte(' ')
		}
		sb.WriteString(s.text)
		ln.l, ln.r = min(ln.l, s.l), max(ln.r, s.r)
		ln.t, ln.b = max(ln.t, s.t), min(ln.b, s.b)
		ln.bold = ln.bold && s.bold
		weights[math.Round(s.size*2)/2] += len(s.text)
	}
	best := 0
	for sz, w := range weights {
		if w > best || w == best && sz > ln.size {
			ln.size, best = sz, w
		}
	}
	ln.text = strings.TrimSpace(sb.String())
	if !ln.bullet {
		if rs := []rune(ln.text); len(rs) > 2 && strings.ContainsRune(bulletRunes, rs[0]) && rs[1] == ' ' {
			ln.bullet = true
			ln.text = strings.TrimSpace(string(rs[2:]))
		}
	}
	if !ln.bullet {
		ln.textL = ln.l
	}
	return ln
}

var pageNumberRe = regexp.MustCompile(`(?i)^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$`)

// markChrome marks running headers and footers (a line among the top or
// bottom two of a page whose text, digits aside, recurs there on at least
// half the pages, and on two or more) and page numbers.
func markChrome(pages [][]pdfLine) {
	type zoneKey struct {
		top bool
		key string
	}
	zones := func(lines []pdfLine) []int {
		order := make([]int, len(lines))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return lines[order[a]].t > lines[order[b]].t })
		if len(order) <= 4 {
			return order
		}
		return append(order[:2:2], order[len(order)-2:]...)
	}
	key := func(s string) string {
		return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return '#'
			}
			return unicode.ToLower(r)
		}, s)), " ")
	}
	seen := map[zoneKey]int{}
	for _, lines := range pages {
		here := map[zoneKey]bool{}
		for n, i := range zones(lines) {
			here[zoneKey{n < 2, key(lines[i].text)}] = true
		}
		for k := range here {
			seen[k]++
		}
	}
	need := max(2, len(pages)/2)
	for _, lines := range pages {
		for n, i := range zones(lines) {
			if pageNumberRe.MatchString(lines[i].text) || len(pages) >= 2 && seen[zoneKey{n < 2, key(lines[i].text)}] >= need {
				lines[i].chrome = true
			}
		}
	}
}

// setColumns finds a column gutter on the page (a vertical strip in the
// middle of the page that no line crosses, or only a few full-width lines,
// with at least four lines on each side) and assigns each line its column
// and the column's edges.
func setColumns(lines []pdfLine, pageW float64) {
	var body []int
	for i, ln := range lines {
		if !ln.chrome {
			body = append(body, i)
		}
		pageW = max(pageW, ln.r)
	}
	gutter, ok := findGutter(lines, body, pageW)
	for _, i := range body {
		switch {
		case !ok:
			lines[i].col = 0
		case lines[i].r <= gutter:
			lines[i].col = 0
		case lines[i].l >= gutter:
			lines[i].col = 1
		default:
			lines[i].col = -1
		}
	}
	for _, c := range []int{-1, 0, 1} {
		lefts := map[float64]int{}
		right := 0.0
		for _, i := range body {
			if lines[i].col == c {
				lefts[math.Round(lines[i].l)]++
				right = max(right, lines[i].r)
			}
		}
		left, best := 0.0, 0
		for x, n := range lefts {
			if n > best || n == best && x < left {
				left, best = x, n
			}
		}
		for _, i := range body {
			if lines[i].col == c {
				lines[i].colL, lines[i].colR = left, right
			}
		}
	}
	for i := range lines {
		if lines[i].chrome {
			lines[i].col = -1
		}
	}
}

// findGutter returns the x of a column gutter on the page, if there is one:
// a strip at least 8 pt wide in the middle of the page that no narrow line
// (under 55% of the text width) crosses, or only one in ten, with four or more
// narrow lines on its left and four or more on its right whose left edges
// line up (a column's margin). Full-width lines are left out, so a page can
// mix full-width text with a two-column section.
func findGutter(lines []pdfLine, body []int, pageW float64) (float64, bool) {
	if len(body) < 8 || pageW <= 0 {
		return 0, false
	}
	minL, maxR := math.Inf(1), math.Inf(-1)
	for _, i := range body {
		minL, maxR = min(minL, lines[i].l), max(maxR, lines[i].r)
	}
	var narrow []pdfLine
	for _, i := range body {
		if lines[i].r-lines[i].l < 0.55*(maxR-minL) {
			narrow = append(narrow, lines[i])
		}
	}
	if len(narrow) < 8 {
		return 0, false
	}
	lo, hi := int(pageW*0.3), int(pageW*0.7)
	cross := make([]int, hi-lo+1)
	for x := lo; x <= hi; x++ {
		for _, ln := range narrow {
			if ln.l < float64(x) && ln.r > float64(x) {
				cross[x-lo]++
			}
		}
	}
	// Allow a few crossings: the short last line of a full-width paragraph
	// may reach into the gutter.
	least := max(slices.Min(cross), len(narrow)/10)
	bestStart, bestLen := 0, 0
	for x := 0; x < len(cross); {
		if cross[x] > least {
			x++
			continue
		}
		y := x
		for y < len(cross) && cross[y] <= least {
			y++
		}
		if y-x > bestLen {
			bestStart, bestLen = x, y-x
		}
		x = y
	}
	if bestLen < 8 {
		return 0, false
	}
	g := float64(lo+bestStart) + float64(bestLen)/2
	left, right := 0, 0
	margins := map[float64]int{}
	for _, ln := range narrow {
		if ln.r <= g {
			left++
		} else if ln.l >= g {
			right++
			margins[math.Round(ln.l/2)]++
		}
	}
	aligned := 0
	for _, n := range margins {
		aligned = max(aligned, n)
	}
	return g, left >= 4 && right >= 4 && aligned >= 4 && least*4 <= left+right
}

// readingOrder orders a page's lines top to bottom; a run of lines between
// full-width lines that holds two columns is read column by column.
func readingOrder(lines []pdfLine) []pdfLine {
	sorted := slices.Clone(lines)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].base != sorted[j].base {
			return sorted[i].base > sorted[j].base
		}
		return sorted[i].l < sorted[j].l
	})
	out := make([]pdfLine, 0, len(lines))
	start := 0
	for i, ln := range sorted {
		if ln.col < 0 {
			out = append(out, columnOrder(sorted[start:i])...)
			out = append(out, ln)
			start = i + 1
		}
	}
	return append(out, columnOrder(sorted[start:])...)
}

// columnOrder orders a run of column lines (in top-to-bottom order): the
// left column, then the right one. A heading-like line in the left column
// below the end of the right column starts a new run: it is a narrow
// heading under the two-column section, not part of its left column.
func columnOrder(run []pdfLine) []pdfLine {
	bottomR := math.Inf(1)
	sizes := make([]float64, 0, len(run))
	for _, ln := range run {
		if ln.col == 1 {
			bottomR = min(bottomR, ln.base)
		}
		sizes = append(sizes, ln.size)
	}
	if math.IsInf(bottomR, 1) {
		return run
	}
	slices.Sort(sizes)
	median := sizes[len(sizes)/2]
	var cols [2][]pdfLine
	for i, ln := range run {
		if i > 0 && ln.col == 0 && ln.base < bottomR && (ln.bold || ln.size > 1.15*median) {
			return append(append(cols[0], cols[1]...), columnOrder(run[i:])...)
		}
		cols[ln.col] = append(cols[ln.col], ln)
	}
	return append(cols[0], cols[1]...)
}

// pdfStyle holds document-wide typography: the body font size, the heading
// sizes (largest first) and the usual line pitch as a multiple of the size.
type pdfStyle struct {
	body     float64
	headings []float64
	pitch    float64
}

// style measures the typography of the kept lines.
func style(lines []pdfLine) pdfStyle {
	weights := map[float64]int{}
	for _, ln := range lines {
		if !ln.chrome {
			weights[ln.size] += len(ln.text)
		}
	}
	st := pdfStyle{pitch: 1.2}
	best := 0
	for sz, w := range weights {
		if w > best {
			st.body, best = sz, w
		}
	}
	for sz := range weights {
		if sz > st.body*1.12 {
			st.headings = append(st.headings, sz)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(st.headings)))
	var ratios []float64
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		if a.chrome || b.chrome || a.page != b.page || a.col != b.col || a.size != b.size || b.size == 0 {
			continue
		}
		if d := (a.base - b.base) / b.size; d > 0.8 && d < 3 {
			ratios = append(ratios, d)
		}
	}
	if len(ratios) > 0 {
		slices.Sort(ratios)
		st.pitch = ratios[len(ratios)/4] // the tight (within-paragraph) pitch
	}
	return st
}

// classify gives a line's paragraph kind and heading level.
func (st pdfStyle) classify(ln pdfLine) (brief.Kind, int) {
	if ln.bullet {
		return brief.ListItem, 0
	}
	for i, sz := range st.headings {
		if ln.size == sz && len(ln.text) < 200 {
			return brief.Heading, min(i+1, 6)
		}
	}
	if ln.bold && ln.size >= st.body && len(ln.text) < 120 && !strings.HasSuffix(ln.text, ".") {
		return brief.Heading, min(len(st.headings)+1, 6)
	}
	if ln.size > 0 && ln.size < st.body*0.85 && ln.text != "" && unicode.IsDigit([]rune(ln.text)[0]) {
		return brief.Footnote, 0
	}
	return brief.Body, 0
}

// pdfPara is a paragraph being rebuilt.
type pdfPara struct {
	kind  brief.Kind
	level int
	page  int
	text  string
	last  pdfLine
	marks []pageMark // where the paragraph goes on to a later page
}

// paragraphs rebuilds paragraphs from lines in reading order. A line starts a
// new paragraph when its kind changes, the gap above it is wider than the
// line pitch, it is indented, it opens a list item, or the line before it was
// short and ended a sentence. At a column or page break a body paragraph
// goes on when the line before did not end a sentence or the next begins in
// lower case; it keeps the page it started on.
func paragraphs(lines []pdfLine) []block {
	st := style(lines)
	vocab := newPDFVocab(lines)
	var out, chrome []block
	var cur, note *pdfPara // note: a footnote set aside while cur may go on
	emit := func(p *pdfPara) {
		if p != nil {
			if t := tidyPDFText(p.text); t != "" {
				out = append(out, block{Text: t, Kind: p.kind, Level: p.level, Page: p.page, Continues: p.marks})
			}
		}
	}
	flush := func() {
		emit(cur)
		emit(note)
		cur, note = nil, nil
		out = append(out, chrome...)
		chrome = chrome[:0]
	}
	for _, ln := range lines {
		if ln.chrome {
			chrome = append(chrome, block{Text: tidyPDFText(ln.text), Kind: brief.Body, Page: ln.page, Chrome: true, Reason: brief.PageFurniture})
			if cur == nil {
				flush()
			}
			continue
		}
		kind, level := st.classify(ln)
		if cur != nil && cur.kind != brief.Footnote && (kind == brief.Footnote || note != nil && ln.page == note.last.page && ln.size == note.last.size) {
			// Footnotes at the foot of a page: set them aside so the
			// paragraph above can go on after them, on the next page.
			if note != nil && kind != brief.Footnote {
				note.text = vocab.join(note.text, ln.text)
				note.last = ln
				continue
			}
			emit(note)
			note = &pdfPara{kind: brief.Footnote, page: ln.page, text: ln.text, last: ln}
			continue
		}
		if note != nil && ln.page == note.last.page && kind == brief.Body && ln.base > note.last.base {
			emit(note) // text above the footnote area: the note is complete
			note = nil
		}
		if cur != nil && st.continues(cur, ln, kind, level) {
			if ln.page != cur.last.page {
				cur.marks = append(cur.marks, pageMark{Page: ln.page, Words: tidyPDFText(ln.text)})
			}
			cur.text = vocab.join(cur.text, ln.text)
			cur.last = ln
			continue
		}
		flush()
		cur = &pdfPara{kind: kind, level: level, page: ln.page, text: ln.text, last: ln}
	}
	flush()
	return out
}

// continues reports whether line ln (of the given kind) goes on paragraph p.
func (st pdfStyle) continues(p *pdfPara, ln pdfLine, kind brief.Kind, level int) bool {
	prev := p.last
	if kind == brief.ListItem {
		return false
	}
	if p.kind == brief.ListItem {
		kind = brief.ListItem // a wrapped list item continues at its text edge
		if ln.page == prev.page && math.Abs(ln.l-prev.textL) > 0.8*ln.size {
			return false
		}
	}
	if kind != p.kind || level != p.level || math.Abs(ln.size-prev.size) > 0.6 {
		return false
	}
	gap := prev.base - ln.base
	sameCol := ln.page == prev.page && ln.col == prev.col && gap > 0
	// A full-width line and a narrow one (a paragraph's short last line)
	// at the usual pitch are one flow too.
	near := ln.page == prev.page && (ln.col < 0 || prev.col < 0) && gap > 0 && gap <= st.pitch*ln.size*1.3+1
	if !sameCol && !near {
		return kind == brief.Body && (!lineEndsSentence(prev.text) || startsLower(ln.text))
	}
	if gap > st.pitch*ln.size*1.3+1 {
		return false
	}
	if kind == brief.Heading {
		return true
	}
	if kind == brief.Body && ln.l > ln.colL+0.8*ln.size && ln.l > prev.l+0.8*ln.size {
		return false // first-line indent
	}
	short := prev.colR > prev.colL && prev.r < prev.colL+0.66*(prev.colR-prev.colL)
	return !short || !lineEndsSentence(prev.text) && !nextWordFits(prev, ln)
}

// nextWordFits reports whether the first word of ln would have fitted at the
// end of prev: then prev ended by choice (a byline, an address line), not
// because the line was full.
func nextWordFits(prev, ln pdfLine) bool {
	n := utf8.RuneCountInString(prev.text)
	if n == 0 || endsWithHyphen(prev.text) {
		return false
	}
	word, _, _ := strings.Cut(ln.text, " ")
	charW := (prev.r - prev.l) / float64(n)
	return prev.colR-prev.r > 1.2*charW*float64(utf8.RuneCountInString(word)+1)
}

// lineEndsSentence reports whether text ends with sentence-final punctuation,
// possibly followed by a closing quote or bracket.
func lineEndsSentence(text string) bool {
	t := strings.TrimRight(text, " \"'”’)]")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, ":")
}

// startsLower reports whether text begins with a lower-case letter.
func startsLower(text string) bool {
	for _, r := range text {
		return unicode.IsLower(r)
	}
	return false
}

var pdfTidy = strings.NewReplacer(
	"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl",
	"\u00a0", " ", "\x02", "-", "\u00ad", "", "\r", " ", "\n", " ", "\t", " ",
)

// tidyPDFText expands ligatures, turns leftover hyphen marks into hyphens
// and collapses runs of spaces.
func tidyPDFText(s string) string {
	return strings.Join(strings.Fields(pdfTidy.Replace(s)), " ")
}
