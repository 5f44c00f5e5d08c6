package compare_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/internal/golden"
)

// smallBriefs are three short briefs written for these tests.
func smallBriefs() []*brief.Brief {
	mk := func(id string, paras ...string) *brief.Brief {
		b := &brief.Brief{ID: id, Title: id, Source: brief.Source{Path: id + ".txt", Format: "txt"}}
		for i, p := range paras {
			k := brief.Body
			if strings.HasPrefix(p, "# ") {
				k, p = brief.Heading, strings.TrimPrefix(p, "# ")
			}
			b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: i, Kind: k, Text: p})
		}
		b.Words = brief.CountWords(b.Paragraphs)
		return b
	}
	return []*brief.Brief{
		mk("harbor",
			"# Repairing the Fleet",
			"By Jane Roe, Harbor Institute",
			"Navy ships in the Pacific wait months for repairs because American yards are full. Allied shipyards could take on maintenance, repair and overhaul work for the fleet without new treaties.",
			"A Reciprocal Defense Procurement agreement would let allied firms bid on American contracts and would ease licensing delays for joint production.",
			"Tariffs on steel and a fragile supply chain for critical minerals worry exporters, and new investment pledges have not calmed them.",
			"Illegal fishing fleets deplete squid stocks near the boundary line, and coastal fishermen watch their incomes collapse as squid catches fall every season and processing plants close.",
			"Read more",
		),
		mk("summit",
			"# Summit Notes",
			"The MRO capacity of Korean yards is large, and ship repair for American destroyers could start next year at two shipyards near Ulsan.",
			"An RDP deal would give Korean defense firms fair access to the Pentagon's market under reciprocal procurement rules, with fewer licensing delays.",
			"Seoul spends 2.6 percent of GDP on defense and pays a large share of the stationing costs of American troops under the cost-sharing agreement.",
			"Deterrence on the peninsula depends on combined exercises, missile defense and the readiness of forces that deter attack from the North. "+
				"Pyongyang keeps testing ballistic missiles and refuses any talk of denuclearization. "+
				"Meanwhile tariffs and investment pledges dominate the trade agenda, with supply chains for critical minerals at stake in every negotiation. "+
				"Exporters fear that a trade deal will come with new tariffs on steel and cars, whatever the security relationship. "+
				"Investors also want to know whether the investment pledges made at the summit will be counted against the tariffs.",
			"Squid catches have collapsed for coastal fishermen on the east coast, and illegal fishing fleets from abroad deplete squid stocks every season while processing plants close.",
		),
		mk("ridge",
			"# Ridge Commentary",
			"Extended deterrence and the nuclear umbrella remain the core of the alliance, and the Nuclear Consultative Group should meet more often.",
			"The ROK can offer its shipyards for ship maintenance and overhaul of American warships, which would ease the Navy's repair backlog.",
			"Host nation support already covers most stationing costs, and burden sharing should count the defense budget of 2.8 percent of GDP.",
		),
	}
}

