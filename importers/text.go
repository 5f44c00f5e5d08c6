package importers

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"briefbench/brief"
)

// readText reads plain text (.txt and pasted text). It decodes the bytes
// (see decodeText), splits paragraphs on blank lines, or on single line
// breaks when the text has none, joins the lines of hard-wrapped text back
// into paragraphs, and marks list items ("- ", "• ", "1. ") and short
// heading-like lines. Offsets are byte offsets into the decoded text.
func readText(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	text, notes, err := decodeText(data)
	if err != nil {
		return nil, hints{}, err
	}
	if err := ctx.Err(); err != nil {
		return nil, hints{}, err
	}
	return splitText(text), hints{Notes: notes}, nil
}

// decodeText turns bytes into UTF-8 text: UTF-8 with or without BOM, UTF-16
// LE or BE with BOM (or without one when the zero bytes show it), UTF-8
// with a few bad bytes (replaced by U+FFFD, with a note), else Windows-1252,
// or Latin-1 when the bytes use code points Windows-1252 leaves undefined.
// Text with a few NUL bytes keeps its text (the NULs are removed, with a
// note naming the first offset); mostly binary data gives ErrBinary.
func decodeText(data []byte) (string, []string, error) {
	var s string
	var notes []string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		s, notes = decodeUTF8(data[3:])
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		d, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", nil, ErrBinary
		}
		s = string(d)
	case utf16Guess(data) != nil:
		d, err := xunicode.UTF16(*utf16Guess(data), xunicode.IgnoreBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", nil, ErrBinary
		}
		s = string(d)
	case looksUTF8(data):
		s, notes = decodeUTF8(data)
	default:
		cm, name := charmap.Windows1252, "Windows-1252"
		for _, c := range data {
			if c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D {
				cm, name = charmap.ISO8859_1, "Latin-1"
				break
			}
		}
		d, err := cm.NewDecoder().Bytes(data)
		if err != nil {
			return "", nil, ErrBinary
		}
		s = string(d)
		notes = append(notes, "not UTF-8: read as "+name)
	}
	s, nul, err := textOnly(s)
	if err != nil {
		return "", nil, err
	}
	return s, append(notes, nul...), nil
}

// looksUTF8 reports whether data is UTF-8, allowing a few bad bytes: it
// has valid multi-byte sequences, and at most four bad bytes for each. Text
// in a legacy encoding has its accented letters as single high bytes, which
// almost never form a valid multi-byte sequence.
func looksUTF8(data []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return bad == 0 || multi > 0 && bad <= 4*multi
}

// decodeUTF8 turns UTF-8 with possibly a few bad bytes into valid text,
// each bad sequence replaced by U+FFFD, and notes how many and where.
func decodeUTF8(data []byte) (string, []string) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	first, bad := -1, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
			if first < 0 {
				first = i
			}
		}
		i += n
	}
	// The replacement characters mark the place for the readers; normalize
	// takes them out of the paragraphs' text.
	note := fmt.Sprintf("%s not valid UTF-8 (first at byte %d) left out; the rest read as UTF-8", plural(bad, "byte", "bytes"), first)
	return strings.ToValidUTF8(string(data), "\uFFFD"), []string{note}
}

// utf16Guess returns the byte order of BOM-less UTF-16 text (every other
// byte zero), or nil.
func utf16Guess(data []byte) *xunicode.Endianness {
	if len(data) < 8 || len(data)%2 != 0 {
		return nil
	}
	n := min(len(data), 4096) &^ 1
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd > half*9/10 && even < half/10:
		e := xunicode.LittleEndian
		return &e
	case even > half*9/10 && odd < half/10:
		e := xunicode.BigEndian
		return &e
	}
	return nil
}

// binaryShare is the share of control and replacement characters above
// which decoded text is taken for binary data.
const binaryShare = 0.02

// binary reports whether decoded text is really binary data: more than
// binaryShare of its characters are NULs or other control characters.
// Replacement characters do not count: decodeUTF8 puts them where a few
// bytes were bad, and looksUTF8 has bounded how many. first is the byte offset of the first of them.
func binary(s string) (bin bool, first int) {
	n, bad := 0, 0
	first = -1
	for i, r := range s {
		n++
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			bad++
			if first < 0 {
				first = i
			}
		}
	}
	return n > 0 && float64(bad) > binaryShare*float64(n), first
}

