package importers

import (
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"briefbench/brief"
)

// docxWalker turns the paragraphs of a document, footnotes or endnotes part
// into blocks, in order.
type docxWalker struct {
	styles map[string]docxStyle
	notes  bool // reading footnotes or endnotes: every paragraph is a footnote
	out    []block
}

// docxPara is a paragraph being read.
type docxPara struct {
	style, outline, numID string
	text                  strings.Builder
}

// docxTable is a table being read: the cells of the current row and the
// text of the current cell.
type docxTable struct {
	row  []string
	cell strings.Builder
}

// docxSkip lists elements whose content is not document text: deleted and
// moved-away revisions, content-control properties (placeholder text),
// field instructions and the fallback copy of alternate content.
var docxSkip = map[xml.Name]bool{
	{Space: nsW, Local: "del"}:       true,
	{Space: nsW, Local: "moveFrom"}:  true,
	{Space: nsW, Local: "sdtPr"}:     true,
	{Space: nsW, Local: "instrText"}: true,
	{Space: nsW, Local: "rPr"}:       true,
	{Space: nsMC, Local: "Fallback"}: true,
}

// walk streams part name (absent parts are skipped) through w.
func (pk *docxPackage) walk(ctx context.Context, name string, w *docxWalker) error {
	rc, err := pk.open(name)
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var (
		paras  []*docxPara  // a stack: text boxes nest paragraphs in paragraphs
		tables []*docxTable // a stack: tables nest in cells
		note   []string     // paragraphs of the current footnote or endnote
		inText bool
	)
	for n := 0; ; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if docxSkip[t.Name] {
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			if t.Name.Space != nsW {
				continue
			}
			var p *docxPara
			if len(paras) > 0 {
				p = paras[len(paras)-1]
			}
			switch t.Name.Local {
			case "footnote", "endnote":
				if typ := attr(t, "type"); typ != "" && typ != "normal" {
					if err := d.Skip(); err != nil {
						return err
					}
					continue
				}
				note = note[:0]
			case "p":
				paras = append(paras, &docxPara{})
			case "pStyle":
				if p != nil {
					p.style = attr(t, "val")
				}
			case "outlineLvl":
				if p != nil {
					p.outline = attr(t, "val")
				}
			case "numId":
				if p != nil {
					p.numID = attr(t, "val")
				}
			case "t":
				inText = true
			case "tab", "br", "cr":
				if p != nil {
					p.text.WriteByte(' ')
				}
			case "noBreakHyphen":
				if p != nil {
					p.text.WriteByte('-')
				}
			case "tbl":
				tables = append(tables, &docxTable{})
			}
		case xml.CharData:
			if inText && len(paras) > 0 {
				paras[len(paras)-1].text.Write(t)
			}
		case xml.EndElement:
			if t.Name.Space != nsW {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if len(paras) == 0 {
					continue
				}
				p := paras[len(paras)-1]
				paras = paras[:len(paras)-1]
				text := strings.Join(strings.Fields(p.text.String()), " ")
				switch {
				case text == "":
				case len(tables) > 0:
					c := &tables[len(tables)-1].cell
					if c.Len() > 0 {
						c.WriteByte(' ')
					}
					c.WriteString(text)
				case w.notes:
					note = append(note, text)
				default:
					kind, level := w.kind(p)
					w.out = append(w.out, block{Text: text, Kind: kind, Level: level})
				}
			case "tc":
				if len(tables) > 0 {
					tb := tables[len(tables)-1]
					tb.row = append(tb.row, tb.cell.String())
					tb.cell.Reset()
				}
			case "tr":
				if len(tables) == 0 {
					continue
				}
				tb := tables[len(tables)-1]
				row := strings.Join(tb.row, " | ")
				tb.row = tb.row[:0]
				if strings.Trim(row, " |") == "" {
					continue
				}
				if len(tables) > 1 { // a nested table's row joins the outer cell
					c := &tables[len(tables)-2].cell
					if c.Len() > 0 {
						c.WriteByte(' ')
					}
					c.WriteString(row)
				} else if w.notes {
					note = append(note, row)
				} else {
					w.out = append(w.out, block{Text: row, Kind: brief.Body})
				}
			case "tbl":
				if len(tables) > 0 {
					tables = tables[:len(tables)-1]
				}
			case "footnote", "endnote":
				if len(note) > 0 {
					w.out = append(w.out, block{Text: strings.Join(note, " "), Kind: brief.Footnote})
				}
				note = note[:0]
			}
		}
	}
}

// kind gives a paragraph's kind and heading level from its own outline level
// and numbering and its style.
func (w *docxWalker) kind(p *docxPara) (brief.Kind, int) {
	st, ok := w.styles[p.style]
	if !ok {
		st = styleKind(strings.ToLower(p.style), "", "")
	}
	if p.outline != "" {
		if o := styleKind("", p.outline, ""); o.kind == brief.Heading {
			return o.kind, o.level
		}
	}
	if st.kind == brief.Heading {
		return st.kind, st.level
	}
	if p.numID != "" && p.numID != "0" {
		return brief.ListItem, 0
	}
	return st.kind, st.level
}

// attr returns the value of the attribute local (in any namespace).
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
