package compare_test

import (
	"context"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
)

func describedBrief(id string, paras ...string) *brief.Brief {
	b := &brief.Brief{ID: id, Title: id, Source: brief.Source{Path: id + ".md", Format: "md"}}
	for i, p := range paras {
		b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: i, Kind: brief.Body, Text: p})
	}
	b.Words = brief.CountWords(b.Paragraphs)
	return b
}

// TestDescribedTopic: a topic with only a label and a description is
// accepted and filled from the words it names, and from the corpus.
func TestDescribedTopic(t *testing.T) {
	tax, err := compare.ParseTaxonomy([]byte(`topics:
  - id: teacher-pay
    label: Teacher pay
    description: salaries, recruitment and retention of teachers
`))
	if err != nil {
		t.Fatalf("a described topic is refused: %v", err)
	}
	bs := []*brief.Brief{
		describedBrief("north",
			"Teacher salaries have fallen behind other graduate jobs, so recruitment of new teachers keeps missing its target.",
			"The county will rebuild two bridges on the coast road before the winter floods arrive.",
			"Retention is the hidden problem: a third of teachers leave the classroom within five years."),
		describedBrief("south",
			"We would raise starting salaries for teachers and pay a bonus to those who stay in hard-to-staff schools.",
			"Bus services in the valleys should run every hour, with cheaper fares for pensioners."),
	}
	opts := compare.DefaultOptions()
	opts.Taxonomy = tax
	res, err := compare.Run(context.Background(), bs, opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tp := range res.Topics {
		if tp.ID != "teacher-pay" {
			continue
		}
		for _, p := range tp.Passages {
			got = append(got, p.Brief+":"+p.Text[:10])
		}
	}
	want := map[string]bool{"north:Teacher sa": true, "north:Retention ": true, "south:We would r": true}
	if len(got) != len(want) {
		t.Fatalf("teacher-pay holds %q, want the three passages on teachers' pay", got)
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("teacher-pay holds %q", g)
		}
	}
}
