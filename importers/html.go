package importers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"briefbench/brief"
)

// readHTML reads a saved web page. It walks the whole page into blocks
// (headings, paragraphs, list items, quotes, captions), marking those inside
// site chrome (nav, menus, header and footer outside the article, aside,
// forms, share bars, newsletter and cookie boxes, related-content lists) as
// Chrome with a reason. go-readability then finds the article body; page
// blocks it left out are kept as Chrome too, so nothing is silently lost.
// Metadata comes from <title>, meta author and date tags, Open Graph, JSON-LD
// and the byline readability finds.
func readHTML(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	s, err := decodeHTML(data)
	if err != nil {
		return nil, hints{}, err
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, hints{}, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	h, pageTitle := htmlHints(doc)
	w := htmlWalker{}
	w.walk(doc, htmlCtx{kind: brief.Body})
	w.flush(htmlCtx{kind: brief.Body})
	blocks := w.blocks
	if err := ctx.Err(); err != nil {
		return nil, hints{}, err
	}

	// The article body as readability sees it; ParseAndMutate may change
	// doc, which is no longer needed.
	p := readability.NewParser()
	art, rerr := p.ParseAndMutate(doc, nil)
	kept := map[uint64]int{}
	if rerr == nil && art.Node != nil {
		aw := htmlWalker{}
		aw.walk(art.Node, htmlCtx{kind: brief.Body})
		aw.flush(htmlCtx{kind: brief.Body})
		for _, b := range aw.blocks {
			kept[blockKey(b.Text)]++
		}
		if !matches(blocks, aw.blocks, kept) {
			// Readability rebuilt the text so that it no longer lines up
			// with the page's blocks: keep every non-chrome block rather
			// than lose text.
			clear(kept)
		}
		if h.Authors == nil && art.Byline() != "" {
			if names, ok := bylineAuthors(art.Byline()); ok {
				h.Authors = names
			} else if names := splitNames(art.Byline()); len(names) > 0 {
				h.Authors = names
			}
		}
		if h.Published == "" {
			if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
				h.Published = t.Format("2006-01-02")
			}
		}
		if h.Organization == "" {
			h.Organization = art.SiteName()
		}
		if h.Language == "" {
			h.Language = art.Language()
		}
	}
	if len(kept) > 0 {
		for i := range blocks {
			b := &blocks[i]
			if b.Chrome {
				continue
			}
			k := blockKey(b.Text)
			if kept[k] > 0 {
				kept[k]--
				continue
			}
			b.Chrome, b.Reason = true, brief.Navigation
		}
	}
	// <title> (less its site suffix) is the title only when the page shows
	// it as a line of its own.
	if h.Title == "" && pageTitle != "" {
		for _, b := range blocks {
			if sameText(normalize(b.Text), pageTitle) {
				h.Title = pageTitle
				break
			}
		}
	}
	return blocks, h, nil
}

// matches reports whether at least 90% of the words of the article blocks
// are in page blocks with the same text.
func matches(page, article []block, kept map[uint64]int) bool {
	left := maps.Clone(kept)
	matched := 0
	for _, b := range page {
		if k := blockKey(b.Text); left[k] > 0 {
			left[k]--
			matched += brief.WordCount(b.Text)
		}
	}
	total := 0
	for _, b := range article {
		total += brief.WordCount(b.Text)
	}
	return matched*10 >= total*9
}

// decodeHTML returns the page as UTF-8, using the declared or sniffed
// character set when the bytes are not UTF-8.
func decodeHTML(data []byte) (string, error) {
	if bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 && !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", ErrBinary
	}
	if utf8.Valid(data) {
		return strings.TrimPrefix(string(data), "\ufeff"), nil
	}
	enc, _, _ := charset.DetermineEncoding(data, "text/html")
	d, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", ErrBinary
	}
	s, _, err := textOnly(string(d))
	return s, err
}

// blockKey identifies a block's text for matching the page against the
// extracted article: a hash of its lower-cased letters and digits, so white
// space and entity differences do not matter.
func blockKey(s string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			h ^= uint64(unicode.ToLower(r))
			h *= 1099511628211
		}
	}
	return h
}

// htmlCtx is what the walker knows about the element it is in.
type htmlCtx struct {
	kind    brief.Kind
	level   int
	chrome  brief.Reason
	article bool // inside <article> or <main>
}

