package compare

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/importers"
)

// benchBriefs builds n synthetic briefs of about words words each from the
// paragraphs of the labelled sample briefs, shuffled per brief and with
// numbers varied so that claims differ between briefs.
func benchBriefs(tb testing.TB, n, words int) []*brief.Brief {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "resources", "samples", "0*"))
	var pool []brief.Paragraph
	for _, f := range files {
		b, err := importers.File(context.Background(), f)
		if err != nil {
			tb.Fatalf("import %s: %v", f, err)
		}
		pool = append(pool, b.Paragraphs...)
	}
	if len(pool) == 0 {
		tb.Skip("no sample briefs")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]*brief.Brief, n)
	for i := range out {
		b := &brief.Brief{ID: "synthetic-" + strconv.Itoa(i), Source: brief.Source{Path: "synthetic-" + strconv.Itoa(i) + ".txt"}}
		count := 0
		for count < words {
			p := pool[rng.IntN(len(pool))]
			p.Index = len(b.Paragraphs)
			p.Text = varyNumbers(p.Text, rng)
			count += len(strings.Fields(p.Text))
			b.Paragraphs = append(b.Paragraphs, p)
		}
		out[i] = b
	}
	return out
}

// varyNumbers changes the last digit of some numbers.
func varyNumbers(s string, rng *rand.Rand) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= '0' && b[i] <= '9' && (i+1 == len(b) || b[i+1] < '0' || b[i+1] > '9') && rng.IntN(3) == 0 {
			b[i] = byte('0' + rng.IntN(10))
		}
	}
	return string(b)
}

func BenchmarkPlaceAxes(b *testing.B) {
	bs := benchBriefs(b, 100, 5000)
	specs, err := DefaultAxes()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := placeAxes(context.Background(), bs, specs, nil, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindClaims(b *testing.B) {
	bs := benchBriefs(b, 100, 5000)
	b.ReportAllocs()
	for b.Loop() {
		mustClaims(bs, 0)
	}
}

func BenchmarkOverallDistinctive(b *testing.B) {
	bs := benchBriefs(b, 100, 5000)
	b.ReportAllocs()
	for b.Loop() {
		mustOverall(bs, 0)
	}
}

func BenchmarkDistinctiveTopic(b *testing.B) {
	// One topic holding a fifth of every brief's paragraphs.
	bs := benchBriefs(b, 100, 5000)
	t := &Topic{ID: "bench"}
	for _, br := range bs {
		for i, p := range br.Paragraphs {
			if i%5 == 0 {
				t.Passages = append(t.Passages, Passage{Brief: br.ID, Paragraph: p.Index, Text: p.Text})
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		distinctive(t, bs, nil)
	}
}

func BenchmarkDifferences(b *testing.B) {
	bs := benchBriefs(b, 100, 5000)
	claims := mustClaims(bs, 0)
	// One topic per ten paragraph positions, rows pairing paragraph k of
	// every brief.
	var topics []Topic
	for k := 0; k < 10; k++ {
		t := Topic{ID: "t" + strconv.Itoa(k), Label: "Topic " + strconv.Itoa(k), Coverage: map[string]float64{}}
		for r := 0; r < 3; r++ {
			row := Row{}
			for _, br := range bs {
				i := k*3 + r
				if i < len(br.Paragraphs) {
					t.Passages = append(t.Passages, Passage{Brief: br.ID, Paragraph: i, Text: br.Paragraphs[i].Text})
					row[br.ID] = intp(len(t.Passages) - 1)
					t.Coverage[br.ID] += 0.01
				}
			}
			t.Rows = append(t.Rows, row)
		}
		topics = append(topics, t)
	}
	b.ReportAllocs()
	for b.Loop() {
		mustDifferences(topics, claims, bs, 0, 0)
	}
}