// textOnly checks that decoded text is text (binary) and removes the odd
// NUL byte from it, with a note naming where the first was. Binary data
// gives ErrBinary naming the offset of the first binary byte.
func textOnly(s string) (string, []string, error) {
	if bin, first := binary(s); bin {
		return "", nil, fmt.Errorf("%w (binary from byte %d on)", ErrBinary, first)
	}
	nul := strings.IndexByte(s, 0)
	if nul < 0 {
		return s, nil, nil
	}
	n := strings.Count(s, "\x00")
	note := fmt.Sprintf("%s removed (first at byte %d)", plural(n, "NUL byte", "NUL bytes"), nul)
	return strings.ReplaceAll(s, "\x00", ""), []string{note}, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// line is one line of text with its byte offsets (without the line break).
type line struct {
	text       string
	start, end int
}

func (l line) blank() bool { return strings.TrimSpace(l.text) == "" }

// splitLines cuts s into lines on \n, \r\n and \r.
func splitLines(s string) []line {
	var ls []line
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' && s[i] != '\r' {
			continue
		}
		ls = append(ls, line{s[start:i], start, i})
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(s) {
		ls = append(ls, line{s[start:], start, len(s)})
	}
	return ls
}

// splitText turns decoded text into blocks.
func splitText(s string) []block {
	lines := splitLines(s)
	// Blank lines between text lines make paragraph mode; otherwise each
	// line is a paragraph (copied web pages), unless the text is hard-wrapped.
	blanks := false
	seen := false
	for _, l := range lines {
		if l.blank() {
			blanks = blanks || seen
		} else if blanks && seen {
			break
		} else {
			seen = true
			blanks = false
		}
	}
	width := wrapWidth(lines)

	var blocks []block
	var cur *block
	var prev line
	flush := func() {
		if cur != nil {
			blocks = append(blocks, *cur)
			cur = nil
		}
	}
	for _, l := range lines {
		if l.blank() {
			flush()
			continue
		}
		t := strings.TrimSpace(l.text)
		if marker, level := headingMarker(t); marker > 0 {
			flush()
			blocks = append(blocks, block{Text: strings.TrimSpace(t[marker:]), Kind: brief.Heading, Level: level, Start: l.start, End: l.end})
			continue
		}
		if m := listMarker(t); m > 0 {
			flush()
			cur = &block{Text: strings.TrimSpace(t[m:]), Kind: brief.ListItem, Start: l.start, End: l.end}
			prev = l
			continue
		}
		// Front matter: near the top, a byline, an affiliation or a date
		// on its own line is its own block, not part of the title.
		front := len(blocks) < 4 && cur != nil && (frontLine(t) || frontLine(strings.TrimSpace(prev.text)))
		if cur != nil && !front && joins(prev, l, width, blanks, cur.Kind) {
			cur.Text += " " + t
			cur.End = l.end
			prev = l
			continue
		}
		flush()
		cur = &block{Text: t, Kind: brief.Body, Start: l.start, End: l.end}
		prev = l
	}
	flush()
	markHeadings(blocks, s)
	return blocks
}

// frontLine reports whether t is a short line of front matter: a byline
// ("By Jane Roe"), an affiliation ("Alpha Institute") or a date.
func frontLine(t string) bool {
	if utf8.RuneCountInString(t) > 100 {
		return false
	}
	if _, ok := bylineAuthors(t); ok {
		return true
	}
	if _, ok := dateLine(t); ok {
		return true
	}
	return affiliationLine(t) != ""
}

