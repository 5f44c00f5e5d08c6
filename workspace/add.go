package workspace

import (
	"strconv"
	"time"

	"briefbench/brief"
)

// Repeat pairs a brief with one already in the workspace that it repeats
// or resembles.
type Repeat struct {
	Brief *brief.Brief // the brief given to Add
	Same  *brief.Brief // the brief it repeats or resembles
	// SameFile is set when both came from the same file (same SHA-256).
	SameFile bool
	// Share is the share of text the two have in common (brief.Fingerprint
	// Containment), for an edition.
	Share float64
}

// Holding pairs a brief with one whose text it carries while being clearly
// longer (brief.Fingerprint.Holds): a report with a summary as an annex, or
// quoting a whole short brief. Both are kept; the analyst should hear of it.
type Holding struct {
	Outer, Inner *brief.Brief
}

// Added is what Add did with the briefs it was given.
type Added struct {
	Briefs []*brief.Brief // added, in order
	// Repeats were left out: the same file, or the same text from another
	// file (brief.Repeats: the PDF and the Word file of one brief).
	Repeats []Repeat
	// Editions were added but share at least brief.SameText of their text
	// with a brief already there in the same format: another edition,
	// which the analyst may well want to compare, and should hear about.
	Editions []Repeat
	// Holdings were added although one text carries the other (an annex
	// or a quotation), and are not called editions.
	Holdings []Holding
}

// Add appends briefs at the end of the workspace, with the one rule for
// repeats and editions (see Added). Each added brief gets an ID unique in
// the workspace (from its name when it has none) and, unless now is zero,
// the time it entered the workspace (Source.Imported, shown in the
// workbook's Sources sheet; the CLI leaves it zero so its output depends on
// its input only). A brief that repeats one added earlier in the same call
// is left out too.
func (ws *Workspace) Add(bs []*brief.Brief, now time.Time) Added {
	var out Added
	ids := map[string]bool{}
	sums := map[string]*brief.Brief{}
	for _, b := range ws.Briefs {
		ids[b.ID] = true
		if b.Source.SHA256 != "" {
			sums[b.Source.SHA256] = b
		}
	}
	stamp := now.UTC().Truncate(time.Second)
	for _, b := range bs {
		if same := sums[b.Source.SHA256]; b.Source.SHA256 != "" && same != nil {
			out.Repeats = append(out.Repeats, Repeat{Brief: b, Same: same, SameFile: true})
			continue
		}
		if same := ws.repeated(b); same != nil {
			out.Repeats = append(out.Repeats, Repeat{Brief: b, Same: same})
			continue
		}
		out.Holdings = append(out.Holdings, ws.holdings(b)...)
		if same, share := ws.closest(b); same != nil {
			out.Editions = append(out.Editions, Repeat{Brief: b, Same: same, Share: share})
		}
		if b.ID == "" {
			b.ID = brief.Slug(b.Name())
		}
		id := b.ID
		for n := 2; ids[id]; n++ {
			id = b.ID + "-" + strconv.Itoa(n)
		}
		b.ID = id
		ids[id] = true
		if !now.IsZero() && b.Source.Imported.IsZero() {
			b.Source.Imported = stamp
		}
		if b.Source.SHA256 != "" {
			sums[b.Source.SHA256] = b
		}
		ws.Briefs = append(ws.Briefs, b)
		out.Briefs = append(out.Briefs, b)
	}
	return out
}

// repeated returns the workspace brief that b repeats (brief.Repeats), or
// nil.
func (ws *Workspace) repeated(b *brief.Brief) *brief.Brief {
	fp := ws.fingerprint(b)
	for _, o := range ws.Briefs {
		if brief.Repeats(o, b, ws.fingerprint(o), fp) {
			return o
		}
	}
	return nil
}

// closest returns the workspace brief whose text b contains or is contained
// in the most, with that share, when it reaches brief.SameText and neither
// carries the other (holdings); else nil.
func (ws *Workspace) closest(b *brief.Brief) (*brief.Brief, float64) {
	fp := ws.fingerprint(b)
	var best *brief.Brief
	share := 0.0
	for _, o := range ws.Briefs {
		fo := ws.fingerprint(o)
		if c := fp.Containment(fo); c >= brief.SameText && c > share && !fp.Holds(fo) && !fo.Holds(fp) {
			best, share = o, c
		}
	}
	return best, share
}

// holdings lists the workspace briefs whose text b carries, and those that
// carry b's.
func (ws *Workspace) holdings(b *brief.Brief) []Holding {
	fp := ws.fingerprint(b)
	var out []Holding
	for _, o := range ws.Briefs {
		fo := ws.fingerprint(o)
		switch {
		case fp.Holds(fo):
			out = append(out, Holding{Outer: b, Inner: o})
		case fo.Holds(fp):
			out = append(out, Holding{Outer: o, Inner: b})
		}
	}
	return out
}

// fingerprint returns b's text fingerprint, computed once per brief.
// Restoring a dropped block changes the text a little; the comparison
// tolerates that.
func (ws *Workspace) fingerprint(b *brief.Brief) brief.Fingerprint {
	if fp, ok := ws.prints[b]; ok {
		return fp
	}
	if ws.prints == nil {
		ws.prints = map[*brief.Brief]brief.Fingerprint{}
	}
	fp := b.Fingerprint()
	ws.prints[b] = fp
	return fp
}