func runSmall(t *testing.T, opts compare.Options) *compare.Result {
	t.Helper()
	res, err := compare.Run(context.Background(), smallBriefs(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// rowOf returns the row index holding brief's passage of paragraph para in
// topic id, or -1.
func rowOf(tp *compare.Topic, briefID string, para int) int {
	for r, row := range tp.Rows {
		if i := row[briefID]; i != nil && tp.Passages[*i].Paragraph == para {
			return r
		}
	}
	return -1
}

func TestRunSmall(t *testing.T) {
	res := runSmall(t, compare.DefaultOptions())
	if res.Schema != compare.Schema || res.Taxonomy != "automatic: alliance" || len(res.Briefs) != 3 || res.Briefs[0].Paragraphs != nil {
		t.Errorf("result header wrong: %q %q %d briefs", res.Schema, res.Taxonomy, len(res.Briefs))
	}
	cases := []struct {
		name  string
		topic string
		cells [][2]any // brief, paragraph expected in one row
	}{
		{"RDP meets its expansion", "industrial-cooperation", [][2]any{{"harbor", 3}, {"summit", 2}}},
		{"MRO meets maintenance, repair and overhaul", "shipbuilding", [][2]any{{"harbor", 2}, {"summit", 1}, {"ridge", 2}}},
		{"burden sharing in other words", "burden-sharing", [][2]any{{"summit", 3}, {"ridge", 3}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tp := res.Topic(c.topic)
			if tp == nil {
				t.Fatalf("no topic %s", c.topic)
			}
			want := -2
			for _, cell := range c.cells {
				r := rowOf(tp, cell[0].(string), cell[1].(int))
				if r < 0 {
					t.Errorf("%s ¶%d not in %s", cell[0], cell[1], c.topic)
					continue
				}
				if want == -2 {
					want = r
				} else if r != want {
					t.Errorf("%s ¶%d in row %d, want row %d with the others", cell[0], cell[1], r, want)
				}
			}
		})
	}
	// The long summit paragraph is split into sentence runs on different topics.
	split := map[string]bool{}
	for _, tp := range res.Topics {
		for _, p := range tp.Passages {
			if p.Brief == "summit" && p.Paragraph == 4 {
				if p.Sentence == 0 {
					t.Errorf("summit ¶4 kept whole in %s", tp.ID)
				}
				if !strings.Contains(smallBriefs()[1].Paragraphs[4].Text, p.Text) {
					t.Errorf("split passage is not verbatim: %q", p.Text)
				}
				split[tp.ID] = true
			}
		}
	}
	if !split["deterrence"] || !split["economic-security"] {
		t.Errorf("summit ¶4 runs in %v, want deterrence and economic-security", split)
	}
	// Off-taxonomy content becomes a discovered topic labelled by its terms.
	var disc *compare.Topic
	for i := range res.Topics {
		if res.Topics[i].Origin == compare.Discovered {
			disc = &res.Topics[i]
		}
	}
	if disc == nil || !strings.Contains(strings.ToLower(disc.Label+" "+disc.Description), "squid") || len(disc.Passages) != 2 || len(disc.Rows) != 1 {
		t.Errorf("discovered topic = %+v, want the two squid paragraphs in one row", disc)
	}
	// Clutter and headings are nowhere.
	for _, tp := range res.Topics {
		for _, p := range tp.Passages {
			if strings.HasPrefix(p.Text, "By Jane") || p.Text == "Read more" || strings.HasSuffix(p.Text, "Notes") {
				t.Errorf("clutter %q in %s", p.Text, tp.ID)
			}
		}
		var sum float64
		for _, b := range res.Briefs {
			c, ok := tp.Coverage[b.ID]
			if !ok || c < 0 || c > 1 {
				t.Errorf("%s coverage of %s = %v", tp.ID, b.ID, c)
			}
			sum += c
		}
		if sum == 0 {
			t.Errorf("%s has zero coverage", tp.ID)
		}
	}
	checkSane(t, res, smallBriefs(), 3)
}

// topicsView is the part of a result this package's engine produces.
type topicsView struct {
	ID       string             `json:"id"`
	Label    string             `json:"label"`
	Origin   compare.Origin     `json:"origin"`
	Passages []compare.Passage  `json:"passages"`
	Rows     []compare.Row      `json:"rows"`
	Coverage map[string]float64 `json:"coverage"`
	Note     string             `json:"note,omitempty"`
}

func viewTopics(res *compare.Result) []topicsView {
	var out []topicsView
	for _, t := range res.Topics {
		out = append(out, topicsView{t.ID, t.Label, t.Origin, t.Passages, t.Rows, t.Coverage, t.Note})
	}
	return out
}

func TestRunGolden(t *testing.T) {
	res := runSmall(t, compare.DefaultOptions())
	golden.JSON(t, filepath.Join("testdata", "golden", "small-topics.json"), viewTopics(res))
}

func TestRunDeterministic(t *testing.T) {
	bs := synthCorpusOf(t, 8, 1000)
	cases := []struct {
		name              string
		workers, maxprocs int
	}{
		{"1 worker", 1, 0},
		{"3 workers", 3, 0},
		{"default workers, GOMAXPROCS 1", 0, 1},
		{"default workers, GOMAXPROCS 4", 0, 4},
	}
	run := func(workers, maxprocs int) string {
		if maxprocs > 0 {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(maxprocs))
		}
		opts := compare.DefaultOptions()
		opts.Workers = workers
		res, err := compare.Run(context.Background(), bs, opts)
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	first := run(cases[0].workers, cases[0].maxprocs)
	for _, c := range cases[1:] {
		if run(c.workers, c.maxprocs) != first {
			t.Errorf("%s: output differs from %s", c.name, cases[0].name)
		}
	}
}

// TestRunDeterministicBigTopic covers the path for a topic that holds most
// passages (at least 512 and a quarter of all): it is aligned and searched
// for differences with all workers at once, which must give the output of
// one worker. Run it with -race.
func TestRunDeterministicBigTopic(t *testing.T) {
	if testing.Short() {
		t.Skip("a corpus of 12 briefs of 5,000 words: not with -short")
	}
	tax, err := compare.ParseTaxonomy([]byte(`topics:
  - id: everything
    label: Everything
    terms: [korea, alliance, defense, china, united, states, security, industry]
  - id: ships
    label: Ships
    terms: [shipbuilding, shipyard]
`))
	if err != nil {
		t.Fatal(err)
	}
	bs := synthCorpusOf(t, 12, 5000)
	run := func(workers int) string {
		opts := compare.DefaultOptions()
		opts.Taxonomy, opts.Workers = tax, workers
		res, err := compare.Run(context.Background(), bs, opts)
		if err != nil {
			t.Fatal(err)
		}
		if n, all := len(res.Topics[0].Passages), countPassages(res); n < 512 || 4*n < all {
			t.Fatalf("topic %s has %d of %d passages: not a big topic", res.Topics[0].ID, n, all)
		}
		data, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if run(1) != run(2) {
		t.Error("output with 2 workers differs from 1 worker")
	}
}

func countPassages(res *compare.Result) int {
	n := 0
	for _, tp := range res.Topics {
		n += len(tp.Passages)
	}
	return n
}

func TestRunErrors(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	dup := smallBriefs()
	dup[1].ID = dup[0].ID
	cases := []struct {
		name   string
		ctx    context.Context
		briefs []*brief.Brief
		want   error
	}{
		{"no briefs", context.Background(), nil, compare.ErrNoBriefs},
		{"duplicate ids", context.Background(), dup, compare.ErrBriefID},
		{"cancelled", cancelled, smallBriefs(), context.Canceled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := compare.Run(c.ctx, c.briefs, compare.DefaultOptions()); !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
		})
	}
}

func TestRunProgress(t *testing.T) {
	var stages []string
	last := map[string]float64{}
	opts := compare.DefaultOptions()
	opts.Workers = 1
	opts.Progress = func(stage string, done float64) {
		if done < 0 || done > 1 || done < last[stage] {
			t.Errorf("stage %s: fraction %v after %v", stage, done, last[stage])
		}
		last[stage] = done
		if len(stages) == 0 || stages[len(stages)-1] != stage {
			stages = append(stages, stage)
		}
	}
	runSmall(t, opts)
	var want []string // the stage list the app's progress bar weighs
	for _, s := range compare.Stages() {
		want = append(want, s.Name)
	}
	if !slices.Equal(stages, want) {
		t.Errorf("stages %v, want %v", stages, want)
	}
	if last[compare.StageDifferences] != 1 {
		t.Errorf("run did not report completion")
	}
}

func TestRunCustomTaxonomy(t *testing.T) {
	tax, err := compare.ParseTaxonomy([]byte(`
aliases:
  - [squid, cephalopod]
topics:
  - id: fisheries
    label: Fisheries
    terms: [fishing^2, fishermen^2, squid^2, catches]
`))
	if err != nil {
		t.Fatal(err)
	}
	opts := compare.DefaultOptions()
	opts.Taxonomy, opts.TaxonomyName = tax, "fish.yaml"
	res := runSmall(t, opts)
	tp := res.Topic("fisheries")
	if res.Taxonomy != "fish.yaml" || tp == nil || tp.Origin != compare.FromTaxonomy || len(tp.Passages) != 2 || !slices.Contains(tp.Passages[0].Terms, "squid") {
		t.Errorf("custom taxonomy: %q %+v", res.Taxonomy, tp)
	}
}
