package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/app/layouts"
	"briefbench/brief"
	"briefbench/compare"
	"briefbench/present"
)

// maxSearchHits caps the hits shown; the status line says when more matched.
const maxSearchHits = 200

// searchView searches every paragraph of every brief and shows the hits in
// their paragraph, with the brief, citation, section and topics.
type searchView struct {
	c *compareView

	entry  *widget.Entry
	status *widget.Label
	list   *fitList
	hits   []searchHit
	topics map[passageKey][]string // topic labels per paragraph, from the result
	folds  map[*brief.Brief][]foldedPara
}

// foldedPara caches a paragraph's lower-cased text between searches; text
// is the paragraph it was made from, to notice edits and restores.
type foldedPara struct {
	text string
	f    present.Folded
}

// searchHit is a paragraph that contains every term of the query.
type searchHit struct {
	brief *brief.Brief
	para  int
	spans []hlSpan
}

func newSearchView(c *compareView) *searchView {
	return &searchView{c: c}
}

func (v *searchView) buildUI() fyne.CanvasObject {
	v.entry = widget.NewEntry()
	v.entry.SetPlaceHolder(`Search all briefs (Ctrl+F): words must all appear; "quote a phrase"`)
	v.entry.ActionItem = widget.NewIcon(theme.SearchIcon())
	v.entry.OnChanged = v.onTyped
	v.entry.OnSubmitted = v.onSearch
	v.status = widget.NewLabel("Type to search the full text of every brief.")
	v.status.SizeName = theme.SizeNameCaptionText
	v.status.Wrapping = fyne.TextWrapWord
	v.list = newFitList(func() int { return len(v.hits) }, v.createHit, v.fillHit)
	v.list.onSelect = v.onHitSelected
	return container.NewBorder(container.NewVBox(v.entry, v.status, widget.NewSeparator()), nil, nil, nil, v.list)
}

// setResult notes which topics each paragraph is under and searches again,
// since the briefs may have changed too.
func (v *searchView) setResult(r *compare.Result) {
	v.topics = map[passageKey][]string{}
	if r != nil {
		for _, t := range r.Topics {
			seen := map[passageKey]bool{}
			for _, p := range t.Passages {
				k := passageKey{p.Brief, p.Paragraph}
				if !seen[k] {
					seen[k] = true
					v.topics[k] = append(v.topics[k], t.Label)
				}
			}
		}
		// Passages no topic fits are findable too, marked as such.
		for _, p := range r.Unassigned {
			if k := (passageKey{p.Brief, p.Paragraph}); len(v.topics[k]) == 0 {
				v.topics[k] = []string{present.Unassigned}
			}
		}
	}
	v.onSearch(v.entry.Text)
}

// onTyped searches as the analyst types once the query has two characters
// (a single letter matches nearly every paragraph); Enter searches anyway.
func (v *searchView) onTyped(query string) {
	if n := len([]rune(strings.TrimSpace(query))); n == 1 {
		return
	}
	v.onSearch(query)
}

// onSearch finds the paragraphs that contain every term of query.
func (v *searchView) onSearch(query string) {
	terms := queryTerms(query)
	v.hits = v.hits[:0]
	if len(terms) == 0 {
		v.status.SetText("Type to search the full text of every brief.")
		v.list.reload()
		return
	}
	briefs := v.c.h.briefs()
	total := 0
	inBriefs := map[string]bool{}
	folds := make(map[*brief.Brief][]foldedPara, len(briefs))
	for _, b := range briefs {
		fs := v.folds[b]
		if len(fs) != len(b.Paragraphs) {
			fs = make([]foldedPara, len(b.Paragraphs))
		}
		folds[b] = fs
		for i, p := range b.Paragraphs {
			if fs[i].text != p.Text {
				fs[i] = foldedPara{text: p.Text, f: present.Fold(p.Text)}
			}
			spans := matchAll(fs[i].f, terms)
			if spans == nil {
				continue
			}
			total++
			inBriefs[b.ID] = true
			if len(v.hits) < maxSearchHits {
				v.hits = append(v.hits, searchHit{brief: b, para: i, spans: spans})
			}
		}
	}
	v.folds = folds
	switch {
	case total == 0:
		v.status.SetText(fmt.Sprintf("No paragraph in %s contains %s.", countNoun(len(briefs), "brief", "briefs"), quoteTerms(terms)))
	case total > len(v.hits):
		v.status.SetText(fmt.Sprintf("%s in %s; showing the first %d. Add words to narrow it.",
			countNoun(total, "paragraph", "paragraphs"), countNoun(len(inBriefs), "brief", "briefs"), len(v.hits)))
	default:
		v.status.SetText(fmt.Sprintf("%s in %s. Click one to open it in its brief.",
			countNoun(total, "paragraph", "paragraphs"), countNoun(len(inBriefs), "brief", "briefs")))
	}
	v.list.reload()
}

