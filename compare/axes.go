// Position axes: cues matched on stems, contrast and negation rules,
// score, confidence and mixed. The method is described in doc.go ("Position
// axes"); the constants below carry the numbers. Change both together.

package compare

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"briefbench/brief"
	"briefbench/resources"
	"briefbench/text"
)

// AxisSpec defines a position axis: two poles, each with cue terms and
// phrases. Scores run from -1 (all evidence for Poles[0]) to +1 (all
// evidence for Poles[1]).
type AxisSpec struct {
	ID          string      `yaml:"id" json:"id"`
	Label       string      `yaml:"label" json:"label"`
	Description string      `yaml:"description" json:"description"`
	Poles       [2]PoleSpec `yaml:"poles" json:"poles"`
}

// PoleSpec is one end of an axis with its cue terms and phrases. Cues are
// matched on word stems; a cue of several words matches as a phrase.
type PoleSpec struct {
	ID   string   `yaml:"id" json:"id"`
	Cues []string `yaml:"cues" json:"cues"`
}

// ErrAxisSpec is wrapped by every error about an invalid axis definition.
var ErrAxisSpec = errors.New("invalid axis definition")

// Axis scoring constants. They are described in doc.go ("Position axes") and chosen on
// the labelled fixtures in testdata/.
const (
	// axisWordWeight is the weight of a single-word cue; axisPhraseWeight of
	// a cue of two or more words (phrases are more specific).
	axisWordWeight   = 1.0
	axisPhraseWeight = 1.5
	// axisFlipWeight scales a cue found inside a contrast or negation
	// ("rather than X"): it counts toward the opposite pole at this weight.
	axisFlipWeight = 0.5
	// axisBoostWeight scales cues in the asserted part of "not merely X but
	// Y" (the Y part).
	axisBoostWeight = 1.25
	// axisSentenceCap caps one sentence's weight for one pole so that a
	// single list of cue words cannot decide a brief.
	axisSentenceCap = 3.0
	// axisSmoothing is added to the evidence total in the score's
	// denominator, pulling briefs with little evidence toward 0.
	axisSmoothing = 3.0
	// axisConfidenceScale is the total evidence weight at which the amount
	// part of confidence reaches 1-1/e.
	axisConfidenceScale = 6.0
	// A brief is Mixed when the pole it argues in fewer sentences has at
	// least axisMixedStrong of them and at least axisMixedRatio as many as
	// the other: it argues both sides repeatedly, not just mentions the
	// other side in passing or in order to reject it.
	axisMixedRatio  = 0.5
	axisMixedStrong = 3
	// axisEvidencePerPole is the number of quotes kept per pole.
	axisEvidencePerPole = 3
)

// axesFile is the YAML layout of an axes file.
type axesFile struct {
	Axes []yaml.Node `yaml:"axes"`
}

// ParseAxes parses axis definitions from YAML (the layout of
// resources/packs/alliance/axes.yaml). Errors name the line of the offending axis.
func ParseAxes(data []byte) ([]AxisSpec, error) {
	return parseAxes(data, "axes")
}

// LoadAxes reads and parses an axes file. Errors name the file and line.
func LoadAxes(path string) ([]AxisSpec, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("axes: %w", err)
	}
	return parseAxes(data, path)
}

// DefaultAxes returns the axes embedded from resources/packs/alliance/axes.yaml.
func DefaultAxes() ([]AxisSpec, error) {
	return parseAxes(resources.AxesYAML(), resources.PackPath(resources.DefaultPack, "axes.yaml"))
}

func parseAxes(data []byte, name string) ([]AxisSpec, error) {
	var f axesFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(f.Axes) == 0 {
		return nil, fmt.Errorf("%s: no axes: %w", name, ErrAxisSpec)
	}
	seen := map[string]int{}
	out := make([]AxisSpec, 0, len(f.Axes))
	for i := range f.Axes {
		n := &f.Axes[i]
		if err := knownKeys(n, axisKeys, poleKeys); err != nil {
			return nil, fmt.Errorf("%s:%w", name, err) // err starts with the line
		}
		var a AxisSpec
		if err := n.Decode(&a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n.Line, err)
		}
		if err := checkAxis(a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n.Line, err)
		}
		if line, dup := seen[a.ID]; dup {
			return nil, fmt.Errorf("%s:%d: axis %q already defined at line %d: %w", name, n.Line, a.ID, line, ErrAxisSpec)
		}
		seen[a.ID] = n.Line
		if a.Label == "" {
			a.Label = a.ID
		}
		out = append(out, a)
	}
	return out, nil
}

var (
	axisKeys = map[string]bool{"id": true, "label": true, "description": true, "poles": true}
	poleKeys = map[string]bool{"id": true, "cues": true}
)

