package compare

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"briefbench/resources"
)

// ErrTaxonomy is the kind of every taxonomy problem; test with errors.Is.
var ErrTaxonomy = errors.New("invalid taxonomy")

// Taxonomy is a set of topic definitions plus alias groups, read from a
// human-editable YAML file (see resources/packs/alliance/taxonomy.yaml for the format).
type Taxonomy struct {
	Version int `yaml:"version,omitempty" json:"version,omitempty"`
	// Aliases are groups of names for one thing ("ROK", "South Korea",
	// "Seoul"). Any member counts as the whole group when topics are scored
	// and passages aligned.
	Aliases [][]string  `yaml:"aliases,omitempty" json:"aliases,omitempty"`
	Topics  []TopicSpec `yaml:"topics" json:"topics"`
}

// TopicSpec defines a topic: id, label, description, cue terms and phrases.
// A cue may end in "^W" to weigh it W times (default 1). A single-word cue
// written in capitals (MRO, OPCON) matches only acronyms as written.
type TopicSpec struct {
	ID          string `yaml:"id" json:"id"`
	Label       string `yaml:"label" json:"label"`
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// Weight scales the topic's scores (default 1).
	Weight float64 `yaml:"weight,omitempty" json:"weight,omitempty"`
	// Terms are single-word cues, matched after stemming.
	Terms []string `yaml:"terms,omitempty" json:"terms,omitempty"`
	// Phrases are multi-word cues, matched word by word after stemming.
	Phrases []string `yaml:"phrases,omitempty" json:"phrases,omitempty"`
	// Cues are further cues of either kind (a word or a phrase).
	Cues []string `yaml:"cues,omitempty" json:"cues,omitempty"`
}

// describedCues are the cues of a topic given only a label and a
// description ("Teacher pay: salaries, recruitment and retention of
// teachers"): each content word of the label and the description, once.
// Feedback from the corpus then adds the words its passages use.
func (s TopicSpec) describedCues() []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tokenize(s.Label + " " + s.Description) {
		if t.Stop || t.Num || seen[t.Stem] {
			continue
		}
		seen[t.Stem] = true
		out = append(out, t.Word)
	}
	return out
}

// AllCues returns the topic's terms, phrases and cues in that order; for a
// topic without cues, the words of its label and description.
func (s TopicSpec) AllCues() []string {
	if len(s.Terms)+len(s.Phrases)+len(s.Cues) == 0 {
		return s.describedCues()
	}
	out := make([]string, 0, len(s.Terms)+len(s.Phrases)+len(s.Cues))
	out = append(out, s.Terms...)
	out = append(out, s.Phrases...)
	return append(out, s.Cues...)
}

// TaxonomyError is one problem in a taxonomy file, with its position.
type TaxonomyError struct {
	File  string // empty for in-memory data
	Line  int    // 1-based; 0 when unknown
	Topic string // topic id when the problem is inside a topic
	Msg   string
}

func (e *TaxonomyError) Error() string {
	var sb strings.Builder
	sb.WriteString("taxonomy")
	if e.File != "" {
		sb.WriteString(" " + e.File)
	}
	if e.Line > 0 {
		sb.WriteString(":" + strconv.Itoa(e.Line))
	}
	if e.Topic != "" {
		sb.WriteString(": topic " + strconv.Quote(e.Topic))
	}
	sb.WriteString(": " + e.Msg)
	return sb.String()
}

// Unwrap makes errors.Is(err, ErrTaxonomy) true.
func (e *TaxonomyError) Unwrap() error { return ErrTaxonomy }

var (
	idPattern  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	cueWeight  = regexp.MustCompile(`\^([0-9]*\.?[0-9]+)$`)
	yamlLineRe = regexp.MustCompile(`line (\d+)`)
)

// ParseTaxonomy reads a taxonomy from YAML. It reports every problem it
// finds (joined), each a *TaxonomyError naming its line.
func ParseTaxonomy(data []byte) (*Taxonomy, error) {
	return parseTaxonomy(data, "")
}

// LoadTaxonomy reads a taxonomy file; errors name the file and line.
func LoadTaxonomy(path string) (*Taxonomy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("taxonomy: %w", err)
	}
	return parseTaxonomy(data, path)
}

// DefaultTaxonomy returns the embedded default taxonomy (a fresh copy).
func DefaultTaxonomy() (*Taxonomy, error) {
	return parseTaxonomy(resources.TaxonomyYAML(), resources.PackPath(resources.DefaultPack, "taxonomy.yaml"))
}

