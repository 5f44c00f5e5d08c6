package app

import (
	"context"
	"sort"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/importers"
	"briefbench/resources"
)

// fiveBriefs compares the five bundled sample briefs and returns the
// result with its topics' IDs, largest (most passages) first.
func fiveBriefs(tb testing.TB) (*compare.Result, []string) {
	tb.Helper()
	var bs []*brief.Brief
	for _, s := range resources.Samples() {
		b, err := importers.Bytes(context.Background(), s.Data, s.Name)
		if err != nil {
			tb.Fatal(err)
		}
		bs = append(bs, b)
	}
	brief.AssignIDs(bs)
	r, err := compare.Run(context.Background(), bs, compare.DefaultOptions())
	if err != nil {
		tb.Fatal(err)
	}
	ids := make([]string, len(r.Topics))
	for i, t := range r.Topics {
		ids[i] = t.ID
	}
	sort.SliceStable(ids, func(i, j int) bool { return len(r.Topic(ids[i]).Passages) > len(r.Topic(ids[j]).Passages) })
	return r, ids
}

// doubled repeats every topic's passages and rows once more, the repeats'
// paragraphs shifted by 100: the largest topic of the five samples (23
// passages) then has about 50, as the largest topic of five real briefs.
func doubled(r *compare.Result) *compare.Result {
	out := *r
	out.Topics = make([]compare.Topic, len(r.Topics))
	for ti, t := range r.Topics {
		nt := t
		nt.Passages = append([]compare.Passage(nil), t.Passages...)
		nt.Rows = append([]compare.Row(nil), t.Rows...)
		for _, row := range t.Rows {
			nr := compare.Row{}
			for id, idx := range row {
				if idx == nil {
					nr[id] = nil
					continue
				}
				p := t.Passages[*idx]
				p.Paragraph += 100
				n := len(nt.Passages)
				nt.Passages = append(nt.Passages, p)
				nr[id] = &n
			}
			nt.Rows = append(nt.Rows, nr)
		}
		out.Topics[ti] = nt
	}
	return &out
}

// newFiveView shows the five-brief comparison (its topics doubled, see
// doubled) in a 1280x800 test window.
func newFiveView(tb testing.TB) (*compareView, fyne.Window, []string) {
	test.NewTempApp(tb)
	r, ids := fiveBriefs(tb)
	r = doubled(r)
	h := &fakeHost{bs: []*brief.Brief{}, res: r}
	c := newCompareView(h)
	h.view = c
	h.win = test.NewTempWindow(tb, c.buildUI())
	h.win.Resize(fyne.NewSize(1280, 800))
	c.setResult(r)
	return c, h.win, ids
}

// BenchmarkSelectTopicFive switches between the two largest topics of the
// five sample briefs, doubled (the largest has 46 passages), and paints the
// whole 1280x800 window with the test driver's software painter.
func BenchmarkSelectTopicFive(b *testing.B) {
	c, w, ids := newFiveView(b)
	b.ReportAllocs()
	cpu := cpuTime()
	i := 0
	for b.Loop() {
		c.selectTopic(ids[i%2])
		i++
		w.Canvas().Capture()
	}
	reportCPU(b, cpu, i)
	b.ReportMetric(float64(len(c.res.Topic(ids[0]).Passages)), "passages")
}

// cpuTime is the CPU time the process has used, user and system. On a
// loaded machine a benchmark's wall time counts the time other processes
// hold the cores; its CPU time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation since start (all threads,
// garbage collection included) as cpu-ms/op.
func reportCPU(b *testing.B, start time.Duration, n int) {
	if n > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(n)/1e6, "cpu-ms/op")
	}
}

// BenchmarkPaintFive paints the window showing the largest topic of the five
// sample briefs, without switching: the painter's share of
// BenchmarkSelectTopicFive.
func BenchmarkPaintFive(b *testing.B) {
	c, w, ids := newFiveView(b)
	c.selectTopic(ids[0])
	b.ReportAllocs()
	cpu := cpuTime()
	n := 0
	for b.Loop() {
		w.Canvas().Capture()
		n++
	}
	reportCPU(b, cpu, n)
}

// BenchmarkSelectTopicFiveLayout is BenchmarkSelectTopicFive without
// painting.
func BenchmarkSelectTopicFiveLayout(b *testing.B) {
	c, _, ids := newFiveView(b)
	b.ReportAllocs()
	cpu := cpuTime()
	i := 0
	for b.Loop() {
		c.selectTopic(ids[i%2])
		i++
	}
	reportCPU(b, cpu, i)
}