// knownKeys rejects unknown fields in an axis mapping and its poles (a typo
// such as "cue:" would otherwise drop the cues silently).
func knownKeys(n *yaml.Node, keys, inner map[string]bool) error {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !keys[k.Value] {
			return fmt.Errorf("%d: unknown field %q: %w", k.Line, k.Value, ErrAxisSpec)
		}
		if k.Value == "poles" && inner != nil && v.Kind == yaml.SequenceNode {
			for _, p := range v.Content {
				if err := knownKeys(p, inner, nil); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func checkAxis(a AxisSpec) error {
	if a.ID == "" {
		return fmt.Errorf("axis without id: %w", ErrAxisSpec)
	}
	for i, p := range a.Poles {
		if p.ID == "" {
			return fmt.Errorf("axis %q: pole %d without id: %w", a.ID, i+1, ErrAxisSpec)
		}
		n := 0
		for _, raw := range p.Cues {
			c, _, err := axisCue(raw)
			if err != nil {
				return fmt.Errorf("axis %q: pole %q: %w", a.ID, p.ID, err)
			}
			if len(phraseStems(c)) > 0 {
				n++
			}
		}
		if n == 0 {
			return fmt.Errorf("axis %q: pole %q has no cues: %w", a.ID, p.ID, ErrAxisSpec)
		}
	}
	if a.Poles[0].ID == a.Poles[1].ID {
		return fmt.Errorf("axis %q: both poles are %q: %w", a.ID, a.Poles[0].ID, ErrAxisSpec)
	}
	return nil
}

// cue is one compiled cue phrase of an axis pole.
type cue struct {
	Text   string   // as written in the axes file
	Stems  []string // stem sequence, stop words kept
	Words  []string // the written words (lower case), one per stem
	Name   bool     // written with capitals: a proper name ("North Korea", "Taiwan")
	Pole   int      // 0 or 1
	Weight float64
}

// cueSet is an axis compiled for matching: cues indexed by first stem,
// longest first.
type cueSet struct {
	spec  AxisSpec
	first map[string][]cue
}

func compileAxis(a AxisSpec) cueSet {
	cs := cueSet{spec: a, first: map[string][]cue{}}
	seen := map[string]bool{}
	for p, pole := range a.Poles {
		for _, raw := range pole.Cues {
			c, scale, err := axisCue(raw)
			if err != nil {
				continue // rejected by checkAxis when parsed from YAML
			}
			st := phraseStems(c)
			if len(st) == 0 {
				continue
			}
			key := strings.Join(st, " ")
			if seen[key] {
				continue // a cue listed twice (or on both poles) counts once, for the first
			}
			seen[key] = true
			w := axisWordWeight
			if len(st) > 1 {
				w = axisPhraseWeight
			}
			w *= scale
			var words []string
			for _, t := range tokenize(c) {
				words = append(words, t.Word)
			}
			cs.first[st[0]] = append(cs.first[st[0]], cue{Text: c, Stems: st, Words: words, Pole: p, Weight: w, Name: isName(c)})
		}
	}
	for k, l := range cs.first {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].Stems) > len(l[j].Stems) })
		cs.first[k] = l
	}
	return cs
}

// sentenceHit is one sentence's evidence for each pole of an axis.
type sentenceHit struct {
	weight [2]float64
	cues   [2][]string
}

// placeAxes places every brief on every axis. See the method notes at the
// top of this file; in short, each sentence's cue matches are weighted (phrases more
// than words, contrasted or negated cues flipped to the other pole at half
// weight), summed per pole L (first) and R (second), and the score is
// (R-L)/(R+L+axisSmoothing).
func placeAxes(ctx context.Context, briefs []*brief.Brief, specs []AxisSpec, rejected []Rejection, workers int) ([]Axis, []string, error) {
	sets := make([]cueSet, len(specs))
	axes := make([]Axis, len(specs))
	axisIndex := map[string]int{}
	for i, s := range specs {
		sets[i] = compileAxis(s)
		axisIndex[s.ID] = i
		axes[i] = Axis{
			ID: s.ID, Label: s.Label, Description: s.Description,
			Poles:     [2]string{s.Poles[0].ID, s.Poles[1].ID},
			Positions: make(map[string]Position, len(briefs)),
		}
	}
	// The analyst's rejected quotes, by brief.
	rej := make([]map[rejectKey]int, len(briefs))
	briefIndex := map[string]int{}
	for i, b := range briefs {
		briefIndex[b.ID] = i
	}
	var warnings []string
	for k, r := range rejected {
		a, okA := axisIndex[r.Axis]
		b, okB := briefIndex[r.Brief]
		if !okA || !okB {
			warnings = append(warnings, fmt.Sprintf("rejected quote of %s on axis %s: the brief or axis is gone", r.Brief, r.Axis))
			continue
		}
		if rej[b] == nil {
			rej[b] = map[rejectKey]int{}
		}
		rej[b][rejectKey{a, r.Paragraph, r.Text}] = k
	}
	used := make([][]int, len(briefs)) // per brief: the rejections that matched
	pos := make([][]Position, len(briefs))
	err := parallelBriefs(ctx, workers, len(briefs), func(w *worker, i int) {
		pos[i], used[i] = placeBrief(w.cache, briefs[i], sets, rej[i])
	})
	if err != nil {
		return nil, nil, err
	}
	matched := map[int]bool{}
	for bi, b := range briefs {
		for i := range specs {
			axes[i].Positions[b.ID] = pos[bi][i]
		}
		for _, k := range used[bi] {
			matched[k] = true
		}
	}
	for bi := range briefs {
		for _, k := range rej[bi] {
			if !matched[k] {
				r := rejected[k]
				warnings = append(warnings, fmt.Sprintf("rejected quote of %s on axis %s (¶%d) is no longer evidence: %.60q", r.Brief, r.Axis, r.Paragraph+1, r.Text))
			}
		}
	}
	sort.Strings(warnings)
	return axes, warnings, nil
}

