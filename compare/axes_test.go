package compare

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/internal/golden"
)

func TestParseAxes(t *testing.T) {
	cases := []struct {
		name    string
		yaml    string
		wantErr string // substring of the error; "" for success
		axes    int
	}{
		{"one axis", `
axes:
  - id: guns-vs-butter
    label: Guns vs. butter
    poles:
      - id: guns
        cues: [tanks, artillery^2]
      - id: butter
        cues: [schools, "public health"]
`, "", 1},
		{"label defaults to id", `
axes:
  - id: a-b
    poles:
      - {id: a, cues: [alpha]}
      - {id: b, cues: [beta]}
`, "", 1},
		{"syntax error names the line", "axes:\n  - id: x\n    poles: [\n", "line", 0},
		{"missing id", `
axes:
  - label: No id
    poles:
      - {id: a, cues: [alpha]}
      - {id: b, cues: [beta]}
`, "axes:3: axis without id", 0},
		{"pole without cues", `
axes:
  - id: a-b
    poles:
      - {id: a, cues: [alpha]}
      - {id: b, cues: []}
`, `axes:3: axis "a-b": pole "b" has no cues`, 0},
		{"bad weight", `
axes:
  - id: a-b
    poles:
      - {id: a, cues: ["alpha^x"]}
      - {id: b, cues: [beta]}
`, "weight must be a positive number", 0},
		{"duplicate id", `
axes:
  - id: a-b
    poles:
      - {id: a, cues: [alpha]}
      - {id: b, cues: [beta]}
  - id: a-b
    poles:
      - {id: a, cues: [alpha]}
      - {id: b, cues: [beta]}
`, "axes:7: axis \"a-b\" already defined at line 3", 0},
		{"same pole twice", `
axes:
  - id: a-a
    poles:
      - {id: a, cues: [alpha]}
      - {id: a, cues: [beta]}
`, "both poles", 0},
		{"unknown field", `
axes:
  - id: a-b
    colour: red
    poles:
      - {id: a, cues: [alpha]}
      - {id: b, cues: [beta]}
`, `axes:4: unknown field "colour"`, 0},
		{"empty file", "", "no axes", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			axes, err := ParseAxes([]byte(c.yaml))
			if c.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if len(axes) != c.axes {
					t.Errorf("got %d axes, want %d", len(axes), c.axes)
				}
				for _, a := range axes {
					if a.Label == "" {
						t.Errorf("axis %q has no label", a.ID)
					}
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Fatalf("error = %v, want it to contain %q", err, c.wantErr)
			}
		})
	}
}

func TestParseAxesSentinel(t *testing.T) {
	_, err := ParseAxes([]byte("axes:\n  - id: x\n    poles:\n      - {id: a, cues: []}\n      - {id: b, cues: [beta]}\n"))
	if !errors.Is(err, ErrAxisSpec) {
		t.Errorf("error %v does not wrap ErrAxisSpec", err)
	}
}

func TestDefaultAxes(t *testing.T) {
	axes, err := DefaultAxes()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"self-reliance-vs-integration": {"self-reliance", "integration"},
		"peninsula-vs-regional":        {"peninsula", "regional"},
	}
	for _, a := range axes {
		p, ok := want[a.ID]
		if !ok {
			continue
		}
		if [2]string{a.Poles[0].ID, a.Poles[1].ID} != p {
			t.Errorf("axis %s poles = %s/%s, want %v", a.ID, a.Poles[0].ID, a.Poles[1].ID, p)
		}
		delete(want, a.ID)
	}
	if len(want) > 0 {
		t.Errorf("default axes lack %v", want)
	}
}

