package compare

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"briefbench/brief"
)

// figuresSentence is one long sentence carrying n "% of GDP" figures, the
// shape of issue 13 case 7 (3,000 figures in a 95 KB paragraph).
func figuresSentence(n int) string {
	var sb strings.Builder
	sb.WriteString("Defense spending in Korea rose")
	for i := range n {
		fmt.Fprintf(&sb, ", to %d.%d%% of GDP in year %d", 2+i%3, i%10, i+1)
	}
	sb.WriteString(".")
	return sb.String()
}

// figuresBriefs are two briefs, one with the long sentence.
func figuresBriefs(n int) []*brief.Brief {
	long := &brief.Brief{ID: "long", Title: "Long", Source: brief.Source{Format: "txt"}, Paragraphs: []brief.Paragraph{
		{Index: 0, Kind: brief.Body, Text: figuresSentence(n)},
	}}
	short := &brief.Brief{ID: "short", Title: "Short", Source: brief.Source{Format: "txt"}, Paragraphs: []brief.Paragraph{
		{Index: 0, Kind: brief.Body, Text: "Defense spending in Korea stands at 2.8% of GDP, short of what deterrence needs."},
	}}
	return []*brief.Brief{long, short}
}

// allocated runs f and returns the bytes it allocated.
func allocated(f func()) uint64 {
	runtime.GC()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)

// Issue 13 case 7: work, memory and output grow linearly with the number of
// figures in one sentence. Quadratic code allocates 16 times as much at 4N;
// linear code about 4 times.
func TestFiguresInOneSentenceLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the engine four times")
	}
	const n = 150
	var out [2]int64
	measure := func(k int) uint64 {
		return allocated(func() {
			res, err := Run(context.Background(), figuresBriefs(k), DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range res.Numbers {
				if len(c.Text) > maxQuote {
					t.Fatalf("a claim quotes %d bytes of its sentence; want a window of at most %d", len(c.Text), maxQuote)
				}
			}
			var cw countingWriter
			if err := json.NewEncoder(&cw).Encode(res); err != nil {
				t.Fatal(err)
			}
			if k == n {
				out[0] = cw.n
			} else {
				out[1] = cw.n
			}
		})
	}
	measure(n) // warm caches (taxonomy, lexicons)
	small, large := measure(n), measure(4*n)
	if ratio := float64(large) / float64(small); ratio > 6 {
		t.Errorf("allocations grew %.1f× from %d to %d figures (%d to %d bytes); want about 4×", ratio, n, 4*n, small, large)
	}
	if ratio := float64(out[1]) / float64(out[0]); ratio > 6 {
		t.Errorf("JSON grew %.1f× from %d to %d figures (%d to %d bytes); want about 4×", ratio, n, 4*n, out[0], out[1])
	}
}

// BenchmarkFiguresInOneSentence measures case 7 of issue 13 at the size the
// issue reports (3,000 figures, about 95 KB).
func BenchmarkFiguresInOneSentence(b *testing.B) {
	for _, n := range []int{750, 3000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			briefs := figuresBriefs(n)
			b.ReportAllocs()
			var size int64
			for b.Loop() {
				res, err := Run(context.Background(), briefs, DefaultOptions())
				if err != nil {
					b.Fatal(err)
				}
				var cw countingWriter
				if err := json.NewEncoder(&cw).Encode(res); err != nil {
					b.Fatal(err)
				}
				size = cw.n
			}
			b.ReportMetric(float64(size), "json-bytes")
			b.ReportMetric(float64(len(briefs[0].Paragraphs[0].Text)), "text-bytes")
		})
	}
}

func TestQuoteAround(t *testing.T) {
	long := strings.Repeat("word ", 200) + "spending reached 2.8% of GDP last year " + strings.Repeat("more ", 200)
	at := strings.Index(long, "2.8%")
	got := quoteAround(long, at, at+len("2.8%"))
	if len(got) > maxQuote+10 || !strings.Contains(got, "spending reached 2.8% of GDP last year") || !strings.Contains(long, got) {
		t.Errorf("quote of %d bytes: %q", len(got), got)
	}
	if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.HasPrefix(got, "ord") {
		t.Errorf("quote not cut at words: %q", got)
	}
	short := "Spending reached 2.8% of GDP."
	if got := quoteAround(short, 17, 21); got != short {
		t.Errorf("a short sentence is quoted whole; got %q", got)
	}
}

// hugeParagraph is one paragraph of n sentences on shipyards and money,
// varied so that they are not all the same.
func hugeParagraph(n int) string {
	words := []string{"shipyards", "destroyers", "budgets", "allies", "workers", "submarines", "ports", "loans"}
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "The %s of region %d should share %s with the %s of region %d. ", words[i%8], i, words[(i+3)%8], words[(i+5)%8], i+1)
	}
	return sb.String()
}

// Issue 13 (bounded cost): one huge paragraph costs memory linear in its
// length.
func TestHugeParagraphLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the engine four times")
	}
	run := func(n int) uint64 {
		b := &brief.Brief{ID: "huge", Title: "Huge", Source: brief.Source{Format: "txt"}, Paragraphs: []brief.Paragraph{{Index: 0, Kind: brief.Body, Text: hugeParagraph(n)}}}
		other := figuresBriefs(1)[1]
		return allocated(func() {
			if _, err := Run(context.Background(), []*brief.Brief{b, other}, DefaultOptions()); err != nil {
				t.Fatal(err)
			}
		})
	}
	run(50)
	small, large := run(300), run(1200)
	t.Logf("allocated %d bytes at 300 sentences, %d at 1,200", small, large)
	if float64(large) > 6*float64(small) {
		t.Errorf("allocations grew %.1f× from 300 to 1,200 sentences (%d to %d bytes); want about 4×", float64(large)/float64(small), small, large)
	}
}
