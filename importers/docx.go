package importers

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"

	"briefbench/brief"
)

// maxDOCXExpanded is the most a DOCX may expand to when unzipped, counted
// over all the parts read (the zip headers can lie, so bytes are counted as
// they are read as well).
const maxDOCXExpanded = 500 << 20

// XML namespaces of the WordprocessingML parts read here.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	relOffice = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)

// readDOCX reads a Word document by streaming its XML parts: the paragraphs
// of the main document in order (headings from styles and outline levels,
// numbered paragraphs as list items, table rows as "cell | cell" lines,
// tracked insertions kept and deletions dropped, content controls and
// hyperlinks read through), then footnotes and endnotes as footnote
// paragraphs. Core properties give the title, creator and created date.
func readDOCX(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	return readDOCXLimits(ctx, data, name, docxLimits{maxDOCXExpanded, maxDOCXStyles, maxDOCXDocument, maxDOCXSmall})
}

// docxLimits are how far a DOCX may expand: in all, and per part.
type docxLimits struct {
	total, styles, document, small int64
}

// readDOCXLimit is readDOCX with limit as the most the parts may expand to.
func readDOCXLimit(ctx context.Context, data []byte, name string, limit int64) ([]block, hints, error) {
	return readDOCXLimits(ctx, data, name, docxLimits{limit, maxDOCXStyles, maxDOCXDocument, maxDOCXSmall})
}

// readDOCXLimits is readDOCX with the given limits.
func readDOCXLimits(ctx context.Context, data []byte, name string, lim docxLimits) ([]block, hints, error) {
	limit := lim.total
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if m := misnamed(data, "DOCX"); m != nil {
			return nil, hints{}, &Error{File: name, Err: m}
		}
		return nil, hints{}, &Error{File: name, Err: fmt.Errorf("%w: not a DOCX (zip) file (%v)", ErrCorrupt, err)}
	}
	var total uint64
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		total += min(f.UncompressedSize64, uint64(limit)+1) // no overflow
		parts[strings.TrimPrefix(f.Name, "/")] = f
	}
	if total > uint64(limit) {
		return nil, hints{}, &Error{File: name, Err: ErrZipBomb}
	}
	pk := &docxPackage{parts: parts, budget: limit, limits: lim}
	fail := func(err error) ([]block, hints, error) {
		var limit *limitErr
		switch {
		case errors.Is(err, ErrZipBomb) || pk.budget < 0:
			return nil, hints{}, &Error{File: name, Err: ErrZipBomb}
		case errors.As(err, &limit):
			return nil, hints{}, &Error{File: name, Err: limit}
		case ctx.Err() != nil:
			return nil, hints{}, ctx.Err()
		}
		return nil, hints{}, &Error{File: name, Err: fmt.Errorf("%w: %v", ErrCorrupt, err)}
	}

	main := pk.mainPart()
	if parts[main] == nil {
		return nil, hints{}, &Error{File: name, Err: fmt.Errorf("%w: missing document part (%s)", ErrCorrupt, main)}
	}
	dir := path.Dir(main)
	// Styles and core properties only refine the result: a broken one is
	// read as absent, unless it broke the size budget.
	st, err := pk.styles(path.Join(dir, "styles.xml"))
	if pk.budget < 0 {
		return fail(err)
	}
	var notes []string
	if limit := (*limitErr)(nil); errors.As(err, &limit) {
		notes = append(notes, limit.Error()+"; its styles were ignored")
	}
	w := &docxWalker{styles: st}
	if err := pk.walk(ctx, main, w); err != nil {
		return fail(err)
	}
	for _, notes := range []string{"footnotes.xml", "endnotes.xml"} {
		w.notes = true
		if err := pk.walk(ctx, path.Join(dir, notes), w); err != nil {
			return fail(err)
		}
	}
	h, _ := pk.core()
	if pk.budget < 0 {
		return fail(ErrZipBomb)
	}
	h.Notes = append(h.Notes, notes...)
	return w.out, h, nil
}

// docxPackage is an opened DOCX zip with the byte budget left for reading.
type docxPackage struct {
	parts  map[string]*zip.File
	budget int64
	limits docxLimits
}

// budgetReader counts the bytes a part expands to against the package's
// budget and fails with ErrZipBomb once it is spent; see open.
type budgetReader struct {
	r  io.Reader
	pk *docxPackage
}

func (b budgetReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.pk.budget -= int64(n)
	if b.pk.budget < 0 {
		return n, ErrZipBomb
	}
	return n, err
}

// open returns a reader of a part, or nil when the part is absent. It
// decompresses the raw entry itself rather than trusting the sizes in the
// zip headers, so every expanded byte counts against the budget.
func (pk *docxPackage) open(name string) (io.ReadCloser, error) {
	f := pk.parts[name]
	if f == nil {
		return nil, nil
	}
	raw, err := f.OpenRaw()
	if err != nil {
		return nil, err
	}
	var rc io.ReadCloser
	switch f.Method {
	case zip.Store:
		rc = io.NopCloser(raw)
	case zip.Deflate:
		rc = flate.NewReader(raw)
	default:
		return nil, fmt.Errorf("%s: unsupported zip compression method %d", name, f.Method)
	}
	limit := pk.partLimit(name)
	return struct {
		io.Reader
		io.Closer
	}{&partReader{budgetReader{rc, pk}, name, limit, limit}, rc}, nil
}