// htmlWalker collects blocks from a DOM tree.
type htmlWalker struct {
	blocks []block
	buf    strings.Builder
}

// skipTags hold no readable text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Head: true, atom.Iframe: true, atom.Select: true, atom.Canvas: true,
	atom.Object: true, atom.Embed: true, atom.Math: true, atom.Textarea: true,
}

// blockTags start a new block.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Figure: true,
	atom.Figcaption: true, atom.Pre: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.Header: true, atom.Footer: true, atom.Nav: true,
	atom.Aside: true, atom.Form: true, atom.Address: true, atom.Body: true, atom.Hr: true,
	atom.Caption: true, atom.Details: true, atom.Summary: true, atom.Center: true,
}

func (w *htmlWalker) walk(n *html.Node, ctx htmlCtx) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.buf.WriteString(c.Data)
		case html.ElementNode:
			w.element(c, ctx)
		case html.DocumentNode:
			w.walk(c, ctx)
		}
	}
}

func (w *htmlWalker) element(n *html.Node, ctx htmlCtx) {
	if skipTags[n.DataAtom] || hidden(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.buf.WriteByte(' ')
		return
	case atom.Td, atom.Th:
		w.buf.WriteString(" ")
		w.walk(n, ctx)
		w.buf.WriteString(" ")
		return
	}
	if !blockTags[n.DataAtom] {
		w.walk(n, ctx)
		return
	}
	w.flush(ctx)
	inner := ctx
	switch n.DataAtom {
	case atom.Article, atom.Main:
		inner.article = true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		inner.kind, inner.level = brief.Heading, int(n.Data[1]-'0')
	case atom.Li, atom.Dd, atom.Dt:
		inner.kind = brief.ListItem
	case atom.Blockquote:
		inner.kind = brief.Quote
	case atom.Figcaption, atom.Caption:
		inner.kind = brief.Caption
	}
	if inner.chrome == "" {
		inner.chrome = chromeReason(n, ctx.article)
	}
	w.walk(n, inner)
	w.flush(inner)
}

// flush ends the current block.
func (w *htmlWalker) flush(ctx htmlCtx) {
	if w.buf.Len() == 0 {
		return
	}
	t := strings.TrimSpace(w.buf.String())
	w.buf.Reset()
	if t == "" {
		return
	}
	b := block{Text: t, Kind: ctx.kind, Level: ctx.level}
	if ctx.chrome != "" {
		b.Chrome, b.Reason = true, ctx.chrome
	}
	w.blocks = append(w.blocks, b)
}

// hidden reports whether an element is hidden from readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// chromeWords map class and id words to the clutter they mark.
var chromeWords = map[string]brief.Reason{
	"nav": brief.Navigation, "navbar": brief.Navigation, "navigation": brief.Navigation, "menu": brief.Navigation,
	"breadcrumb": brief.Navigation, "breadcrumbs": brief.Navigation, "topbar": brief.Navigation, "masthead": brief.Navigation,
	"sidebar": brief.Promotion, "share": brief.Promotion, "sharing": brief.Promotion, "social": brief.Promotion,
	"newsletter": brief.Promotion, "subscribe": brief.Promotion, "signup": brief.Promotion, "promo": brief.Promotion,
	"advert": brief.Promotion, "ad": brief.Promotion, "ads": brief.Promotion, "donate": brief.Promotion,
	"cookie": brief.PageFurniture, "cookies": brief.PageFurniture, "consent": brief.PageFurniture, "gdpr": brief.PageFurniture,
	"footer": brief.PageFurniture, "related": brief.RelatedLinks, "recommended": brief.RelatedLinks, "more-stories": brief.RelatedLinks,
}

// chromeReason says whether element n is site chrome and why.
func chromeReason(n *html.Node, inArticle bool) brief.Reason {
	if r := chromeClass(n); r != "" {
		return r
	}
	switch n.DataAtom {
	case atom.Nav:
		return brief.Navigation
	case atom.Form:
		return brief.Navigation
	case atom.Aside:
		if !inArticle {
			return brief.Promotion
		}
	case atom.Header:
		if !inArticle {
			return brief.Navigation
		}
	case atom.Footer:
		if !inArticle {
			return brief.PageFurniture
		}
	}
	return ""
}