// rejectKey names a rejected evidence sentence: axis index, paragraph and
// sentence text.
type rejectKey struct {
	axis, para int
	text       string
}

// placeBrief scores one brief on every axis, leaving out the sentences the
// analyst rejected (rej, to the index of the rejection; the indices that
// matched are returned).
func placeBrief(cache tokenCache, b *brief.Brief, sets []cueSet, rej map[rejectKey]int) ([]Position, []int) {
	ev := make([][2][]Evidence, len(sets))
	tot := make([][2]float64, len(sets))
	rejectedN := make([]int, len(sets))
	var used []int
	rejected := false // inside a list of rejected proposals
	var buf []token   // one sentence's tokens, reused
	for _, p := range b.Paragraphs {
		if p.Kind != brief.ListItem {
			rejected = false
		}
		scale := paragraphAxisScale(p.Kind)
		if scale == 0 {
			continue
		}
		whole := plain
		if rejected {
			whole = flip
		}
		spans := text.Sentences(p.Text)
		for si, sp := range spans {
			text := p.Text[sp.Start:sp.End]
			buf = cache.appendTokens(buf[:0], text)
			toks := buf
			if si == len(spans)-1 && p.Kind != brief.ListItem && rejectsList(text, toks) {
				rejected = true
			}
			if !anyCue(toks, sets) {
				continue
			}
			marks := contrastMarks(text, toks, whole, "rejected proposal")
			for i := range sets {
				h, ok := sets[i].read(text, toks, marks)
				if !ok {
					continue
				}
				if k, no := rej[rejectKey{i, p.Index, text}]; no {
					rejectedN[i]++
					used = append(used, k)
					continue
				}
				for pole := range 2 {
					if h.weight[pole] == 0 {
						continue
					}
					w := min(h.weight[pole], axisSentenceCap) * scale
					tot[i][pole] += w
					ev[i][pole] = append(ev[i][pole], Evidence{
						Pole: sets[i].spec.Poles[pole].ID, Paragraph: p.Index, Page: p.PageOf(text),
						Text: text, Weight: round3(w), Cues: h.cues[pole],
					})
				}
			}
		}
	}
	out := make([]Position, len(sets))
	for i := range sets {
		out[i] = position(tot[i], ev[i])
		out[i].Rejected = rejectedN[i]
	}
	return out, used
}

// anyCue reports whether a cue of any axis may start in toks.
func anyCue(toks []token, sets []cueSet) bool {
	for _, t := range toks {
		for i := range sets {
			if len(sets[i].first[t.Stem]) > 0 {
				return true
			}
		}
	}
	return false
}

// paragraphAxisScale weighs evidence by paragraph kind: headings and
// captions count half, footnotes not at all.
func paragraphAxisScale(k brief.Kind) float64 {
	switch k {
	case brief.Footnote:
		return 0
	case brief.Heading, brief.Caption:
		return 0.5
	default:
		return 1
	}
}

