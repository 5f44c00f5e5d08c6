package importers

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestScratchDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	b, err := File(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("title=%q\nsub=%q\nauthors=%q org=%q date=%q lang=%q words=%d\n", b.Title, b.Subtitle, b.Authors, b.Organization, b.Published, b.Language, b.Words)
	for _, p := range b.Paragraphs {
		s := p.Text
		if len(s) > 100 {
			s = s[:100]
		}
		fmt.Printf("P%d %s%d %v %q\n", p.Index, p.Kind, p.Level, p.Section, s)
	}
	for _, d := range b.Dropped {
		s := d.Text
		if len(s) > 80 {
			s = s[:80]
		}
		fmt.Printf("D after=%d [%s] %q\n", d.After, d.Reason, s)
	}
}