// joins reports whether line l continues the block that prev ended.
func joins(prev, l line, width int, blanks bool, kind brief.Kind) bool {
	pt := strings.TrimRight(prev.text, " \t")
	if width > 0 {
		// Hard-wrapped: a full previous line continues into this one.
		return utf8.RuneCountInString(pt) >= width-wrapSlack(width)
	}
	if kind == brief.ListItem {
		// Continuation of a list item: indented.
		return strings.HasPrefix(l.text, "  ") || strings.HasPrefix(l.text, "\t")
	}
	if !blanks {
		return false
	}
	// Paragraph mode: lines of one paragraph join, unless each line is a
	// complete long paragraph of its own.
	return !(utf8.RuneCountInString(pt) > 120 && endsSentence(pt))
}

func wrapSlack(width int) int { return max(width/3, 12) }

// wrapWidth detects hard-wrapped text: at least five lines, most of the
// lines 40 to 100 characters long and close to the longest, many of them
// ending without sentence punctuation. It returns the wrap width, or 0.
func wrapWidth(lines []line) int {
	var lens []int
	for _, l := range lines {
		if !l.blank() {
			lens = append(lens, utf8.RuneCountInString(strings.TrimRight(l.text, " \t")))
		}
	}
	if len(lens) < 5 {
		return 0
	}
	// The width is the 90th percentile of line lengths.
	sorted := slices.Clone(lens)
	slices.Sort(sorted)
	w := sorted[len(sorted)*9/10]
	if w < 40 || w > 100 || sorted[len(sorted)-1] > w+15 {
		return 0
	}
	full, open := 0, 0
	for i, l := range lines {
		if l.blank() {
			continue
		}
		t := strings.TrimRight(l.text, " \t")
		if utf8.RuneCountInString(t) >= w-wrapSlack(w) {
			full++
			if !endsSentence(t) || i+1 < len(lines) && !lines[i+1].blank() {
				open++
			}
		}
	}
	if full*10 < len(lens)*6 || open*2 < full {
		return 0
	}
	return w
}

// headingMarker recognises Markdown-style "## Heading" lines in plain text
// and returns the marker length and the level.
func headingMarker(t string) (int, int) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(t) || t[n] != ' ' {
		return 0, 0
	}
	return n + 1, n
}

// listMarker returns the length of a list marker ("- ", "* ", "• ", "1. ",
// "2) ") at the start of t, or 0.
func listMarker(t string) int {
	for _, m := range []string{"- ", "* ", "• ", "· ", "– ", "▪ ", "◦ "} {
		if strings.HasPrefix(t, m) && len(strings.TrimSpace(t[len(m):])) > 0 {
			return len(m)
		}
	}
	n := 0
	for n < len(t) && n < 3 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' ' {
		// "1. " is a list item only when the text after it is not itself
		// a footnote-style reference (those stay whole for the cleaner).
		return n + 2
	}
	return 0
}

// listRunMin is the length of a run of heading-like lines that reads as a
// list instead: a heading heads text, and three or more short lines in a
// row with nothing between them are items ("Cut class sizes", "Nursery
// places for all"), as in text whose bullets lost their markers.
const listRunMin = 3

// markHeadings marks body blocks that read as headings: one short line
// without closing punctuation, starting with a capital, followed by more
// text. A run of listRunMin or more such lines is a list.
func markHeadings(blocks []block, s string) {
	guessed := make([]bool, len(blocks))
	defer func() { listRuns(blocks, guessed) }()
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != brief.Body || i+1 >= len(blocks) || strings.ContainsAny(s[b.Start:b.End], "\n\r") {
			continue
		}
		t := b.Text
		if brief.WordCount(t) > 12 || len(t) > 100 || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(t)
		if strings.ContainsRune(".,;:!", last) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(first) && !('0' <= first && first <= '9') {
			continue
		}
		b.Kind = brief.Heading
		b.Level = 2
		guessed[i] = true
	}
}

// listRuns turns each run of listRunMin or more guessed headings in a row
// into list items. A run that opens the document is its front matter
// (title, names, affiliation, date) and stays as it is.
func listRuns(blocks []block, guessed []bool) {
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && guessed[j] {
			j++
		}
		if j-i >= listRunMin && i > 0 {
			for k := i; k < j; k++ {
				blocks[k].Kind, blocks[k].Level = brief.ListItem, 0
			}
		}
		i = max(j, i+1)
	}
}