// position turns pole totals and evidence into a Position.
func position(tot [2]float64, ev [2][]Evidence) Position {
	l, r := tot[0], tot[1]
	sum := l + r
	pos := Position{Evidence: []Evidence{}, Totals: [2]float64{round3(l), round3(r)}}
	if sum == 0 {
		return pos
	}
	pos.Score = round3((r - l) / (sum + axisSmoothing))
	amount := 1 - math.Exp(-sum/axisConfidenceScale)
	consistency := math.Abs(r-l) / sum
	pos.Confidence = round3(amount * (0.5 + 0.5*consistency))
	// Mixed: the brief argues both poles at length. Each sentence counts
	// for one pole only (read), so the sides are compared by sentences:
	// the weaker side has at least axisMixedStrong sentences and at least
	// axisMixedRatio of the stronger side's.
	n := [2]int{len(ev[0]), len(ev[1])}
	weak := 0
	if n[1] < n[0] {
		weak = 1
	}
	pos.Mixed = n[weak] >= axisMixedStrong && float64(n[weak]) >= axisMixedRatio*float64(n[1-weak])
	for pole := range 2 {
		e := ev[pole]
		sort.SliceStable(e, func(i, j int) bool { return e[i].Weight > e[j].Weight })
		pos.Evidence = append(pos.Evidence, e[:min(len(e), axisEvidencePerPole)]...)
	}
	// Strongest first across both poles (ties: the first pole's first).
	sort.SliceStable(pos.Evidence, func(i, j int) bool { return pos.Evidence[i].Weight > pos.Evidence[j].Weight })
	return pos
}

// axisCue splits a cue into its text and weight multiplier: "Europe^0.5"
// gives "Europe" and 0.5; a cue without "^" has multiplier 1.
func axisCue(raw string) (string, float64, error) {
	text, w, found := strings.Cut(raw, "^")
	text = strings.TrimSpace(text)
	if !found {
		return text, 1, nil
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(w), 64)
	if err != nil || v <= 0 || math.IsInf(v, 0) {
		return "", 0, fmt.Errorf("cue %q: weight must be a positive number: %w", raw, ErrAxisSpec)
	}
	return text, v, nil
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// match finds the cues of the axis in one tokenized sentence (see hits)
// and sums them per pole, as they stand: no reading of which pole the
// sentence argues (see read for that).
func (cs cueSet) match(toks []token, marks []mark) (sentenceHit, bool) {
	var h sentenceHit
	hs := cs.hits(toks, marks)
	for _, x := range hs {
		h.weight[x.pole] += x.weight
		h.cues[x.pole] = appendUnique(h.cues[x.pole], x.label)
	}
	return h, len(hs) > 0
}

// hits finds the cues of the axis in one tokenized sentence, longest match
// first and without overlaps, and weighs them with the sentence's contrast
// marks. A cue matches on stems, and a word must also keep the cue word's
// kind: "integral" (an adjective in "-al") does not match "integration"
// though both stem to "integr" (sameKind).
func (cs cueSet) hits(toks []token, marks []mark) []hit {
	var out []hit
	for i := 0; i < len(toks); {
		n := 0
		for _, c := range cs.first[toks[i].Stem] {
			if i+len(c.Stems) > len(toks) || !stemsAt(toks, i, c.Stems) || !kindsAt(toks, i, c) {
				continue
			}
			pole, w, label := c.Pole, c.Weight, c.Text
			switch m := marks[i]; m.effect {
			case flip:
				pole, w, label = 1-pole, w*axisFlipWeight, m.marker+": "+c.Text
			case damp:
				w, label = w*axisFlipWeight, m.marker+": "+c.Text
			case boost:
				w *= axisBoostWeight
			case drop:
				w = 0
			}
			n = len(c.Stems)
			if w == 0 {
				break // "at the expense of X": X counts for neither pole
			}
			out = append(out, hit{from: i, to: i + n, pole: pole, weight: w, label: label, name: c.Name})
			break
		}
		i += max(n, 1)
	}
	return out
}

// isName reports whether every word of a cue starts with a capital letter
// ("North Korea", "Kim Jong Un", "Indo-Pacific").
func isName(c string) bool {
	for _, w := range strings.FieldsFunc(c, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return c != ""
}

// kindsAt reports whether the words at i keep the kind of the cue's words
// (sameKind).
func kindsAt(toks []token, i int, c cue) bool {
	for k, w := range c.Words {
		if !sameKind(toks[i+k].Word, w, c.Stems[k]) {
			return false
		}
	}
	return true
}

// sameKind reports whether two words with one stem are the same kind of
// word: an adjective in "-al" ("integral", "regional") is not the noun or
// verb its stem also gives ("integration", "region").
func sameKind(a, b, stem string) bool {
	ra, rb := strings.TrimPrefix(a, stem), strings.TrimPrefix(b, stem)
	if ra == a || rb == b {
		return true // the stem is not a prefix (irregular forms): trust the stem
	}
	adj := func(r string) bool { return strings.HasPrefix(r, "al") }
	return adj(ra) == adj(rb)
}

func stemsAt(toks []token, i int, st []string) bool {
	for k, s := range st {
		if toks[i+k].Stem != s {
			return false
		}
	}
	return true
}

func appendUnique(l []string, s string) []string {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	return append(l, s)
}
