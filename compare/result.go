package compare

import (
	"strconv"

	"briefbench/brief"
)

// Schema is the value of Result.Schema.
const Schema = "briefbench.comparison/v1"

// Result is a comparison of briefs: shared topics with aligned passages,
// positions on axes, numeric claims and the differences between briefs.
// It is what `briefbench compare --out FILE.json` writes.
type Result struct {
	Schema string `json:"schema"`
	// Briefs are the compared briefs' records in column order, without
	// paragraphs (Paragraphs is nil); dropped blocks are kept.
	Briefs []*brief.Brief `json:"briefs"`
	// Taxonomy names the taxonomy used ("automatic: alliance", a pack
	// name, or the file given).
	Taxonomy string  `json:"taxonomy"`
	Topics   []Topic `json:"topics"`
	// Unassigned are the passages no topic holds: too far from every
	// topic to join one. They stay searchable, but are never aligned and
	// never reach differences, the workbook or the memo.
	Unassigned []Passage `json:"unassigned,omitempty"`
	Axes       []Axis    `json:"axes"`
	Numbers    []Claim   `json:"numbers"`
	// Overall holds the distinctive terms of each brief against all others,
	// across all its text.
	Overall     map[string][]Term `json:"distinctive_terms"`
	Differences []Difference      `json:"differences"`
	// Warnings list edits that no longer apply (their topic or passage is
	// gone), so the UI can tell the analyst.
	Warnings []string `json:"warnings,omitempty"`
}

// Origin says where a topic came from.
type Origin string

// Topic origins.
const (
	FromTaxonomy Origin = "taxonomy"
	Discovered   Origin = "discovered"
	FromUser     Origin = "user"
)

// Topic is one subject with every brief's passages on it, aligned in rows.
type Topic struct {
	ID          string    `json:"id"`
	Label       string    `json:"label"`
	Description string    `json:"description,omitempty"`
	Origin      Origin    `json:"origin"`
	Passages    []Passage `json:"passages"`
	// Rows align passages across briefs: each row maps a brief ID to an
	// index into Passages, or nil where the brief is silent in that row.
	// Every brief ID appears as a key in every row.
	Rows []Row `json:"rows"`
	// Coverage is each brief's share of its words spent on this topic (0..1).
	Coverage map[string]float64 `json:"coverage"`
	// Distinctive lists, per brief, the terms it uses in this topic far more
	// than the other briefs do, strongest first.
	Distinctive map[string][]Term `json:"distinctive_terms"`
	// Note is the analyst's note on this topic (from Edits).
	Note string `json:"note,omitempty"`
	// Elsewhere lists, for each brief with no passage here, its paragraphs
	// that nearly went to this topic: for a discovered topic, passages that
	// meet its admission rules with a near tie to the topic they joined;
	// for a pack topic, passages with sure evidence for it that lost to
	// stronger topics. The brief is not silent on the topic (see Silent). Discovery splits a broad subject where the briefs do
	// (courts apart from crime); a brief whose courts passages went to
	// Crime has not ignored courts.
	Elsewhere map[string][]int `json:"elsewhere,omitempty"`
}

// Addresses reports whether brief id addresses topic t: it spends some of
// its words on the topic or has a passage under it. This is the one rule
// behind every "addressed by" count; "not addressed" is Silent.
func (t *Topic) Addresses(id string) bool {
	if t.Coverage[id] > 0 {
		return true
	}
	for i := range t.Passages {
		if t.Passages[i].Brief == id {
			return true
		}
	}
	return false
}

// Silent reports whether brief id is silent on topic t: it does not
// address it (Addresses) and none of its passages fits it elsewhere
// (Elsewhere). This is the one rule behind every "not addressed" and every
// coverage gap the user reads.
func (t *Topic) Silent(id string) bool {
	return !t.Addresses(id) && len(t.Elsewhere[id]) == 0
}

// Addressing counts the briefs of r that address topic t (see
// Topic.Addresses).
func (r *Result) Addressing(t *Topic) int {
	n := 0
	for _, b := range r.Briefs {
		if t.Addresses(b.ID) {
			n++
		}
	}
	return n
}

// Row maps brief ID to an index into Topic.Passages, nil where silent.
type Row map[string]*int

// Passage is a paragraph, or one sentence of a long paragraph, placed under a
// topic. Text is the brief's own words, verbatim.
type Passage struct {
	Brief     string `json:"brief"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence,omitempty"` // 1-based sentence when the paragraph was split; 0 for a whole paragraph
	Page      int    `json:"page,omitempty"`     // the page Text starts on
	// PageBreaks are where Text goes on to later pages (offsets in Text).
	PageBreaks []brief.PageBreak `json:"page_breaks,omitempty"`
	Section    []string          `json:"section,omitempty"`
	Text       string            `json:"text"`
	Score      float64           `json:"score"`
	Terms      []string          `json:"terms"`
}

// Term is a distinctive term with its weighted log-odds z-score.
type Term struct {
	Term  string  `json:"term"`
	Z     float64 `json:"z"`
	Count int     `json:"count"`
}

