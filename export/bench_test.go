package export_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"

	"briefbench/compare"
	"briefbench/export"
)

// synth builds a comparison of n briefs from the fixture: brief i copies
// fixture brief i%3 with every passage repeated depth times (as further
// paragraphs), aligned in the same rows, so topics, rows, numbers,
// positions and differences grow with n like a real run's.
func synth(base *compare.Result, n, depth int) *compare.Result {
	nb := len(base.Briefs)
	r := &compare.Result{Schema: base.Schema, Taxonomy: base.Taxonomy, Overall: map[string][]compare.Term{}}
	origin := make([]string, n)
	for i := range n {
		src := base.Briefs[i%nb]
		b := *src
		b.ID = fmt.Sprintf("%s-%04d", src.ID, i)
		b.Organization = fmt.Sprintf("%s %d", src.Organization, i/nb+1)
		b.Source.Path = fmt.Sprintf("/briefs/%04d-%s", i, filepath.Base(src.Source.Path))
		r.Briefs = append(r.Briefs, &b)
		origin[i] = src.ID
		r.Overall[b.ID] = base.Overall[src.ID]
	}
	for _, t := range base.Topics {
		nt := t
		nt.Passages, nt.Rows = nil, nil
		nt.Coverage, nt.Distinctive = map[string]float64{}, map[string][]compare.Term{}
		for d := range depth {
			rows := make([]compare.Row, len(t.Rows))
			for k := range rows {
				rows[k] = compare.Row{}
			}
			for i, b := range r.Briefs {
				for k, row := range t.Rows {
					idx := row[origin[i]]
					if idx == nil {
						rows[k][b.ID] = nil
						continue
					}
					p := t.Passages[*idx]
					p.Brief = b.ID
					p.Paragraph += d * 40
					j := len(nt.Passages)
					nt.Passages = append(nt.Passages, p)
					rows[k][b.ID] = &j
				}
			}
			nt.Rows = append(nt.Rows, rows...)
		}
		for i, b := range r.Briefs {
			nt.Coverage[b.ID] = t.Coverage[origin[i]]
			nt.Distinctive[b.ID] = t.Distinctive[origin[i]]
		}
		r.Topics = append(r.Topics, nt)
	}
	for _, ax := range base.Axes {
		na := ax
		na.Positions = map[string]compare.Position{}
		for i, b := range r.Briefs {
			na.Positions[b.ID] = ax.Positions[origin[i]]
		}
		r.Axes = append(r.Axes, na)
	}
	for i, b := range r.Briefs {
		for _, c := range base.Numbers {
			if c.Brief == origin[i] {
				c.Brief = b.ID
				r.Numbers = append(r.Numbers, c)
			}
		}
	}
	for _, d := range base.Differences {
		nd := d
		nd.Items = nil
		for i, b := range r.Briefs {
			for _, it := range d.Items {
				if it.Brief == origin[i] {
					it.Brief = b.ID
					nd.Items = append(nd.Items, it)
				}
			}
		}
		r.Differences = append(r.Differences, nd)
	}
	return r
}

// sanity check of the synthetic corpus the benchmarks use.
func TestSynth(t *testing.T) {
	r := synth(fixture(t), 10, 4)
	if len(r.Briefs) != 10 || len(r.Topics[0].Rows) != 12 || len(r.Topics[0].Rows[0]) != 10 {
		t.Fatalf("synth: %d briefs, %d rows of %d cells", len(r.Briefs), len(r.Topics[0].Rows), len(r.Topics[0].Rows[0]))
	}
	seen := map[string]bool{}
	for _, b := range r.Briefs {
		if seen[b.ShortName()] {
			t.Errorf("duplicate short name %q", b.ShortName())
		}
		seen[b.ShortName()] = true
	}
}

// reportPeak reports the heap in use after an export as MB, an estimate of
// the export's peak working set (the stream writer spills to temp files).
func reportPeak(b *testing.B) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/1e6, "heap-MB")
}

func BenchmarkWorkbookAndMemo10(b *testing.B) {
	r := synth(fixture(b), 10, 4)
	dir := b.TempDir()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := export.Workbook(ctx, r, filepath.Join(dir, "c.xlsx"), testOptions()); err != nil {
			b.Fatal(err)
		}
		if err := export.MemoDOCX(ctx, r, filepath.Join(dir, "m.docx"), testOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMemoMarkdown10(b *testing.B) {
	r := synth(fixture(b), 10, 4)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if err := export.MemoMarkdown(context.Background(), r, filepath.Join(dir, "m.md"), testOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWorkbook1000(b *testing.B) {
	r := synth(fixture(b), 1000, 4)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if err := export.Workbook(context.Background(), r, filepath.Join(dir, "c.xlsx"), testOptions()); err != nil {
			b.Fatal(err)
		}
	}
	reportPeak(b)
}
