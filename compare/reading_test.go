package compare_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/importers"
	"briefbench/resources"
)

// at builds a Row from brief IDs to passage indices.
func at(pairs ...any) compare.Row {
	r := compare.Row{}
	for k := 0; k < len(pairs); k += 2 {
		i := pairs[k+1].(int)
		r[pairs[k].(string)] = &i
	}
	return r
}

func passages(briefsScores ...any) []compare.Passage {
	var ps []compare.Passage
	for k := 0; k < len(briefsScores); k += 2 {
		ps = append(ps, compare.Passage{Brief: briefsScores[k].(string), Paragraph: k / 2, Score: briefsScores[k+1].(float64)})
	}
	return ps
}

func TestReading(t *testing.T) {
	for _, tc := range []struct {
		name   string
		topic  compare.Topic
		briefs []string
		lines  string // lines of passage indices per column, "-" for none
		silent []bool
	}{
		{
			name: "a shared point first, every brief on the first line",
			topic: compare.Topic{
				Passages: passages("a", 0.5, "a", 0.6, "b", 0.4, "c", 0.3, "b", 0.2),
				Rows:     []compare.Row{at("a", 0), at("a", 1, "b", 2), at("c", 3), at("b", 4)},
			},
			briefs: []string{"a", "b", "c", "d"},
			lines:  "1 2 3 - | 0 4 - -",
			silent: []bool{false, false, false, true},
		},
		{
			name: "a brief silent on a row is not pushed down",
			topic: compare.Topic{
				Passages: passages("a", 0.9, "a", 0.8, "a", 0.7, "b", 0.3),
				Rows:     []compare.Row{at("a", 0), at("a", 1), at("a", 2, "b", 3)},
			},
			briefs: []string{"a", "b"},
			lines:  "2 3 | 0 - | 1 -",
			silent: []bool{false, false},
		},
		{
			name: "a point that cannot be on one line is split, still linked",
			topic: compare.Topic{
				Passages: passages("a", 0.9, "b", 0.9, "b", 0.5, "c", 0.5),
				// a-b weighs most; b's other passage shares a point with c,
				// and c must show something on the first line.
				Rows: []compare.Row{at("a", 0, "b", 1), at("b", 2, "c", 3)},
			},
			briefs: []string{"a", "b", "c"},
			lines:  "0 1 3 | - 2 -",
			silent: []bool{false, false, false},
		},
		{
			name:   "no passages",
			topic:  compare.Topic{},
			briefs: []string{"a", "b"},
			lines:  "",
			silent: []bool{true, true},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rd := tc.topic.Reading(tc.briefs)
			var lines []string
			for _, l := range rd.Lines {
				var cells []string
				for _, i := range l {
					if i < 0 {
						cells = append(cells, "-")
					} else {
						cells = append(cells, fmt.Sprint(i))
					}
				}
				lines = append(lines, strings.Join(cells, " "))
			}
			if got := strings.Join(lines, " | "); got != tc.lines {
				t.Errorf("lines %q, want %q", got, tc.lines)
			}
			if fmt.Sprint(rd.Empty) != fmt.Sprint(tc.silent) {
				t.Errorf("silent %v, want %v", rd.Empty, tc.silent)
			}
			checkReading(t, &tc.topic, tc.briefs, rd)
		})
	}
}

// checkReading checks what every reading must hold: each passage on
// exactly one line, in its brief's column; no column with a gap above a
// passage; every brief with a passage on the first line; Empty exactly
// for the briefs without one.
func checkReading(t *testing.T, tp *compare.Topic, briefs []string, rd compare.Reading) {
	t.Helper()
	seen := make([]int, len(tp.Passages))
	for k, l := range rd.Lines {
		if len(l) != len(briefs) {
			t.Fatalf("%s: line %d has %d cells for %d briefs", tp.ID, k, len(l), len(briefs))
		}
		for c, i := range l {
			if i < 0 {
				continue
			}
			seen[i]++
			if tp.Passages[i].Brief != briefs[c] {
				t.Errorf("%s: passage %d of %s in column %s", tp.ID, i, tp.Passages[i].Brief, briefs[c])
			}
			if k > 0 && rd.Lines[k-1][c] < 0 {
				t.Errorf("%s: column %s has a gap above line %d", tp.ID, briefs[c], k)
			}
			if rd.Line[i] != k {
				t.Errorf("%s: Line[%d] = %d, shown on %d", tp.ID, i, rd.Line[i], k)
			}
		}
	}
	has := map[string]bool{}
	for i, n := range seen {
		has[tp.Passages[i].Brief] = true
		if n != 1 {
			t.Errorf("%s: passage %d shown %d times", tp.ID, i, n)
		}
	}
	for c, id := range briefs {
		if rd.Empty[c] == has[id] {
			t.Errorf("%s: brief %s silent %v, has passages %v", tp.ID, id, rd.Empty[c], has[id])
		}
		if has[id] && rd.Lines[0][c] < 0 {
			t.Errorf("%s: brief %s addresses the topic but not on the first line", tp.ID, id)
		}
	}
}

