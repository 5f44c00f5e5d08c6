package export

import (
	"fmt"
	"sort"
	"strings"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/present"
)

// view indexes a comparison once for all writers: brief columns and unique
// display names, topic labels, and the conflicting numeric claims per
// paragraph so cells can highlight them.
type view struct {
	r      *compare.Result
	now    string // creation time, "2006-01-02 15:04 UTC"
	col    map[string]int
	names  []string // unique display name per brief, in column order
	labels map[string]string
	// conflicts maps brief ID and paragraph to its claims that disagree
	// with another brief.
	conflicts map[paraKey][]*compare.Claim
	// byQuantity groups claims by key (subject, measure, unit and time),
	// for "other briefs say" columns.
	byQuantity map[quantityOf][]*compare.Claim
	// readings are the topics laid out for reading across, by topic ID,
	// made on first use (see reading).
	readings map[string]*compare.Reading
}

// quantityOf identifies what a claim measures: its key, or for a result
// written without keys, its quantity label.
type quantityOf struct {
	key   compare.QuantityKey
	label string
}

func quantity(c *compare.Claim) quantityOf {
	if c.Key.Measure == "" {
		return quantityOf{label: c.Quantity}
	}
	return quantityOf{key: c.Key}
}

type paraKey struct {
	brief     string
	paragraph int
}

func newView(r *compare.Result, opts Options) *view {
	v := &view{
		r:          r,
		now:        opts.now().Format("2006-01-02 15:04 UTC"),
		col:        make(map[string]int, len(r.Briefs)),
		names:      make([]string, len(r.Briefs)),
		labels:     make(map[string]string, len(r.Topics)),
		conflicts:  map[paraKey][]*compare.Claim{},
		byQuantity: map[quantityOf][]*compare.Claim{},
		readings:   map[string]*compare.Reading{},
	}
	names := present.Names(r.Briefs)
	for i, b := range r.Briefs {
		v.col[b.ID] = i
		v.names[i] = names[b.ID]
	}
	for _, t := range r.Topics {
		v.labels[t.ID] = t.Label
	}
	for i := range r.Numbers {
		c := &r.Numbers[i]
		v.byQuantity[quantity(c)] = append(v.byQuantity[quantity(c)], c)
		if c.Conflict {
			k := paraKey{c.Brief, c.Paragraph}
			v.conflicts[k] = append(v.conflicts[k], c)
		}
	}
	return v
}

// name returns the display name of brief id (the ID itself when unknown).
func (v *view) name(id string) string {
	if i, ok := v.col[id]; ok {
		return v.names[i]
	}
	return id
}

// label returns the label of topic id (the ID when unknown).
func (v *view) label(id string) string {
	if l, ok := v.labels[id]; ok {
		return l
	}
	return id
}

// cite cites paragraph (0-based) of brief id on page (0: unknown), e.g.
// "Meridian Institute ¶7, p. 3" (see present.Cite).
func (v *view) cite(id string, paragraph, page int) string {
	return present.Cite(v.name(id), paragraph, page)
}

// otherValues describes what the other briefs say about c's quantity, e.g.
// "3.5 (Hanbridge Center)".
func (v *view) otherValues(c *compare.Claim) string {
	var parts []string
	for _, o := range v.byQuantity[quantity(c)] {
		if o.Brief == c.Brief || o.Value == c.Value {
			continue
		}
		parts = append(parts, o.Raw+" ("+v.name(o.Brief)+")")
	}
	return strings.Join(parts, "; ")
}

// briefsOf lists the display names of a difference's briefs, in order of
// first appearance.
func (v *view) briefsOf(items []compare.Item) string {
	var names []string
	seen := map[string]bool{}
	for _, it := range items {
		if !seen[it.Brief] {
			seen[it.Brief] = true
			names = append(names, v.name(it.Brief))
		}
	}
	return strings.Join(names, ", ")
}

// leaning is the table form of a position's leaning (present.Leaning):
// the pole, "balanced", "mixed" or "not enough evidence".
func leaning(ax *compare.Axis, p compare.Position) string {
	return present.Leaning(ax, p).Short
}

// quotable reports whether a difference's item has words to quote and a
// paragraph to cite (a brief silent on a topic has neither).
func quotable(it compare.Item) bool { return it.Paragraph >= 0 && strings.TrimSpace(it.Text) != "" }

// fileName is a brief's source file as exports name it: the file's name
// alone, never the folder it sits in on this machine.
func fileName(b *brief.Brief) string { return b.Source.FileName() }

// authors joins a brief's authors.
func authors(b *brief.Brief) string { return strings.Join(b.Authors, ", ") }

// count formats n and a noun in the singular or plural, e.g. "1 brief",
// "0 briefs", "1,000 briefs".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// percent formats a share 0..1 as a whole percentage, e.g. "14%".
func percent(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }

// sortedTerms returns up to n distinctive terms of brief id, strongest first.
func sortedTerms(ts []compare.Term, n int) []compare.Term {
	out := append([]compare.Term(nil), ts...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Z > out[j].Z })
	if len(out) > n {
		out = out[:n]
	}
	return out
}