// chromeClass reads chrome from an element's role, class and id.
func chromeClass(n *html.Node) brief.Reason {
	for _, a := range n.Attr {
		if a.Key == "role" && (a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo") {
			return brief.Navigation
		}
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for tok := range strings.FieldsSeq(strings.ToLower(a.Val)) {
			if r, ok := chromeWords[tok]; ok {
				return r
			}
			for part := range strings.SplitSeq(tok, "-") {
				if r, ok := chromeWords[part]; ok && part != "ad" {
					return r
				}
			}
		}
	}
	return ""
}

// htmlHints reads metadata from the head (meta tags, Open Graph, JSON-LD)
// and returns it with the page <title> less its site suffix.
func htmlHints(doc *html.Node) (hints, string) {
	var h hints
	var pageTitle string
	var ld []string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				h.Language = htmlAttr(n, "lang")
			case atom.Title:
				if n.FirstChild != nil && pageTitle == "" {
					pageTitle = n.FirstChild.Data
				}
			case atom.Meta:
				metaHint(&h, strings.ToLower(htmlAttr(n, "name")+htmlAttr(n, "property")), strings.TrimSpace(htmlAttr(n, "content")))
			case atom.Script:
				if strings.Contains(htmlAttr(n, "type"), "ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
				return
			case atom.Body:
				// Metadata lives in the head; JSON-LD may be in the body too.
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, s := range ld {
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			jsonLDHints(&h, v)
		}
	}
	return h, siteTitle(pageTitle)
}

// siteTitle strips a " | Site" or " - Site" suffix from a page title and
// returns "" when what is left is a date or a label in capitals.
func siteTitle(t string) string {
	t = normalize(t)
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			t = t[:i]
			break
		}
	}
	if _, ok := dateLine(t); ok || allCaps(t) || brief.WordCount(t) < 2 {
		return ""
	}
	return t
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// metaHint applies one <meta> tag.
func metaHint(h *hints, key, val string) {
	if val == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title", "citation_title", "dc.title", "dcterms.title":
		if h.Title == "" {
			h.Title = val
		}
	case "author", "article:author", "citation_author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author":
		if strings.HasPrefix(val, "http") {
			return
		}
		for _, a := range splitNames(val) {
			h.Authors = appendNew(h.Authors, a)
		}
		if len(splitNames(val)) == 0 && looksLikeName(val) {
			h.Authors = appendNew(h.Authors, val)
		}
	case "article:published_time", "og:published_time", "date", "citation_publication_date", "citation_date",
		"dc.date", "dcterms.created", "dcterms.date", "publish-date", "pubdate", "sailthru.date", "parsely-pub-date":
		if h.Published == "" {
			if iso, ok := parseDate(val); ok {
				h.Published = iso
			}
		}
	case "og:site_name", "citation_publisher", "dc.publisher", "dcterms.publisher", "publisher", "citation_technical_report_institution":
		if h.Organization == "" {
			h.Organization = val
		}
	}
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if strings.EqualFold(x, y) {
			return xs
		}
	}
	return append(xs, x)
}

// jsonLDHints reads headline, author, datePublished and publisher from
// JSON-LD objects (arrays and @graph included).
func jsonLDHints(h *hints, v any) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			jsonLDHints(h, x)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			jsonLDHints(h, g)
		}
		typ := fmt.Sprint(v["@type"])
		if !strings.Contains(typ, "Article") && !strings.Contains(typ, "Report") && !strings.Contains(typ, "Posting") && !strings.Contains(typ, "CreativeWork") {
			return
		}
		if s, ok := v["headline"].(string); ok && h.Title == "" {
			h.Title = s
		}
		if s, ok := v["datePublished"].(string); ok && h.Published == "" {
			if iso, ok := parseDate(s); ok {
				h.Published = iso
			}
		}
		for _, a := range ldNames(v["author"]) {
			h.Authors = appendNew(h.Authors, a)
		}
		if ps := ldNames(v["publisher"]); len(ps) > 0 && h.Organization == "" {
			h.Organization = ps[0]
		}
	}
}

// ldNames returns the names in a JSON-LD person or organisation value.
func ldNames(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case map[string]any:
		if s, ok := v["name"].(string); ok && s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, ldNames(x)...)
		}
		return out
	}
	return nil
}

// stripTags returns the text of an HTML fragment.
func stripTags(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return sb.String()
			}
			return sb.String()
		case html.TextToken:
			sb.Write(z.Text())
			sb.WriteByte(' ')
		}
	}
}
