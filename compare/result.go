package compare

import "briefbench/brief"

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
}

// Row maps brief ID to an index into Topic.Passages, nil where silent.
type Row map[string]*int

// Passage is a paragraph, or one sentence of a long paragraph, placed under a
// topic. Text is the brief's own words, verbatim.
type Passage struct {
	Brief     string   `json:"brief"`
	Paragraph int      `json:"paragraph"`
	Sentence  int      `json:"sentence,omitempty"` // 1-based sentence when the paragraph was split; 0 for a whole paragraph
	Page      int      `json:"page,omitempty"`
	Section   []string `json:"section,omitempty"`
	Text      string   `json:"text"`
	Score     float64  `json:"score"`
	Terms     []string `json:"terms"`
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
	Unit      string  `json:"unit"`     // "% of GDP", "USD", "year", "rank", "count", ...
	Text      string  `json:"text"`     // the sentence, verbatim
	Topic     string  `json:"topic,omitempty"`
	Conflict  bool    `json:"conflict"` // another brief gives a different value for the same quantity
	// Key is the normalised quantity key claims are matched on, e.g.
	// "defense spending|% of GDP" or "arms exports|2023|USD".
	Key string `json:"key"`

	prec   float64 // rounding tolerance implied by the digits written
	hedged bool    // written with "about", "nearly", ...
	top    bool    // a "top N" rank, an upper bound
}

// Difference kinds.
const (
	KindNumeric   = "numeric"
	KindCoverage  = "coverage"
	KindWording   = "wording"
	KindAgreement = "agreement"
)

// Difference is one thing an analyst should notice between briefs.
type Difference struct {
	Kind    string `json:"kind"`
	Topic   string `json:"topic"`
	Summary string `json:"summary"`
	Items   []Item `json:"items"`
	// Diff is the word-level diff of the first two items' texts, for
	// wording differences.
	Diff []Op `json:"diff,omitempty"`
}

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
	Unit      string `json:"unit,omitempty"`
	// Text is the brief's own words, verbatim (empty when Paragraph is -1).
	Text string `json:"text"`
}

// Op is one run of a word-level diff: Kind is "equal", "delete" (only in the
// first text) or "insert" (only in the second).
type Op struct {
	Kind string `json:"op"`
	Text string `json:"text"`
}

// Brief returns the record of brief id, or nil.
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