// readingFigures checks every topic's reading and reports the share of
// topics whose first line shows every brief that addresses them, and how
// many linked points (two or more briefs) sit whole on one line.
func readingFigures(t *testing.T, res *compare.Result) string {
	t.Helper()
	ids := make([]string, len(res.Briefs))
	for i, b := range res.Briefs {
		ids[i] = b.ID
	}
	full, topics, points, whole := 0, 0, 0, 0
	oldFull, oldFalse, oldCells := 0, 0, 0 // the same figures for Topic.Rows shown as they are
	for i := range res.Topics {
		tp := &res.Topics[i]
		if len(tp.Passages) == 0 {
			continue
		}
		addresses := map[string]bool{}
		for _, p := range tp.Passages {
			addresses[p.Brief] = true
		}
		first := true
		for _, id := range ids {
			first = first && (!addresses[id] || tp.Rows[0][id] != nil)
			for _, row := range tp.Rows {
				oldCells++
				if row[id] == nil && addresses[id] {
					oldFalse++
				}
			}
		}
		if first {
			oldFull++
		}
		rd := tp.Reading(ids)
		checkReading(t, tp, ids, rd)
		topics++
		ok := true
		for c := range ids {
			ok = ok && (rd.Empty[c] || rd.Lines[0][c] >= 0)
		}
		if ok {
			full++
		}
		lines := map[int]map[int]bool{}
		count := map[int]int{}
		for p, pt := range rd.Point {
			if lines[pt] == nil {
				lines[pt] = map[int]bool{}
			}
			lines[pt][rd.Line[p]] = true
			count[pt]++
		}
		for pt, n := range count {
			if n > 1 {
				points++
				if len(lines[pt]) == 1 {
					whole++
				}
			}
		}
	}
	return fmt.Sprintf("%d/%d topics show every brief that addresses them on the first line; %d/%d linked points on one line "+
		"(aligned rows as they were: %d/%d topics, %d of %d cells a false \"not addressed\")", full, topics, whole, points, oldFull, topics, oldFalse, oldCells)
}

func TestReadingFixtures(t *testing.T) {
	var bs []*brief.Brief
	for _, s := range resources.Samples() {
		b, err := importers.Bytes(context.Background(), s.Data, s.Name)
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	brief.AssignIDs(bs)
	res, err := compare.Run(context.Background(), bs, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Log("fixtures: " + readingFigures(t, res))
}

func TestReadingSharedSamples(t *testing.T) {
	bs := sharedSampleBriefs(t)
	res, err := compare.Run(context.Background(), bs, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Log("shared samples: " + readingFigures(t, res))
}

// TestPagesOfSentences: a paragraph that runs over a page break cites, for
// a split passage, a number and a position quote, the page of the sentence
// itself, not the page the paragraph starts on.
func TestPagesOfSentences(t *testing.T) {
	bs := smallBriefs()
	summit := bs[1]
	p := &summit.Paragraphs[4] // the long deterrence and trade paragraph, split into sentences
	at := strings.Index(p.Text, "Meanwhile tariffs")
	p.Page, p.PageBreaks = 6, []brief.PageBreak{{At: at, Page: 7}}
	cost := &summit.Paragraphs[3]
	cost.Page = 2
	res, err := compare.Run(context.Background(), bs, compare.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	split := 0
	for _, tp := range res.Topics {
		for _, ps := range tp.Passages {
			if ps.Brief != "summit" || ps.Paragraph != 4 {
				continue
			}
			want := 6
			if strings.Contains(p.Text[at:], ps.Text) {
				want = 7
			}
			if ps.Page != want {
				t.Errorf("passage %q on page %d, want %d", ps.Text[:30], ps.Page, want)
			}
			if ps.Sentence > 0 {
				split++
			}
		}
	}
	if split == 0 {
		t.Error("the long paragraph was not split; the test needs a split passage")
	}
	pas := compare.Passage{Text: "One. Two on the next page.", Page: 3, PageBreaks: []brief.PageBreak{{At: 5, Page: 4}}}
	if got := pas.PageOf("Two on the next page."); got != 4 {
		t.Errorf("Passage.PageOf = %d, want 4", got)
	}
}
