package present_test

import (
	"testing"

	"briefbench/brief"
	"briefbench/present"
)

func TestNames(t *testing.T) {
	mk := func(id, org, format, title string) *brief.Brief {
		b := &brief.Brief{ID: id, Organization: org, Title: title}
		b.Source.Format = format
		return b
	}
	for _, tc := range []struct {
		name   string
		briefs []*brief.Brief
		want   map[string]string
	}{
		{
			"distinct organisations",
			[]*brief.Brief{mk("a", "KEI", "pdf", "A"), mk("b", "CNAS", "pdf", "B")},
			map[string]string{"a": "KEI", "b": "CNAS"},
		},
		{
			"same organisation, other formats",
			[]*brief.Brief{mk("a", "KEI", "pdf", "T"), mk("b", "KEI", "docx", "T"), mk("c", "CNAS", "pdf", "U")},
			map[string]string{"a": "KEI · PDF", "b": "KEI · DOCX", "c": "CNAS"},
		},
		{
			"pasted text",
			[]*brief.Brief{mk("a", "KEI", "paste", "T"), mk("b", "KEI", "md", "T")},
			map[string]string{"a": "KEI · TEXT", "b": "KEI · MD"},
		},
		{
			"same organisation and format",
			[]*brief.Brief{mk("a", "KEI", "md", "Ships first"), mk("b", "KEI", "md", "Troops first")},
			map[string]string{"a": "KEI · Ships first", "b": "KEI · Troops first"},
		},
		{
			"long titles clipped at a word",
			[]*brief.Brief{mk("a", "KEI", "md", "Shipyards on both coasts and the money they need"), mk("b", "KEI", "md", "Troops")},
			map[string]string{"a": "KEI · Shipyards on both coasts and…", "b": "KEI · Troops"},
		},
		{
			"identical",
			[]*brief.Brief{mk("a", "KEI", "md", "Same"), mk("b", "KEI", "md", "Same")},
			map[string]string{"a": "KEI · Same", "b": "KEI · Same (2)"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := present.Names(tc.briefs)
			if len(got) != len(tc.briefs) {
				t.Errorf("%d names for %d briefs", len(got), len(tc.briefs))
			}
			for id, want := range tc.want {
				if got[id] != want {
					t.Errorf("%s: got %q, want %q", id, got[id], want)
				}
			}
		})
	}
}

func TestFormat(t *testing.T) {
	for in, want := range map[string]string{"": "?", "paste": "TEXT", "pdf": "PDF", "html": "HTML"} {
		if got := present.Format(in); got != want {
			t.Errorf("Format(%q) = %q, want %q", in, got, want)
		}
	}
}
