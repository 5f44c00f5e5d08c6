package compare

import (
	"context"
	"time"

	"briefbench/brief"
)

// The stage functions take a context so Run can be cancelled mid-stage; with
// context.Background they cannot fail, so tests call them through these.

func mustClaims(briefs []*brief.Brief, workers int) []Claim {
	c, err := findClaims(context.Background(), briefs, workers)
	if err != nil {
		panic(err)
	}
	return c
}

func mustDifferences(topics []Topic, claims []Claim, briefs []*brief.Brief, timeout time.Duration, workers int) []Difference {
	tax, err := DefaultTaxonomy()
	if err != nil {
		panic(err)
	}
	specs, err := DefaultAxes()
	if err != nil {
		panic(err)
	}
	d, err := differences(context.Background(), topics, claims, briefs, newStance(tax, specs, claims), timeout, workers)
	if err != nil {
		panic(err)
	}
	return d
}

func mustOverall(briefs []*brief.Brief, workers int) map[string][]Term {
	m, err := overallDistinctive(context.Background(), briefs, workers)
	if err != nil {
		panic(err)
	}
	return m
}
