package compare

// The engine's one worker pool. Every parallel stage hands out the indices
// [0, n) of its work items, one at a time, to at most Options.Workers
// goroutines; each item writes only its own result slot, so the output does
// not depend on scheduling (see "Determinism and speed" in doc.go).

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// workerCount is how many goroutines a stage starts for n items with at
// most workers (0: GOMAXPROCS).
func workerCount(workers, n int) int {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return max(1, min(workers, n))
}

// forEach calls fn(s, i) for every i in [0, n) on count goroutines (one or
// fewer: in the calling goroutine). Each goroutine first makes its own
// state s with newState(id), id from 0 to count-1, for scratch space or a
// token cache. Once stop reports true (a nil stop never does) no index is
// handed out any more.
func forEach[S any](stop func() bool, count, n int, newState func(id int) S, fn func(s S, i int)) {
	done := func() bool { return stop != nil && stop() }
	if count <= 1 {
		s := newState(0)
		for i := 0; i < n && !done(); i++ {
			fn(s, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for id := range count {
		wg.Go(func() {
			s := newState(id)
			for !done() {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(s, i)
			}
		})
	}
	wg.Wait()
}

// cancelled is a stop function for forEach: ctx is done.
func cancelled(ctx context.Context) func() bool {
	return func() bool { return ctx.Err() != nil }
}

// worker is the state of one goroutine of parallelBriefs: its number (0 to
// workerCount-1) and its own token cache.
type worker struct {
	id    int
	cache tokenCache
}

// parallelBriefs calls fn for every index in [0, n) on workerCount(workers,
// n) goroutines, each with its own worker state, and returns ctx's error if
// it ends first. fn must only write to its own index's results (or its own
// worker's).
func parallelBriefs(ctx context.Context, workers, n int, fn func(w *worker, i int)) error {
	forEach(cancelled(ctx), workerCount(workers, n), n, func(id int) *worker {
		return &worker{id: id, cache: newTokenCache()}
	}, fn)
	return ctx.Err()
}

// inParallel calls, for every c in [0, n), a function made by newWorker on
// at most workers goroutines (0 or 1: in the calling goroutine). Each
// goroutine makes its own function, so it can hold scratch space. The calls
// must write only to their own c's results.
func inParallel(workers, n int, newWorker func() func(c int)) {
	count := 1
	if workers > 1 && n > 1 {
		count = min(workers, n)
	}
	forEach(nil, count, n, func(int) func(int) { return newWorker() }, func(fn func(int), c int) { fn(c) })
}

// parallel runs fn over [0, n) in chunks of chunk indices on e.workers
// goroutines and returns ctx's error if it ended meanwhile. Each index is
// handled once; fn writes only to its own indices, so results do not depend
// on scheduling.
func (e *engine) parallel(ctx context.Context, n, chunk int, fn func(lo, hi int)) error {
	chunks := (n + chunk - 1) / chunk
	forEach(cancelled(ctx), min(e.workers, chunks), chunks, func(int) struct{} { return struct{}{} }, func(_ struct{}, c int) {
		lo := c * chunk
		fn(lo, min(lo+chunk, n))
	})
	return ctx.Err()
}
