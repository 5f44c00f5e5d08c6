package importers

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"briefbench/brief"
)

// readMarkdown reads CommonMark (with GitHub tables and footnotes) through
// goldmark's parser and walks the tree: headings keep their level,
// paragraphs are body text, list items and block quotes keep their kind,
// links and emphasis are reduced to their text, footnote definitions become
// footnote paragraphs. Simple YAML-style front matter (title, subtitle,
// author(s), date, organization) gives metadata. Offsets are byte offsets
// into the decoded file.
func readMarkdown(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	s, notes, err := decodeText(data)
	if err != nil {
		return nil, hints{}, err
	}
	src := []byte(s)
	h := frontMatter(src) // blanks the front matter in src, keeping offsets
	h.Notes = notes
	if n := flattenQuotes(src, maxQuoteDepth); n > 0 {
		h.Notes = append(h.Notes, fmt.Sprintf("limit reached: block quotes nested deeper than %d levels (%s) read at level %d", maxQuoteDepth, plural(n, "line", "lines"), maxQuoteDepth))
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Footnote))
	doc := md.Parser().Parse(text.NewReader(src))
	if err := ctx.Err(); err != nil {
		return nil, hints{}, err
	}
	w := mdWalker{src: src}
	w.walk(doc, brief.Body)
	return w.blocks, h, nil
}

// maxQuoteDepth is the deepest block quote nesting read as such. Parsing
// nested quotes costs time quadratic in the depth (400,000 ">" took a
// minute); no brief nests quotes this deep.
const maxQuoteDepth = 16

// flattenQuotes blanks the quote markers (">") past depth max at the start
// of each line of src, in place, so offsets stay the same. It returns how
// many lines it changed.
func flattenQuotes(src []byte, max int) int {
	changed := 0
	for i := 0; i < len(src); {
		depth, j := 0, i
		for j < len(src) && (src[j] == '>' || src[j] == ' ' || src[j] == '\t') {
			if src[j] == '>' {
				depth++
				if depth > max {
					src[j] = ' '
				}
			}
			j++
		}
		if depth > max {
			changed++
		}
		k := bytes.IndexByte(src[j:], '\n')
		if k < 0 {
			break
		}
		i = j + k + 1
	}
	return changed
}

// mdWalker collects blocks from a goldmark tree.
type mdWalker struct {
	src    []byte
	blocks []block
}

// walk visits block nodes; kind is the kind their text blocks take (list
// item inside lists, quote inside block quotes).
func (w *mdWalker) walk(n ast.Node, kind brief.Kind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			w.add(c, brief.Heading, c.Level)
		case *ast.Paragraph, *ast.TextBlock:
			w.add(c, kind, 0)
		case *ast.Blockquote:
			w.walk(c, brief.Quote)
		case *ast.ListItem:
			w.walk(c, brief.ListItem)
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			w.addLines(c, kind)
		case *ast.HTMLBlock:
			w.addHTML(c)
		case *east.FootnoteList:
			w.walk(c, brief.Footnote)
		case *east.Footnote:
			w.walk(c, brief.Footnote)
		case *east.TableRow, *east.TableHeader:
			w.addRow(c)
		case *ast.ThematicBreak:
		default:
			w.walk(c, kind)
		}
	}
}

// add appends the inline text of a paragraph-like node.
func (w *mdWalker) add(n ast.Node, kind brief.Kind, level int) {
	var sb strings.Builder
	w.inline(&sb, n)
	start, end := span(n)
	w.blocks = append(w.blocks, block{Text: sb.String(), Kind: kind, Level: level, Start: start, End: end})
}

// addLines appends a code block's lines as one block.
func (w *mdWalker) addLines(n ast.Node, kind brief.Kind) {
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		sb.Write(seg.Value(w.src))
		sb.WriteByte(' ')
	}
	start, end := span(n)
	w.blocks = append(w.blocks, block{Text: sb.String(), Kind: kind, Start: start, End: end})
}