// partLimit is the most part name may expand to (see limits.go).
func (pk *docxPackage) partLimit(name string) int64 {
	switch base := path.Base(name); {
	case base == "styles.xml":
		return pk.limits.styles
	case base == "core.xml" || strings.HasSuffix(base, ".rels"):
		return pk.limits.small
	}
	return pk.limits.document
}

// partReader fails with ErrLimit, naming the part, once the part has
// expanded past its own limit.
type partReader struct {
	r           io.Reader
	name        string
	left, limit int64
}

func (p *partReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.left -= int64(n)
	if p.left < 0 {
		return n, limitError(p.name, p.limit)
	}
	return n, err
}

// decode unmarshals a whole (small) part into v; absent parts leave v as is.
func (pk *docxPackage) decode(name string, v any) error {
	rc, err := pk.open(name)
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// mainPart finds the main document part from the package relationships,
// falling back to word/document.xml.
func (pk *docxPackage) mainPart() string {
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if pk.decode("_rels/.rels", &rels) == nil {
		for _, r := range rels.Rel {
			if r.Type == relOffice {
				return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
			}
		}
	}
	return "word/document.xml"
}

// docxStyle is what a paragraph style says about its paragraphs.
type docxStyle struct {
	kind  brief.Kind
	level int
}

var headingStyleRe = regexp.MustCompile(`^heading ?([1-9])$`)

// styles maps paragraph style IDs to paragraph kinds, from the style names
// (Title, Subtitle, heading N, List…, Quote, Caption, footnote text) and
// outline levels, following basedOn links.
func (pk *docxPackage) styles(name string) (map[string]docxStyle, error) {
	var doc struct {
		Style []struct {
			Type    string `xml:"type,attr"`
			ID      string `xml:"styleId,attr"`
			Name    val    `xml:"name"`
			BasedOn val    `xml:"basedOn"`
			Outline val    `xml:"pPr>outlineLvl"`
			NumID   val    `xml:"pPr>numPr>numId"`
		} `xml:"style"`
	}
	if err := pk.decode(name, &doc); err != nil {
		return nil, err
	}
	byID := map[string]int{}
	for i, s := range doc.Style {
		byID[s.ID] = i
	}
	out := map[string]docxStyle{}
	for _, s := range doc.Style {
		if s.Type != "" && s.Type != "paragraph" {
			continue
		}
		var st docxStyle
		cur := s
		for range 10 { // a basedOn chain, bounded against cycles
			st = styleKind(strings.ToLower(cur.Name.Val), cur.Outline.Val, cur.NumID.Val)
			i, ok := byID[cur.BasedOn.Val]
			if st.kind != brief.Body || !ok {
				break
			}
			cur = doc.Style[i]
		}
		out[s.ID] = st
	}
	return out, nil
}

// val is an element whose w:val attribute is its value.
type val struct {
	Val string `xml:"val,attr"`
}

// styleKind classifies one style by name, outline level and numbering.
func styleKind(name, outline, numID string) docxStyle {
	switch {
	case name == "title":
		return docxStyle{brief.Heading, 1}
	case name == "subtitle":
		return docxStyle{brief.Heading, 2}
	case headingStyleRe.MatchString(name):
		n, _ := strconv.Atoi(headingStyleRe.FindStringSubmatch(name)[1])
		return docxStyle{brief.Heading, min(n, 6)}
	case outline != "" && outline < "9":
		n, _ := strconv.Atoi(outline)
		return docxStyle{brief.Heading, min(n+1, 6)}
	case strings.HasPrefix(name, "list") || numID != "" && numID != "0":
		return docxStyle{brief.ListItem, 0}
	case strings.Contains(name, "quote"):
		return docxStyle{brief.Quote, 0}
	case name == "caption":
		return docxStyle{brief.Caption, 0}
	case name == "footnote text" || name == "endnote text":
		return docxStyle{brief.Footnote, 0}
	}
	return docxStyle{brief.Body, 0}
}

// core reads docProps/core.xml: title, creator (authors split on ";") and
// the created date as YYYY-MM-DD, and the language.
func (pk *docxPackage) core() (hints, error) {
	var cp struct {
		Title    string `xml:"title"`
		Creator  string `xml:"creator"`
		Created  string `xml:"created"`
		Language string `xml:"language"`
	}
	if err := pk.decode("docProps/core.xml", &cp); err != nil {
		return hints{}, err
	}
	h := hints{Authors: splitAuthors(cp.Creator)}
	if t := strings.TrimSpace(cp.Title); usefulTitle(t) {
		h.Title = t
	}
	if d := strings.TrimSpace(cp.Created); len(d) >= 10 && isoDateRe.MatchString(d[:10]) {
		h.Created = d[:10]
	}
	if l := strings.TrimSpace(cp.Language); l != "" {
		h.Language = strings.ToLower(strings.SplitN(l, "-", 2)[0])
	}
	return h, nil
}

var isoDateRe = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`)
