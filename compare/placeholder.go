package compare

// TEMPORARY during the parallel build; replaced by taxonomy.go and run.go.

import (
	"context"
	"errors"

	"briefbench/brief"
)

// Taxonomy is a set of topic definitions.
type Taxonomy struct {
	Topics []TopicSpec `yaml:"topics" json:"topics"`
}

// TopicSpec defines a topic: id, label, description, cue terms and phrases.
type TopicSpec struct {
	ID          string   `yaml:"id" json:"id"`
	Label       string   `yaml:"label" json:"label"`
	Description string   `yaml:"description" json:"description"`
	Cues        []string `yaml:"cues" json:"cues"`
}

// DefaultOptions returns the default options.
func DefaultOptions() Options { return Options{TaxonomyName: "default"} }

// Run compares briefs.
func Run(ctx context.Context, briefs []*brief.Brief, opts Options) (*Result, error) {
	return nil, errors.New("engine not built yet")
}