// addHTML appends the text of raw HTML in Markdown with the tags removed
// (comments and bare tags give nothing).
func (w *mdWalker) addHTML(n *ast.HTMLBlock) {
	var buf bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		buf.Write(seg.Value(w.src))
	}
	if n.HasClosure() {
		buf.Write(n.ClosureLine.Value(w.src))
	}
	t := stripTags(buf.String())
	if strings.TrimSpace(t) == "" {
		return
	}
	start, end := span(n)
	w.blocks = append(w.blocks, block{Text: t, Kind: brief.Body, Start: start, End: end})
}

// addRow appends a table row as one line of cells separated by " | ".
func (w *mdWalker) addRow(n ast.Node) {
	var cells []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		var sb strings.Builder
		w.inline(&sb, c)
		cells = append(cells, strings.TrimSpace(sb.String()))
	}
	start, end := span(n)
	w.blocks = append(w.blocks, block{Text: strings.Join(cells, " | "), Kind: brief.Body, Start: start, End: end})
}

// inline writes the text of n's inline children: text, code spans, and the
// text of links, emphasis and images; footnote references are left out.
func (w *mdWalker) inline(sb *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			sb.Write(c.Value(w.src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.String:
			sb.Write(c.Value)
		case *ast.AutoLink:
			sb.Write(c.Label(w.src))
		case *ast.RawHTML:
		case *east.FootnoteLink, *east.FootnoteBacklink:
		default:
			w.inline(sb, c)
		}
	}
}

// span returns the byte range of a block node's lines, or of its
// descendants' lines for container nodes.
func span(n ast.Node) (int, int) {
	start, end := -1, -1
	if n.Type() == ast.TypeBlock {
		if lines := n.Lines(); lines != nil && lines.Len() > 0 {
			start, end = lines.At(0).Start, lines.At(lines.Len()-1).Stop
		}
	}
	if start < 0 {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			s, e := span(c)
			if s >= 0 && (start < 0 || s < start) {
				start = s
			}
			end = max(end, e)
		}
		if n.Type() == ast.TypeInline {
			if t, ok := n.(*ast.Text); ok {
				start, end = t.Segment.Start, t.Segment.Stop
			}
		}
	}
	return max(start, 0), max(end, 0)
}

// frontMatter reads a simple front matter block ("---" lines around
// "key: value" lines) at the start of src, blanks it in place so offsets
// stay valid, and returns the metadata it states.
func frontMatter(src []byte) hints {
	var h hints
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return h
	}
	rest := src[3:]
	end := -1
	for _, closer := range []string{"\n---\n", "\n---\r\n", "\n...\n", "\n---"} {
		if i := bytes.Index(rest, []byte(closer)); i >= 0 && (closer != "\n---" || i+len(closer) == len(rest)) {
			end = 3 + i + len(closer)
			break
		}
	}
	if end < 0 {
		return h
	}
	var listKey string
	for l := range strings.Lines(string(src[3 : end-3])) {
		l = strings.TrimRight(l, "\r\n")
		if strings.HasPrefix(strings.TrimSpace(l), "- ") && listKey != "" {
			v := unquote(strings.TrimSpace(strings.TrimSpace(l)[2:]))
			if listKey == "authors" || listKey == "author" {
				h.Authors = append(h.Authors, v)
			}
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = unquote(strings.TrimSpace(v))
		listKey = k
		switch k {
		case "title":
			h.Title = v
		case "subtitle":
			h.Subtitle = v
		case "author", "authors":
			if v != "" {
				v = strings.Trim(v, "[]")
				for _, a := range strings.Split(v, ",") {
					if a = unquote(strings.TrimSpace(a)); a != "" {
						h.Authors = append(h.Authors, a)
					}
				}
			}
		case "date", "published":
			if iso, ok := parseDate(v); ok {
				h.Published = iso
			}
		case "organization", "organisation", "publisher", "org":
			h.Organization = v
		case "lang", "language":
			h.Language = v
		}
	}
	for i := range end {
		if src[i] != '\n' && src[i] != '\r' {
			src[i] = ' '
		}
	}
	return h
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}