func parseTaxonomy(data []byte, file string) (*Taxonomy, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		line := 0
		if m := yamlLineRe.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		return nil, fmt.Errorf("%w", &TaxonomyError{File: file, Line: line, Msg: "not valid YAML: " + err.Error()})
	}
	var t Taxonomy
	if err := root.Decode(&t); err != nil {
		return nil, fmt.Errorf("%w", &TaxonomyError{File: file, Msg: err.Error()})
	}
	lines := topicLines(&root)
	errs := unknownKeys(&root, file)
	bad := func(i int, id, msg string) {
		line := 0
		if i >= 0 && i < len(lines) {
			line = lines[i]
		}
		errs = append(errs, &TaxonomyError{File: file, Line: line, Topic: id, Msg: msg})
	}
	if len(t.Topics) == 0 {
		bad(-1, "", "no topics")
	}
	seen := map[string]bool{}
	for i, s := range t.Topics {
		switch {
		case s.ID == "":
			bad(i, "", "missing id")
		case !idPattern.MatchString(s.ID):
			bad(i, s.ID, "id must be lower-case letters and digits joined by hyphens")
		case seen[s.ID]:
			bad(i, s.ID, "duplicate id")
		}
		seen[s.ID] = true
		if strings.TrimSpace(s.Label) == "" {
			bad(i, s.ID, "missing label")
		}
		if s.Weight < 0 {
			bad(i, s.ID, "negative weight")
		}
		cues := s.AllCues()
		if len(cues) == 0 && len(stems(s.Label+" "+s.Description)) == 0 {
			bad(i, s.ID, "no cue terms or phrases, and no label or description words to start from")
		}
		for _, c := range cues {
			if _, _, err := parseCue(c); err != nil {
				bad(i, s.ID, err.Error())
			}
		}
	}
	for _, g := range t.Aliases {
		if len(g) < 2 {
			errs = append(errs, &TaxonomyError{File: file, Msg: fmt.Sprintf("alias group %q needs two or more names", g)})
		}
		for _, a := range g {
			if len(tokenize(a)) == 0 {
				errs = append(errs, &TaxonomyError{File: file, Msg: fmt.Sprintf("empty alias in group %q", g)})
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &t, nil
}

// unknownKeys reports each key of the file, or of a topic in it, that no
// field of Taxonomy or TopicSpec reads (a misspelled "phrase:" would lose its
// cues silently), with its line, as the axes parser does.
func unknownKeys(root *yaml.Node, file string) []error {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	var errs []error
	check := func(n *yaml.Node, known map[string]bool, topic string) {
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; !known[k.Value] {
				errs = append(errs, &TaxonomyError{File: file, Line: k.Line, Topic: topic, Msg: fmt.Sprintf("unknown field %q", k.Value)})
			}
		}
	}
	check(doc, yamlKeys[Taxonomy](), "")
	if doc.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(doc.Content); i += 2 {
			if doc.Content[i].Value != "topics" {
				continue
			}
			for _, t := range doc.Content[i+1].Content {
				var id struct {
					ID string `yaml:"id"`
				}
				_ = t.Decode(&id) // only to name the topic; Decode above reported errors
				check(t, yamlKeys[TopicSpec](), id.ID)
			}
		}
	}
	return errs
}

// yamlKeys returns the YAML keys of struct T's fields.
func yamlKeys[T any]() map[string]bool {
	keys := map[string]bool{}
	for f := range reflect.TypeFor[T]().Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if name != "-" {
			keys[name] = true
		}
	}
	return keys
}

// topicLines returns the line of each item of the top-level topics list.
func topicLines(root *yaml.Node) []int {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value == "topics" {
			var out []int
			for _, n := range doc.Content[i+1].Content {
				out = append(out, n.Line)
			}
			return out
		}
	}
	return nil
}

// parseCue splits "text^2" into its text and weight (default 1).
func parseCue(c string) (string, float64, error) {
	w := 1.0
	if m := cueWeight.FindStringSubmatchIndex(c); m != nil {
		v, err := strconv.ParseFloat(c[m[2]:m[3]], 64)
		if err != nil || v <= 0 {
			return "", 0, fmt.Errorf("cue %q: bad weight", c)
		}
		w = v
		c = c[:m[0]]
	}
	c = strings.TrimSpace(c)
	if len(tokenize(c)) == 0 {
		return "", 0, fmt.Errorf("cue %q has no words", c)
	}
	return c, w, nil
}

// Topic returns the spec with id, or nil.
func (t *Taxonomy) Topic(id string) *TopicSpec {
	for i := range t.Topics {
		if t.Topics[i].ID == id {
			return &t.Topics[i]
		}
	}
	return nil
}

// Marshal writes the taxonomy as YAML that ParseTaxonomy reads back.
func (t *Taxonomy) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(t); err != nil {
		return nil, fmt.Errorf("taxonomy: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("taxonomy: %w", err)
	}
	return buf.Bytes(), nil
}
