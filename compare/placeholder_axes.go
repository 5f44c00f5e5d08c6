package compare

// TEMPORARY during the parallel build; replaced by axes.go.

// AxisSpec defines a position axis.
type AxisSpec struct {
	ID          string      `yaml:"id" json:"id"`
	Label       string      `yaml:"label" json:"label"`
	Description string      `yaml:"description" json:"description"`
	Poles       [2]PoleSpec `yaml:"poles" json:"poles"`
}

// PoleSpec is one end of an axis with its cue terms and phrases.
type PoleSpec struct {
	ID   string   `yaml:"id" json:"id"`
	Cues []string `yaml:"cues" json:"cues"`
}