func TestLoadAxes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.yaml")
	if err := os.WriteFile(path, []byte("axes:\n  - id: a-b\n    poles:\n      - {id: a, cues: [alpha]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadAxes(path)
	if err == nil || !strings.Contains(err.Error(), path+":2:") {
		t.Errorf("error = %v, want it to name %s:2", err, path)
	}
	if _, err := LoadAxes(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("no error for a missing file")
	}
}

// testAxis is a small axis of my own for scoring tests.
var testAxis = AxisSpec{
	ID: "home-vs-away", Label: "Home vs. away",
	Poles: [2]PoleSpec{
		{ID: "home", Cues: []string{"home defense", "territorial", "coastline"}},
		{ID: "away", Cues: []string{"expeditionary", "distant waters", "overseas"}},
	},
}

func TestSentenceScoring(t *testing.T) {
	cs := compileAxis(testAxis)
	cases := []struct {
		name string
		text string
		want [2]float64 // weight toward home, away
		cue  string     // a cue label expected among those fired, "" for none
	}{
		{"plain word", "The navy must become expeditionary.", [2]float64{0, 1}, "expeditionary"},
		{"phrase weighs more", "It should patrol distant waters.", [2]float64{0, 1.5}, "distant waters"},
		{"stems match", "Territorial forces guard the coastlines.", [2]float64{2, 0}, "coastline"},
		{"rather than flips", "The fleet should guard the coastline rather than go overseas.", [2]float64{1.5, 0}, "rather than: overseas"},
		{"instead of flips", "Instead of territorial tasks, the army should train for expeditionary work.", [2]float64{0, 1.5}, "instead of: territorial"},
		{"not merely X but Y", "The navy is not merely a territorial force but an expeditionary one.", [2]float64{0, 1.75}, "not merely: territorial"},
		{"not only damps", "It needs not only territorial units but also expeditionary ones.", [2]float64{0.5, 1.25}, "not only: territorial"},
		{"no longer purely", "The army can no longer be judged purely by its record in home defense.", [2]float64{0, 0.75}, "no longer: home defense"},
		{"beyond", "Its role now reaches beyond home defense.", [2]float64{0, 0.75}, "beyond: home defense"},
		{"negation", "The navy should never go overseas.", [2]float64{0.5, 0}, "never: overseas"},
		{"negation with limiter", "The fleet cannot be defined solely by its coastline.", [2]float64{0, 0.5}, "cannot solely: coastline"},
		{"nor opens a clause", "Nor should the cabinet send the new frigates on expeditionary tours.", [2]float64{0.5, 0}, "nor: expeditionary"},
		{"reported view damped", "Some in the ministry want an expeditionary navy.", [2]float64{0, 0.5}, "reported view: expeditionary"},
		{"negation stops at a clause", "It is not cheap, but the navy must go overseas.", [2]float64{0, 1}, "overseas"},
		{"decline to flips", "The cabinet should decline to send the frigates overseas.", [2]float64{0.5, 0}, "decline to: overseas"},
		{"inflected rejection flips", "The ministry rejects any expeditionary role for the navy.", [2]float64{0.5, 0}, "reject: expeditionary"},
		{"no cue", "Budgets rose again this year.", [2]float64{}, ""},
		{"negated noun phrase with relative clause", "The navy needs home defense, not a so-called global posture that would send its frigates to distant waters while the coast stays bare.", [2]float64{2.25, 0}, "not: distant waters"},
		{"negated verb with its object", "The cabinet should not send the new light frigates to distant waters.", [2]float64{0.75, 0}, "not: distant waters"},
		{"negation through a preposition", "Its strength lies at home, not in scattering small ships across distant waters.", [2]float64{0.75, 0}, "not: distant waters"},
		{"no before a noun phrase", "There should be no permanent squadron in distant waters.", [2]float64{0.75, 0}, "no: distant waters"},
		{"long rather than scope", "The fleet should start from the coastline rather than from a chart of the distant waters.", [2]float64{1.75, 0}, "rather than: distant waters"},
		{"rejecting predicate looks back", "But asking the navy to sail overseas, or to plan expeditionary tours, would cost more than it gains.", [2]float64{1, 0}, "would cost more: overseas"},
		{"mistake looks back over commas", "Sending frigates overseas, even in small numbers, would be a mistake.", [2]float64{0.5, 0}, "would be a mistake: overseas"},
		{"rejecting predicate stops at and", "The coastline comes first, and an expeditionary detour would backfire.", [2]float64{1.5, 0}, "would backfire: expeditionary"},
		{"at the expense of counts for neither", "The ministry wants expeditionary tours at the expense of home defense.", [2]float64{0.5, 0}, "at the expense of: expeditionary"},
		{"without weakening protects", "The fleet can train abroad without weakening home defense.", [2]float64{1.5, 0}, "home defense"},
		{"rather than abandon protects", "Rather than abandon the coastline, the navy should buy patrol boats.", [2]float64{1, 0}, "coastline"},
		{"not least is no negation", "Many tasks matter, not least territorial patrols.", [2]float64{1, 0}, "territorial"},
		{"no doubt is no negation", "There is no doubt that expeditionary skills matter.", [2]float64{0, 1}, "expeditionary"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text)
			h, _ := cs.match(toks, contrastMarks(c.text, toks, plain, ""))
			for p := range 2 {
				if math.Abs(h.weight[p]-c.want[p]) > 1e-9 {
					t.Errorf("weights = %v, want %v (cues %v)", h.weight, c.want, h.cues)
					break
				}
			}
			if c.cue != "" && !strings.Contains(strings.Join(append(h.cues[0], h.cues[1]...), "|"), c.cue) {
				t.Errorf("cues %v lack %q", h.cues, c.cue)
			}
		})
	}
}