// Axis is a position axis between two poles, with every brief placed on it.
type Axis struct {
	ID          string              `json:"id"`
	Label       string              `json:"label"`
	Description string              `json:"description,omitempty"`
	Poles       [2]string           `json:"poles"`
	Positions   map[string]Position `json:"positions"`
}

// Position is a brief's place on an axis: Score in [-1, 1], negative toward
// the first pole; Confidence in [0, 1]; Mixed when the brief argues both
// poles; Evidence quotes for each pole, strongest first.
type Position struct {
	Score      float64    `json:"score"`
	Confidence float64    `json:"confidence"`
	Mixed      bool       `json:"mixed"`
	Evidence   []Evidence `json:"evidence"`
	// Totals is the summed evidence weight for each pole (first, second):
	// how much the brief said on each side, before the score's ratio.
	Totals [2]float64 `json:"totals"`
	// Rejected counts the evidence sentences the analyst rejected
	// (Edits.Rejected) that no longer count.
	Rejected int `json:"rejected,omitempty"`
}

// Evidence is a quote that pulls a brief toward a pole.
type Evidence struct {
	Pole      string   `json:"pole"`
	Paragraph int      `json:"paragraph"`
	Page      int      `json:"page,omitempty"`
	Text      string   `json:"text"`
	Weight    float64  `json:"weight"`
	Cues      []string `json:"cues,omitempty"`
}

// Claim is a numeric claim found in a brief: a value with its unit and what
// it measures, and the sentence that states it.
type Claim struct {
	Brief     string  `json:"brief"`
	Paragraph int     `json:"paragraph"`
	Page      int     `json:"page,omitempty"`
	Quantity  string  `json:"quantity"` // what is measured, e.g. "defense spending, % of GDP"
	Value     float64 `json:"value"`    // normalised value (money in units, percentages as numbers)
	Raw       string  `json:"raw"`      // the number as written, e.g. "$1.2 billion"
	Unit      Unit    `json:"unit"`     // "% of GDP", "USD", "year", "rank", "count", ...
	Text      string  `json:"text"`     // the sentence, verbatim; from a sentence over 600 bytes, the verbatim words around the figure
	Topic     string  `json:"topic,omitempty"`
	Conflict  bool    `json:"conflict"` // another brief gives a different value for the same quantity
	// Key is what claims are matched on: whose figure, what it measures,
	// its unit and its time. Two claims are comparable only when their
	// keys are equal.
	Key QuantityKey `json:"key"`

	prec   float64 // rounding tolerance implied by the digits written
	hedged bool    // written with "about", "nearly", ...
	top    bool    // a "top N" rank, an upper bound
	label  string  // the measure, readable ("defense spending")
	// context is the sorted matching forms of the words qualifying the
	// number beyond its measure, and qualifier those words as written
	// (numbers_context.go).
	context   []string
	qualifier string
}

// QuantityKey says what a numeric claim measures, normalised so that briefs
// worded differently meet: "2.8 percent of GDP on defense" and "defence
// spending stands at 3.5% of GDP" are both {Korea, defense spending, % of
// GDP, now}.
type QuantityKey struct {
	// Subject is whose figure it is (a country or actor of the lexicon),
	// or "" when neither the sentence nor the brief names one.
	Subject string `json:"subject,omitempty"`
	// Measure is what is measured: a head noun with the word qualifying
	// it, normalised ("defense spending", "arms exports", "arms exporter");
	// for a target year, what the target is ("fourth-largest arms exporter").
	Measure string `json:"measure"`
	// Unit is the claim's unit (see the Unit constants, or a currency).
	Unit Unit `json:"unit"`
	// Year is the year the figure is as of, or the year it is a target
	// for when Target is set; 0 for a figure given as current or undated.
	Year   int  `json:"year,omitempty"`
	Target bool `json:"target,omitempty"`
}

// Series is the key without its time: the quantity a trajectory follows.
func (k QuantityKey) Series() QuantityKey {
	k.Year, k.Target = 0, false
	return k
}

// Kind is what sort of difference a Difference is.
type Kind string

// Difference kinds.
const (
	KindNumeric   Kind = "numeric"
	KindCoverage  Kind = "coverage"
	KindWording   Kind = "wording"
	KindAgreement Kind = "agreement"
	// KindTrajectory: one brief gives one measure at two or more times
	// ("10th now, 4th by 2030").
	KindTrajectory Kind = "trajectory"
	// KindRelated: figures of different briefs that may measure the same
	// thing but are not surely comparable (one is dated and the other not,
	// or the words around the numbers qualify different things: see
	// Difference.Reason), so they are neither a conflict nor an agreement.
	KindRelated Kind = "related"
)

// Reason says why figures are only related (Difference.Reason).
type Reason string

// Reasons why figures are only related.
const (
	// ReasonTime: one figure is dated, the other given as current.
	ReasonTime Reason = "time"
	// ReasonContext: the figures share subject, measure, unit and time,
	// but the words around them qualify different things ("a $5 billion
	// investment package for chip plants", "a $7 billion investment in a
	// shipbuilding fund"); Item.Context holds those words.
	ReasonContext Reason = "context"
)

