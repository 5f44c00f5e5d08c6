package compare_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbench/brief"
	"briefbench/compare"
)

// synthWords is the target length of a synthetic brief.
const synthWords = 5000

// synthCorpus builds n synthetic briefs of about synthWords words from the
// labelled sample briefs: each body paragraph is, at random (seeded), either
// a pool paragraph or a run of two to six consecutive sentences of the pool
// (the sample text re-paragraphed), and is then varied (see vary): sentences dropped,
// rotated or borrowed from the neighbouring paragraph, numbers changed, and
// a per-brief house style of spellings and word choices. Every eighth
// paragraph is preceded by a heading. The same n always gives the same
// corpus. The variation keeps the corpus honest: without it each sample
// paragraph would recur verbatim in about a third of the briefs, which makes
// tokenizing artificially cheap (every word cached) and near-duplicate
// search artificially expensive; with it most paragraphs are distinct
// texts, while topics, cues and claims stay those of real briefs.
func synthCorpus(tb testing.TB, n int) []*brief.Brief { return synthCorpusOf(tb, n, synthWords) }

// synthCorpusOf is synthCorpus with briefs of about words words.
func synthCorpusOf(tb testing.TB, n, words int) []*brief.Brief {
	tb.Helper()
	l := loadLabels(tb)
	var paths []string
	for _, b := range l.Briefs {
		paths = append(paths, filepath.Join(samplesDir, b.File))
	}
	var pool, heads []string
	for _, b := range importFiles(tb, paths...) {
		for _, p := range b.Paragraphs {
			switch p.Kind {
			case brief.Heading:
				heads = append(heads, p.Text)
			case brief.Body, brief.ListItem, brief.Quote:
				pool = append(pool, p.Text)
			}
		}
	}
	var sents []string // the pool's sentences in reading order
	for _, p := range pool {
		for _, s := range strings.SplitAfter(p, ". ") {
			sents = append(sents, strings.TrimSpace(s))
		}
	}
	out := make([]*brief.Brief, n)
	for k := range n {
		rng := rand.New(rand.NewPCG(uint64(k)+1, 42))
		style := houseStyle(rng)
		b := &brief.Brief{ID: fmt.Sprintf("synth-%04d", k), Title: fmt.Sprintf("Synthetic brief %d", k), Source: brief.Source{Path: fmt.Sprintf("synth-%04d.txt", k), Format: "txt"}}
		total := 0
		for i := 0; total < words; i++ {
			if i%8 == 0 {
				b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Kind: brief.Heading, Level: 2, Text: heads[rng.IntN(len(heads))]})
			}
			var text string
			if rng.IntN(2) == 0 {
				j := rng.IntN(len(pool))
				text = vary(pool[j], pool[(j+1)%len(pool)], style, rng)
			} else {
				j := rng.IntN(len(sents))
				text = vary(strings.Join(sents[j:min(len(sents), j+2+rng.IntN(5))], " "), "", style, rng)
			}
			b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Kind: brief.Body, Text: text})
			total += len(strings.Fields(text))
		}
		for i := range b.Paragraphs {
			b.Paragraphs[i].Index = i
		}
		b.Words = brief.CountWords(b.Paragraphs)
		out[k] = b
	}
	return out
}

// synthStyles are word choices a brief's author may prefer: each brief
// takes about half of them (houseStyle), so briefs differ in wording the
// way authors do, without new subjects.
var synthStyles = [][2]string{
	{"defense", "defence"},
	{"important", "significant"},
	{"strengthen", "reinforce"},
	{"increase", "raise"},
	{"should", "ought to"},
	{"must", "needs to"},
	{"major", "principal"},
	{"however", "still"},
	{"also", "moreover"},
	{"help", "assist"},
	{"large", "sizeable"},
	{"key", "central"},
	{"build", "develop"},
	{"clear", "evident"},
	{"role", "part"},
	{"goal", "aim"},
	{"policy", "approach"},
	{"shows", "demonstrates"},
}

