package compare

import "time"

// Options configure a comparison. Use DefaultOptions and change what you need.
type Options struct {
	// Taxonomy is the topic taxonomy, used as given (every topic kept).
	// Default (nil): automatic, the bundled packs whose topics fit the
	// corpus (PackTaxonomy, resources.Packs), plus discovered topics.
	// NoTaxonomy() gives discovered topics only.
	Taxonomy *Taxonomy
	// TaxonomyName names the taxonomy in the result. Default: "automatic:
	// " and the packs kept when Taxonomy is nil, "custom" for a taxonomy
	// given without a name.
	TaxonomyName string
	// Axes are the position axes. Default: the embedded default axes.
	Axes []AxisSpec
	// MaxDiscovered bounds the number of topics discovery may find; the
	// number found follows the corpus below it. Default (0):
	// DefaultMaxDiscovered (20).
	MaxDiscovered int
	// Seed seeds the random source of discovery's k-means; the same seed
	// gives the same topics. Default (0): 1. Other seeds show how much the
	// discovered topics depend on it (TestCapUKDevSeeds).
	Seed uint64
	// Edits are the analyst's changes, re-applied on every run.
	Edits Edits
	// Progress, when set, is called with a stage name (the Stage constants,
	// in order) and a fraction 0..1. It may be called from worker
	// goroutines, but never concurrently.
	Progress func(stage string, done float64)
	// Workers bounds the goroutines used for per-brief and per-topic work.
	// Default (0): GOMAXPROCS.
	Workers int
	// DiffTimeout bounds each word-level diff (go-diff's DiffTimeout).
	// Default: 0, no limit, so results do not depend on the machine.
	DiffTimeout time.Duration
}

// Edits are an analyst's changes to a comparison. They refer to passages by
// brief ID and paragraph index, and to topics by ID, so they survive re-runs.
type Edits struct {
	// Moves put a passage under another topic (From may be empty to add).
	Moves []Move `json:"moves,omitempty"`
	// Examples mark passages as examples of a topic (To) without moving
	// them. Examples and the passages of Moves teach their topic: on every
	// run, passages like them from every brief join it (teach.go).
	Examples []Move `json:"examples,omitempty"`
	// Removes take a passage out of a topic.
	Removes []Move `json:"removes,omitempty"`
	// Renames give topics new labels, by topic ID.
	Renames map[string]string `json:"renames,omitempty"`
	// Merges fold topics into the first ID of each group.
	Merges [][]string `json:"merges,omitempty"`
	// Splits move the listed passages of a topic into a new user topic.
	Splits []Split `json:"splits,omitempty"`
	// Created are new user topics (they get passages through Moves).
	Created []TopicSpec `json:"created,omitempty"`
	// Notes are the analyst's notes per topic ID.
	Notes map[string]string `json:"notes,omitempty"`
	// Rejected are evidence quotes the analyst rejected: they no longer
	// count toward the brief's placement on the axis.
	Rejected []Rejection `json:"rejected,omitempty"`
}

// Rejection names one evidence sentence of a brief on an axis: the
// paragraph and the sentence's text, verbatim (as in Evidence.Text).
type Rejection struct {
	Axis      string `json:"axis"`
	Brief     string `json:"brief"`
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
}

// Move refers to a passage (brief ID, paragraph index) and topics.
type Move struct {
	Brief     string `json:"brief"`
	Paragraph int    `json:"paragraph"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
}

// Split moves Passages of topic From into a new topic To with Label.
type Split struct {
	From     string `json:"from"`
	To       string `json:"to"`
	Label    string `json:"label"`
	Passages []Move `json:"passages"`
}