// Difference is one thing an analyst should notice between briefs.
type Difference struct {
	Kind    Kind   `json:"kind"`
	Topic   string `json:"topic"`
	Summary string `json:"summary"`
	Items   []Item `json:"items"`
	// Diff is the word-level diff of the first two items' texts, for
	// wording differences.
	Diff []Op `json:"diff,omitempty"`
	// Measure is what a numeric conflict, agreement, trajectory or set of
	// related figures is about: the key its claims share (for a trajectory
	// and related figures, without the time). It is why the figures are
	// comparable. Nil for the other kinds.
	Measure *QuantityKey `json:"measure,omitempty"`
	// Quantity is Measure.Measure as the first brief words it, readable
	// ("fourth-largest arms exporter").
	Quantity string `json:"quantity,omitempty"`
	// Reason says why related figures (KindRelated) are not surely
	// comparable: ReasonTime or ReasonContext. Empty for the other kinds.
	Reason Reason `json:"reason,omitempty"`
	// Label is the topic's label, for coverage, wording and passage
	// agreement differences.
	Label string `json:"label,omitempty"`
	// Addressed and Silent are, for a coverage difference, the briefs that
	// address the topic (largest share first; each item's Number is its
	// share in percent) and those silent on it (in brief order).
	Addressed []string `json:"addressed,omitempty"`
	Silent    []string `json:"silent,omitempty"`
	// Changed is the number of words a wording difference changes (a
	// replaced word once, as its longer side).
	Changed int `json:"changed,omitempty"`
	// Basis says what a passage agreement rests on: BasisWords (nearly
	// the same words) or BasisPoint (an aligned row making one point,
	// named by Terms, the specific terms its passages share).
	Basis Basis    `json:"basis,omitempty"`
	Terms []string `json:"terms,omitempty"`
}

// Basis is what a passage agreement rests on (Difference.Basis).
type Basis string

// What a passage agreement rests on.
const (
	BasisWords Basis = "words"
	BasisPoint Basis = "point"
)

// Item is one brief's part in a difference.
type Item struct {
	Brief string `json:"brief"`
	// Paragraph is the index of the quoted paragraph in the brief, or -1
	// when there is nothing to cite: in a coverage difference, a brief that
	// is silent on the topic has an item with its share (Value, usually
	// "0") but Paragraph -1, no Page and an empty Text. Check for -1 before
	// indexing the brief's paragraphs.
	Paragraph int    `json:"paragraph"`
	Page      int    `json:"page,omitempty"`
	Value     string `json:"value,omitempty"`
	Unit      Unit   `json:"unit,omitempty"`
	// Number, Year and Target are a numeric item's value (in Unit) and
	// its time (see QuantityKey), for phrasing and sorting.
	Number float64 `json:"number,omitempty"`
	Year   int     `json:"year,omitempty"`
	Target bool    `json:"target,omitempty"`
	// Top marks a "top N" rank (an upper bound).
	Top bool `json:"top,omitempty"`
	// Context is what qualifies a numeric item's figure beyond its
	// measure, as written ("package for semiconductor plants"); set only on
	// related figures whose Reason is ReasonContext.
	Context string `json:"context,omitempty"`
	// Text is the brief's own words, verbatim (empty when Paragraph is -1).
	Text string `json:"text"`
}

// Op is one run of a word-level diff: Kind is OpEqual, OpDelete (only in
// the first text) or OpInsert (only in the second).
type Op struct {
	Kind OpKind `json:"op"`
	Text string `json:"text"`
}

// Brief returns the record of brief id, or nil.
// UnassignedIn returns the unassigned passages of brief id, in text order.
func (r *Result) UnassignedIn(id string) []Passage {
	var out []Passage
	for _, p := range r.Unassigned {
		if p.Brief == id {
			out = append(out, p)
		}
	}
	return out
}

func (r *Result) Brief(id string) *brief.Brief {
	for _, b := range r.Briefs {
		if b.ID == id {
			return b
		}
	}
	return nil
}

// Topic returns the topic with id, or nil.
func (r *Result) Topic(id string) *Topic {
	for i := range r.Topics {
		if r.Topics[i].ID == id {
			return &r.Topics[i]
		}
	}
	return nil
}

// Axis returns the axis with the given ID, or nil.
func (r *Result) Axis(id string) *Axis {
	for i := range r.Axes {
		if r.Axes[i].ID == id {
			return &r.Axes[i]
		}
	}
	return nil
}

// String writes the key on one line: "Korea defense spending|% of GDP",
// "Korea arms exports|USD|2023", "Korea fourth-largest arms exporter|target
// year", "Korea arms exporter|rank|by 2030".
func (k QuantityKey) String() string {
	s := k.Measure + "|" + string(k.Unit)
	if k.Subject != "" {
		s = k.Subject + " " + s
	}
	switch {
	case k.Target:
		s += "|by " + strconv.Itoa(k.Year)
	case k.Year > 0:
		s += "|" + strconv.Itoa(k.Year)
	}
	return s
}
