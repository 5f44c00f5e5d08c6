package compare

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/importers"
)

func TestExploreSamples(t *testing.T) {
	var bs []*brief.Brief
	files, _ := filepath.Glob(os.Getenv("EXPLORE"))
	for _, f := range files {
		b, err := importers.File(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	brief.AssignIDs(bs)
	_ = strings.TrimSpace
	for _, c := range findClaims(bs) {
		fmt.Printf("%s ¶%d %-10s %-22s %-60s %v\n", c.Brief, c.Paragraph, c.Raw, c.Unit, c.Key, c.Conflict)
	}
	specs, err := DefaultAxes()
	if err != nil {
		t.Fatal(err)
	}
	axes, err := placeAxes(context.Background(), bs, specs)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range axes {
		for _, b := range bs {
			p := a.Positions[b.ID]
			fmt.Printf("%s %s score=%.3f conf=%.3f mixed=%v totals=%v\n", a.ID, b.ID, p.Score, p.Confidence, p.Mixed, p.Totals)
			for _, e := range p.Evidence {
				fmt.Printf("   [%s %.2f] %v :: %.100s\n", e.Pole, e.Weight, e.Cues, e.Text)
			}
		}
	}
	res, err := Run(context.Background(), bs, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Differences {
		fmt.Printf("DIFF %s [%s] %s\n", d.Kind, d.Topic, d.Summary)
	}
	for _, tp := range res.Topics {
		fmt.Printf("TOPIC %s %v\n", tp.ID, tp.Distinctive)
	}
	for id, terms := range overallDistinctive(bs) {
		fmt.Println(id, terms)
	}
}
