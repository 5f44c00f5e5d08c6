package app

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
	"briefbench/present"
)

// hlSpan is a highlighted run of a passage's text, in byte offsets.
type hlSpan struct {
	start, end int
	color      fyne.ThemeColorName
	style      fyne.TextStyle
}

// passageSpans marks a brief's distinctive terms and disputed numbers in
// text by present.Spans' rule, in the side-by-side view's colours.
func passageSpans(text string, terms []compare.Term, numbers []string) []hlSpan {
	words := make([]string, len(terms))
	for i, t := range terms {
		words[i] = t.Term
	}
	var out []hlSpan
	for _, sp := range present.Spans(text, words, numbers) {
		h := hlSpan{sp.Start, sp.End, colorTerm, fyne.TextStyle{Bold: true}}
		if sp.Mark == present.Conflict {
			h.color, h.style = colorConflict, fyne.TextStyle{Bold: true, Underline: true}
		}
		out = append(out, h)
	}
	return out
}

// highlightSegments cuts text into plain and highlighted inline segments.
// Overlapping spans keep the one that starts first (numbers win ties). A
// highlight grows to whole space-delimited tokens ("(MRO)," rather than
// "MRO"), so no line starts with a comma or half a word.
func highlightSegments(text string, spans []hlSpan) []widget.RichTextSegment {
	slices.SortStableFunc(spans, func(a, b hlSpan) int { return a.start - b.start })
	var segs []*widget.TextSegment
	at := 0
	for i, s := range spans {
		if s.start < at || s.end <= s.start {
			continue
		}
		limit := len(text)
		for _, next := range spans[i+1:] {
			if next.start >= s.end {
				limit = next.start
				break
			}
		}
		start, end := s.start, s.end
		for start > at {
			r, n := utf8.DecodeLastRuneInString(text[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= n
		}
		for end < limit {
			r, n := utf8.DecodeRuneInString(text[end:])
			if unicode.IsSpace(r) {
				break
			}
			end += n
		}
		if start > at {
			segs = append(segs, textSeg(text[at:start], theme.ColorNameForeground, fyne.TextStyle{}))
		}
		segs = append(segs, textSeg(text[start:end], s.color, s.style))
		at = end
	}
	if at < len(text) || len(segs) == 0 {
		segs = append(segs, textSeg(text[at:], theme.ColorNameForeground, fyne.TextStyle{}))
	}
	return wrapSafe(segs)
}

// wrapSafe arranges inline segments so that Fyne's RichText wraps them at
// spaces. RichText may break a line between two segments, and when a
// segment's first word does not fit the rest of a line it breaks that word
// mid-way, unless the whole segment fits on one line (then it moves to the
// next line) or the segment starts with a space. So:
//   - a boundary inside a word moves to the word's end (the tail joins the
//     segment before and takes its style: a comma never starts a line);
//   - highlighted text is cut into one segment per word, each short enough
//     to move to the next line whole;
//   - a long run of body text that follows a highlight starts with the
//     space before it, its break point; a short one fits a line whole.
//
// No space moves into a highlight, where it would indent a line that starts
// with it.
func wrapSafe(segs []*widget.TextSegment) []widget.RichTextSegment {
	for i := 1; i < len(segs); i++ {
		prev, cur := segs[i-1], segs[i]
		if prev.Text == "" || cur.Text == "" {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(prev.Text); !unicode.IsSpace(r) {
			n := strings.IndexFunc(cur.Text, unicode.IsSpace)
			if n < 0 {
				n = len(cur.Text)
			}
			prev.Text += cur.Text[:n]
			cur.Text = cur.Text[n:]
		}
	}
	var words []*widget.TextSegment
	for _, seg := range segs {
		if seg.Text == "" {
			continue
		}
		if isBody(seg) || !mayOverflow(seg) {
			words = append(words, seg)
			continue
		}
		for _, w := range splitWords(seg.Text) {
			c := *seg
			c.Text = w
			words = append(words, &c)
		}
	}
	for i := 1; i < len(words); i++ {
		prev, cur := words[i-1], words[i]
		r, _ := utf8.DecodeRuneInString(cur.Text)
		long := isBody(cur) && longRun(cur.Text)
		switch {
		case !long && unicode.IsSpace(r):
			// A highlight or a short run fits a line whole: its leading
			// space goes to the text before it, not to the start of a line.
			trimmed := strings.TrimLeftFunc(cur.Text, unicode.IsSpace)
			prev.Text += cur.Text[:len(cur.Text)-len(trimmed)]
			cur.Text = trimmed
		case long && !unicode.IsSpace(r):
			trimmed := strings.TrimRightFunc(prev.Text, unicode.IsSpace)
			cur.Text = prev.Text[len(trimmed):] + cur.Text
			prev.Text = trimmed
		}
	}
	out := make([]widget.RichTextSegment, 0, len(words))
	for _, w := range words {
		if w.Text != "" {
			out = append(out, w)
		}
	}
	return out
}

// mayOverflow reports whether a non-body segment could be wider than a
// narrow column's line; captions in the placeholder colour are labels that
// lead their text.
func mayOverflow(s *widget.TextSegment) bool {
	return s.Style.ColorName != theme.ColorNamePlaceHolder && longRun(s.Text)
}

// longRun reports whether text may not fit one line of the narrowest
// column: more than 12 characters (12 bold ones take about 100 px).
func longRun(text string) bool { return utf8.RuneCountInString(strings.TrimSpace(text)) > 12 }

// isBody reports whether s is running body text: plain style and colour.
func isBody(s *widget.TextSegment) bool {
	return s.Style.ColorName == theme.ColorNameForeground && s.Style.TextStyle == (fyne.TextStyle{}) && s.Style.SizeName == ""
}

// splitWords cuts text into words, each keeping the spaces after it (and
// the first any spaces before it).
func splitWords(text string) []string {
	var out []string
	for text != "" {
		i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsSpace(r) })
		if i < 0 {
			break
		}
		j := strings.IndexFunc(text[i:], unicode.IsSpace)
		if j < 0 {
			out = append(out, text)
			break
		}
		j += i
		k := strings.IndexFunc(text[j:], func(r rune) bool { return !unicode.IsSpace(r) })
		if k < 0 {
			out = append(out, text)
			break
		}
		out = append(out, text[:j+k])
		text = text[j+k:]
	}
	if len(out) == 0 && text != "" {
		out = append(out, text)
	}
	return out
}

// diffSegments renders one side of a word-level diff: side 0 shows the
// equal and deleted runs (the first text), side 1 the equal and inserted
// runs (the second text). It returns nil when the runs do not spell text,
// e.g. after the passage was re-split.
func diffSegments(ops []compare.Op, side int, text string) []widget.RichTextSegment {
	var segs []*widget.TextSegment
	var sb strings.Builder
	for _, op := range ops {
		switch {
		case op.Kind == "equal":
			segs = append(segs, textSeg(op.Text, theme.ColorNameForeground, fyne.TextStyle{}))
		case op.Kind == "delete" && side == 0:
			segs = append(segs, textSeg(op.Text, colorDelete, fyne.TextStyle{Bold: true, Italic: true}))
		case op.Kind == "insert" && side == 1:
			segs = append(segs, textSeg(op.Text, colorInsert, fyne.TextStyle{Bold: true}))
		default:
			continue
		}
		sb.WriteString(op.Text)
	}
	if sb.String() != text {
		return nil
	}
	return wrapSafe(segs)
}

// captionSeg makes an inline caption-sized segment.
func captionSeg(text string, color fyne.ThemeColorName, style fyne.TextStyle) *widget.TextSegment {
	s := textSeg(text, color, style)
	s.Style.SizeName = theme.SizeNameCaptionText
	return s
}

// captionSegments joins a citation's caption segments into RichText's
// list. Each after the first starts with a space, where RichText breaks a
// line, so they need not be cut into words as highlights are: a cell's
// caption stays a few text objects, which keeps painting cheap.
func captionSegments(caps []*widget.TextSegment) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, len(caps))
	for i, c := range caps {
		out[i] = c
	}
	return out
}