// axisBriefs are three small briefs of my own: one for each pole and one
// that argues both.
func axisBriefs() []*brief.Brief {
	mk := func(id string, paras ...string) *brief.Brief {
		b := &brief.Brief{ID: id, Source: brief.Source{Path: id + ".txt"}}
		for i, p := range paras {
			b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: i, Kind: brief.Body, Text: p, Page: 1 + i/2})
		}
		return b
	}
	return []*brief.Brief{
		mk("harbour",
			"Home defense comes first. The coastline is long and the territorial waters are crowded.",
			"Rather than sending ships overseas, the navy should buy more patrol boats for home defense.",
			"Territorial missions keep the public on side."),
		mk("ocean",
			"The navy must become expeditionary. It should patrol distant waters with partners.",
			"The fleet can no longer be judged purely by home defense.",
			"Overseas deployments build trust and should continue. Expeditionary skills take years to learn, so training must start early."),
		mk("balance",
			"Home defense remains the core task, and the coastline must be watched.",
			"Yet an expeditionary squadron for distant waters is also needed.",
			"Territorial patrols and overseas deployments both matter. Expeditionary training in distant waters should start now.",
			"The coastline is long. Home defense is not optional.",
			"Overseas missions in distant waters build friendships.",
			"Territorial waters along the coastline need more patrol boats."),
		mk("silent", "Budgets rose again this year."),
	}
}

func TestPlaceAxes(t *testing.T) {
	axes, _, err := placeAxes(context.Background(), axisBriefs(), []AxisSpec{testAxis}, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	pos := axes[0].Positions
	cases := []struct {
		name         string
		brief        string
		minScore     float64
		maxScore     float64
		mixed        bool
		wantEvidence bool
	}{
		{"home brief leans to the first pole", "harbour", -1, -0.5, false, true},
		{"away brief leans to the second pole", "ocean", 0.5, 1, false, true},
		{"balanced brief is mixed", "balance", -0.3, 0.3, true, true},
		{"silent brief sits at zero", "silent", 0, 0, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := pos[c.brief]
			if p.Score < c.minScore || p.Score > c.maxScore {
				t.Errorf("score %.3f outside [%v, %v]", p.Score, c.minScore, c.maxScore)
			}
			if p.Mixed != c.mixed {
				t.Errorf("mixed = %v, want %v (totals %v)", p.Mixed, c.mixed, p.Totals)
			}
			if (len(p.Evidence) > 0) != c.wantEvidence {
				t.Errorf("evidence = %v", p.Evidence)
			}
			if p.Confidence < 0 || p.Confidence > 1 || c.wantEvidence && p.Confidence == 0 {
				t.Errorf("confidence %.3f", p.Confidence)
			}
			for i, e := range p.Evidence {
				if !strings.Contains(axisBriefs()[indexOfBrief(c.brief)].Paragraphs[e.Paragraph].Text, e.Text) {
					t.Errorf("evidence %q is not verbatim from paragraph %d", e.Text, e.Paragraph)
				}
				if i > 0 && p.Evidence[i-1].Pole == e.Pole && p.Evidence[i-1].Weight < e.Weight {
					t.Errorf("evidence not strongest first: %v", p.Evidence)
				}
			}
		})
	}
	if pos["balance"].Confidence >= pos["ocean"].Confidence {
		t.Errorf("a consistent brief should be more confident than a mixed one: %v vs %v", pos["ocean"].Confidence, pos["balance"].Confidence)
	}
	golden.JSON(t, filepath.Join("testdata", "axes", "positions.golden.json"), axes)
}

func indexOfBrief(id string) int {
	for i, b := range axisBriefs() {
		if b.ID == id {
			return i
		}
	}
	return -1
}

func TestPlaceAxesCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := placeAxes(ctx, axisBriefs(), []AxisSpec{testAxis}, nil, 0); !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

func TestRejectedList(t *testing.T) {
	b := &brief.Brief{ID: "lists", Paragraphs: []brief.Paragraph{
		{Index: 0, Kind: brief.Body, Text: "We are wary of the plans now on the table:"},
		{Index: 1, Kind: brief.ListItem, Text: "An expeditionary squadron for distant waters."},
		{Index: 2, Kind: brief.ListItem, Text: "Permanent overseas bases."},
		{Index: 3, Kind: brief.Body, Text: "Overseas bases would help trade."},
	}}
	axes, _, err := placeAxes(context.Background(), []*brief.Brief{b}, []AxisSpec{testAxis}, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := axes[0].Positions["lists"]
	// List items flip to home at half weight (2.5*0.5 + 1*0.5); the body
	// paragraph after the list counts normally for away.
	if want := [2]float64{1.75, 1}; p.Totals != want {
		t.Errorf("totals = %v, want %v", p.Totals, want)
	}
}