// houseStyle picks a brief's word choices.
func houseStyle(rng *rand.Rand) map[string]string {
	m := map[string]string{}
	for _, p := range synthStyles {
		if rng.IntN(2) == 0 {
			m[p[0]] = p[1]
		}
	}
	return m
}

// vary rewrites a pool paragraph for one brief: now and then it drops a
// sentence, moves the last sentence first or adds the first sentence of the
// next paragraph in the pool (usually on the same topic); it changes the
// last digit of about one number in four (so briefs disagree on numbers)
// and applies the brief's house style to whole lower-case words.
func vary(text, next string, style map[string]string, rng *rand.Rand) string {
	sents := strings.SplitAfter(text, ". ")
	if len(sents) >= 3 {
		switch rng.IntN(5) {
		case 0:
			i := rng.IntN(len(sents) - 1)
			sents = append(sents[:i:i], sents[i+1:]...)
		case 1:
			last := strings.TrimSpace(sents[len(sents)-1]) + " "
			sents = append([]string{last}, sents[:len(sents)-1]...)
		case 2:
			if extra := strings.SplitAfter(next, ". ")[0]; len(extra) > 20 {
				sents[len(sents)-1] = strings.TrimSpace(sents[len(sents)-1]) + " "
				sents = append(sents, extra)
			}
		}
	}
	words := strings.Fields(strings.Join(sents, ""))
	for i, w := range words {
		core := strings.TrimRight(w, ".,;:!?)\"'’”")
		if r, ok := style[core]; ok {
			words[i] = r + w[len(core):]
			continue
		}
		if c := core[max(0, len(core)-1):]; c >= "0" && c <= "9" && rng.IntN(4) == 0 {
			words[i] = core[:len(core)-1] + strconv.Itoa(rng.IntN(10)) + w[len(core):]
		}
	}
	return strings.Join(words, " ")
}

// stageClock times the progress stages of a run.
type stageClock struct {
	mu    sync.Mutex
	stage string
	at    time.Time
	took  map[string]time.Duration
}

func (c *stageClock) progress(stage string, _ float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if stage == c.stage {
		return
	}
	now := time.Now()
	if c.stage != "" {
		c.took[c.stage] += now.Sub(c.at)
	}
	c.stage, c.at = stage, now
}

func (c *stageClock) finish() {
	c.progress("", 0)
	c.stage = ""
}

// BenchmarkRun compares synthetic corpora of 10, 100 and 1,000 briefs of
// about 5,000 words. Besides ns/op and B/op it reports the time of each
// stage (wall ms per run), the CPU time per run (cpu-ms, all goroutines:
// less sensitive to a busy machine than ns/op), the rows and passages of the
// result, and the process's memory obtained from the OS (sys-MB).
// The 1,000-brief case runs only without -short.
func BenchmarkRun(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		b.Run(fmt.Sprintf("briefs=%d", n), func(b *testing.B) {
			if n >= 1000 && testing.Short() {
				b.Skip("1,000 briefs: not with -short")
			}
			bs := synthCorpus(b, n)
			clock := &stageClock{took: map[string]time.Duration{}}
			opts := compare.DefaultOptions()
			opts.Progress = clock.progress
			b.ReportAllocs()
			runs, rows, passages := 0, 0, 0
			cpu0 := cpuTime()
			for b.Loop() {
				res, err := compare.Run(context.Background(), bs, opts)
				if err != nil {
					b.Fatal(err)
				}
				rows, passages = 0, 0
				for _, t := range res.Topics {
					rows += len(t.Rows)
					passages += len(t.Passages)
				}
				clock.finish()
				runs++
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(runs), "cpu-ms")
			for stage, d := range clock.took {
				b.ReportMetric(float64(d.Milliseconds())/float64(runs), stage+"-ms")
			}
			b.ReportMetric(float64(rows), "rows")
			b.ReportMetric(float64(passages), "passages")
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
		})
	}
}