// queryTerms splits a query into lower-case words and "quoted phrases".
func queryTerms(q string) []string {
	var terms []string
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 {
			if p := strings.Join(strings.Fields(strings.ToLower(part)), " "); p != "" {
				terms = append(terms, p)
			}
			continue
		}
		terms = append(terms, strings.Fields(strings.ToLower(part))...)
	}
	return terms
}

func quoteTerms(terms []string) string {
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = "“" + t + "”"
	}
	return strings.Join(q, " and ")
}

// matchAll returns the spans of every occurrence of every term in the
// folded text, or nil when a term is missing.
func matchAll(f present.Folded, terms []string) []hlSpan {
	var spans []hlSpan
	for _, t := range terms {
		ms := f.Find(t)
		if len(ms) == 0 {
			return nil
		}
		for _, m := range ms {
			spans = append(spans, hlSpan{m[0], m[1], colorHit, fyne.TextStyle{Bold: true}})
		}
	}
	return spans
}

// hitItem is one search hit in the list.
type hitItem struct {
	layouts.Row
	head *widget.RichText
	text *widget.RichText
}

func (v *searchView) createHit() fyne.CanvasObject {
	it := &hitItem{head: widget.NewRichText(), text: widget.NewRichText()}
	it.head.Wrapping = fyne.TextWrapWord
	it.text.Wrapping = fyne.TextWrapWord
	it.Box = container.NewVBox(it.head, it.text)
	it.ExtendBaseWidget(it)
	return it
}

func (v *searchView) fillHit(id widget.ListItemID, o fyne.CanvasObject) {
	it := o.(*hitItem)
	if id >= len(v.hits) {
		return
	}
	h := v.hits[id]
	p := h.brief.Paragraphs[h.para]
	cite := present.Where(h.para, p.Page)
	name := v.c.briefName(h.brief.ID)
	if name == h.brief.ID { // not in the comparison: no column name
		name = h.brief.ShortName()
	}
	segs := []widget.RichTextSegment{
		textSeg(name, theme.ColorNameForeground, fyne.TextStyle{Bold: true}),
		captionSeg("  "+cite, theme.ColorNamePlaceHolder, fyne.TextStyle{}),
	}
	if v.c.res != nil && v.c.res.Brief(h.brief.ID) == nil {
		segs = append(segs, captionSeg("  ·  not in the comparison", colorSilent, fyne.TextStyle{Italic: true}))
	}
	if len(p.Section) > 0 {
		segs = append(segs, captionSeg("  ·  "+strings.Join(p.Section, " › "), theme.ColorNamePlaceHolder, fyne.TextStyle{Italic: true}))
	}
	if ts := v.topics[passageKey{h.brief.ID, h.para}]; len(ts) > 0 {
		segs = append(segs, captionSeg("  ·  "+strings.Join(ts, ", "), colorCovered, fyne.TextStyle{}))
	}
	it.head.Segments = segs
	style := fyne.TextStyle{}
	if p.Kind == brief.Heading {
		style.Bold = true
	}
	it.text.Segments = highlightSegments(p.Text, append([]hlSpan(nil), h.spans...))
	for _, s := range it.text.Segments {
		if ts, ok := s.(*widget.TextSegment); ok && style.Bold {
			ts.Style.TextStyle.Bold = true
		}
	}
	it.head.Refresh()
	it.text.Refresh()
}

// onHitSelected opens the paragraph in its brief's full text.
func (v *searchView) onHitSelected(id widget.ListItemID) {
	if id < 0 || id >= len(v.hits) {
		return
	}
	v.list.unselect()
	h := v.hits[id]
	v.c.h.openInContext(h.brief.ID, h.para)
}
