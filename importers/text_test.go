package importers

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"briefbench/brief"
)

const accented = "Café talks in Seoul – “ironclad” ties, naïve hopes…"

// decodeCases drive TestDecodeText and seed FuzzText.
var decodeCases = []struct {
	name    string
	data    func() []byte
	want    string
	wantErr error
	note    string // in the notes, "" for none
}{
	{"utf8", func() []byte { return []byte(accented) }, accented, nil, ""},
	{"utf8 bom", func() []byte { return append([]byte{0xEF, 0xBB, 0xBF}, accented...) }, accented, nil, ""},
	{"utf16 le bom", func() []byte {
		b, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(accented))
		return b
	}, accented, nil, ""},
	{"utf16 be bom", func() []byte {
		b, _ := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(accented))
		return b
	}, accented, nil, ""},
	{"utf16 le without bom", func() []byte {
		b, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewEncoder().Bytes([]byte("Plain words about ships"))
		return b
	}, "Plain words about ships", nil, ""},
	{"windows-1252", func() []byte {
		b, _ := charmap.Windows1252.NewEncoder().Bytes([]byte(accented))
		return b
	}, accented, nil, "read as Windows-1252"},
	{"latin-1", func() []byte {
		// Latin-1 and Windows-1252 differ only in 0x80-0x9F, which
		// Latin-1 text does not use; both decode these letters alike.
		b, _ := charmap.ISO8859_1.NewEncoder().Bytes([]byte("Café naïve ships"))
		return b
	}, "Café naïve ships", nil, "not UTF-8"},
	{"binary", func() []byte {
		b := make([]byte, 512)
		for i := range b {
			b[i] = byte(i * 7)
		}
		return b
	}, "", ErrBinary, ""},
	{"nul bytes", func() []byte { return []byte("text\x00\x00\x01\x02 more") }, "", ErrBinary, ""},
	// Issue 13 case 4: UTF-8 with three bad bytes stays UTF-8.
	{"utf8 with three bad bytes", func() []byte {
		return []byte("U.S.\u2013South Korea talks \x80 on shipyards \x97 resumed \u2014 slowly \xff.")
	}, "U.S.\u2013South Korea talks \ufffd on shipyards \ufffd resumed \u2014 slowly \ufffd.", nil, "3 bytes not valid UTF-8 (first at byte 25) left out; the rest read as UTF-8"},
	// A stray NUL in a long text: the text is kept, the NUL named.
	{"one nul in a long text", func() []byte {
		return []byte(strings.Repeat("Allies should pool munitions. ", 10) + "\x00" + strings.Repeat("Costs fall. ", 10))
	}, strings.Repeat("Allies should pool munitions. ", 10) + strings.Repeat("Costs fall. ", 10), nil, "1 NUL byte removed (first at byte 300)"},
}

func TestDecodeText(t *testing.T) {
	for _, tt := range decodeCases {
		t.Run(tt.name, func(t *testing.T) {
			got, notes, err := decodeText(tt.data())
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if joined := strings.Join(notes, "; "); tt.note == "" && joined != "" || !strings.Contains(joined, tt.note) {
				t.Errorf("notes %q, want %q", joined, tt.note)
			}
		})
	}
}

// splitCases drive TestSplitText and seed FuzzText.
var splitCases = []struct {
	name  string
	text  string
	kinds []brief.Kind
	texts []string
}{
	{
		name:  "blank lines",
		text:  "First paragraph\nstill first.\n\nSecond paragraph.\n",
		kinds: []brief.Kind{brief.Body, brief.Body},
		texts: []string{"First paragraph still first.", "Second paragraph."},
	},
	{
		name:  "one paragraph per line",
		text:  "Heading Line\nA whole paragraph on one line ends here.\nAnother paragraph on its own line.\r\n",
		kinds: []brief.Kind{brief.Heading, brief.Body, brief.Body},
		texts: []string{"Heading Line", "A whole paragraph on one line ends here.", "Another paragraph on its own line."},
	},
	{
		name:  "list items",
		text:  "Steps:\n- pool demand\n- certify shells\n1. first\n2) second\n",
		kinds: []brief.Kind{brief.Body, brief.ListItem, brief.ListItem, brief.ListItem, brief.ListItem},
		texts: []string{"Steps:", "pool demand", "certify shells", "first", "second"},
	},
	{
		name:  "markdown heading in text",
		text:  "## Background\n\nText follows here.",
		kinds: []brief.Kind{brief.Heading, brief.Body},
		texts: []string{"Background", "Text follows here."},
	},
	{
		name: "hard wrapped without blank lines",
		text: "The allies should publish a joint list of the components each can\n" +
			"supply in a surge, and align their export-control reviews so that a\n" +
			"part approved in one capital is not blocked in the other one later.\n" +
			"Short last line.\n" +
			"A second paragraph starts here and runs on for a while to fill the\n" +
			"line so that the wrap detector sees many full lines of similar size\n" +
			"and joins them back together into one paragraph of running text.\n" +
			"End.\n",
		kinds: []brief.Kind{brief.Body, brief.Body},
	},
	{
		name: "bullets without markers are a list, not headings",
		text: "Schools first\n\nThe council will publish its plan for every school in the spring of next year.\n\n" +
			"Smaller classes for infants\n\nA reading tutor in every primary\n\nFree meals for all pupils\n\n" +
			"Each of these pledges is paid for by the savings we describe in the next chapter.\n",
		kinds: []brief.Kind{brief.Heading, brief.Body, brief.ListItem, brief.ListItem, brief.ListItem, brief.Body},
	},
	{
		name:  "two short lines in a row stay headings",
		text:  "Part two\n\nSchools\n\nThe council will publish its plan for every school in the spring of next year.\n",
		kinds: []brief.Kind{brief.Heading, brief.Heading, brief.Body},
	},
	{
		name:  "front matter run at the top stays",
		text:  "Funding the Classroom\n\nAda Marsh\n\nPolicy Fellow, Ashgrove Institute\n\nThe council will publish its plan for every school in the spring of next year.\n",
		kinds: []brief.Kind{brief.Heading, brief.Heading, brief.Heading, brief.Body},
	},
	{
		name:  "lone bullet kept for the cleaner",
		text:  "-\nText line one.",
		kinds: []brief.Kind{brief.Body, brief.Body},
		texts: []string{"-", "Text line one."},
	},
}

func TestSplitText(t *testing.T) {
	for _, tt := range splitCases {
		t.Run(tt.name, func(t *testing.T) {
			bs := splitText(tt.text)
			var kinds []brief.Kind
			var texts []string
			for _, b := range bs {
				kinds = append(kinds, b.Kind)
				texts = append(texts, b.Text)
				// Offsets point at the block in the decoded text.
				first := strings.Fields(b.Text)[0]
				if b.Start < 0 || b.End > len(tt.text) || !strings.Contains(tt.text[b.Start:b.End], first) {
					t.Errorf("block %q: offsets %d..%d do not cover it", b.Text, b.Start, b.End)
				}
			}
			if !slices.Equal(kinds, tt.kinds) {
				t.Errorf("kinds = %q, want %q", kinds, tt.kinds)
			}
			if tt.texts != nil && !slices.Equal(texts, tt.texts) {
				t.Errorf("texts = %q, want %q", texts, tt.texts)
			}
		})
	}
}

// textFixtures are the plain-text fixtures with what each must yield; the
// whole result is also compared with the golden JSON next to the fixture.
var textFixtures = []struct {
	file                 string
	title, subtitle, org string
	authors              []string
	published            string
	dropped              map[brief.Reason]int // at least this many per reason
	absent, present      []string             // fragments not in / in the kept text
}{
	{
		file: "blank-lines.txt", title: "Building Ships Together: A Defense-Industrial Agenda for Washington and Seoul",
		subtitle: "How co-production can ease American shipyard bottlenecks", org: "Meridian Institute for Security Studies",
		authors: []string{"Jane Doe", "Min-jun Park"}, published: "2025-10-02",
		dropped: map[brief.Reason]int{
			brief.Navigation: 3, brief.Dateline: 1, brief.Byline: 1, brief.StrayMark: 1, brief.PullQuote: 1,
			brief.PhotoCredit: 1, brief.RelatedLinks: 2, brief.AuthorBio: 1, brief.FootnoteList: 3,
			brief.OtherLanguage: 1, brief.Disclaimer: 1,
		},
		absent:  []string{"hulls.1", "soil.2", "secret.3", "ALLIANCE NOTES", "Topics:", "Getty", "Return to"},
		present: []string{"2.8 percent", "$1.5 billion", "The F-35 program", "for 2026"},
	},
	{
		file: "one-per-line.txt", title: "Sensors, Shells and Supply Chains: Next Steps for Allied Munitions Production",
		org: "Korea Institute for Defense Analyses", authors: []string{"Soo-ah Lee"}, published: "2025-11-19",
		dropped: map[brief.Reason]int{brief.PullQuote: 1, brief.Promotion: 1, brief.RelatedLinks: 3, brief.OtherLanguage: 1},
		absent:  []string{"needed.1", "2023.2", "Export Boom"},
		present: []string{"in 2023."},
	},
	{
		file: "hard-wrapped.txt", title: "Securing the Arsenal of Allies", org: "Hanbit Center for Alliance Studies",
		dropped: map[brief.Reason]int{brief.Navigation: 1, brief.Disclaimer: 1},
		present: []string{"one-way street. American primes"},
	},
	{
		file: "no-title.txt", org: "한빛안보연구원",
		dropped: map[brief.Reason]int{brief.OtherLanguage: 1},
	},
}

func TestTextFixtures(t *testing.T) {
	for _, tt := range textFixtures {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "txt", tt.file)
			b, err := File(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			checkFixture(t, b, tt.title, tt.subtitle, tt.org, tt.published, tt.authors, tt.dropped, tt.absent, tt.present)
			checkGolden(t, strings.TrimSuffix(path, ".txt")+".golden.json", b)
		})
	}
}

// checkFixture checks the metadata and the clutter of one imported fixture.
func checkFixture(t *testing.T, b *brief.Brief, title, subtitle, org, published string, authors []string, dropped map[brief.Reason]int, absent, present []string) {
	t.Helper()
	if b.Title != title || b.Subtitle != subtitle {
		t.Errorf("title %q / %q, want %q / %q", b.Title, b.Subtitle, title, subtitle)
	}
	if b.Organization != org || b.Published != published {
		t.Errorf("organization %q, published %q; want %q, %q", b.Organization, b.Published, org, published)
	}
	if !slices.Equal(b.Authors, authors) && (len(authors) > 0 || len(b.Authors) > 0) {
		t.Errorf("authors %q, want %q", b.Authors, authors)
	}
	if b.Language != "en" {
		t.Errorf("language %q, want en", b.Language)
	}
	r := reasons(b)
	for reason, n := range dropped {
		if len(r[reason]) < n {
			t.Errorf("dropped as %s: %q, want at least %d", reason, r[reason], n)
		}
	}
	kept := keptText(b)
	for _, s := range absent {
		if strings.Contains(kept, s) {
			t.Errorf("kept text still holds %q", s)
		}
	}
	for _, s := range present {
		if !strings.Contains(kept, s) {
			t.Errorf("kept text lost %q", s)
		}
	}
	for i, d := range b.Dropped {
		if d.After < -1 || d.After >= len(b.Paragraphs) {
			t.Errorf("dropped %d: after = %d out of range", i, d.After)
		}
	}
}

// TestBadInput checks that each bad file gives a one-line error naming the
// file and the problem, and that a batch goes on past it.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Korean yards repaired three American ships last year.\n"))
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: the size check must refuse it without reading 100 MB.
	if err := f.Truncate(MaxBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	garbage := make([]byte, 2048)
	for i := range garbage {
		garbage[i] = byte((i*131 + 17) % 256)
	}
	tests := []struct {
		name string
		path string
		want error
	}{
		{"unknown extension", write("brief.rtf", []byte("{\\rtf1 text}")), ErrUnknownFormat},
		{"empty txt", write("empty.txt", nil), ErrEmpty},
		{"blank md", write("blank.md", []byte(" \n\n\t")), ErrEmpty},
		{"empty html", write("empty.html", nil), ErrEmpty},
		{"binary with txt extension", write("garbage.txt", garbage), ErrBinary},
		{"binary with md extension", write("garbage.md", garbage), ErrBinary},
		{"binary with html extension", write("garbage.html", append([]byte("<html>"), garbage...)), ErrBinary},
		{"over 100 MB", big, ErrTooLarge},
		{"markup only", write("tags.html", []byte("<html><body><div></div></body></html>")), ErrNoText},
		{"unreadable path", filepath.Join(dir, "missing.txt"), os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := File(context.Background(), tt.path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			msg := err.Error()
			if !strings.Contains(msg, filepath.Base(tt.path)) || strings.Contains(msg, "\n") {
				t.Errorf("error %q must be one line naming the file", msg)
			}
		})
	}
	t.Run("batch goes on", func(t *testing.T) {
		var paths []string
		for _, tt := range tests {
			paths = append(paths, tt.path)
		}
		paths = append(paths, good)
		briefs, errs := Paths(context.Background(), paths, nil, nil)
		if len(briefs) != 1 || len(errs) != len(tests) {
			t.Fatalf("%d briefs and %d errors, want 1 and %d", len(briefs), len(errs), len(tests))
		}
	})
}

func TestPastedText(t *testing.T) {
	b, err := Text(context.Background(), "Author: [Jane Doe](#)\n\nKorean yards repaired three American ships last year.\n", "pasted")
	if err != nil {
		t.Fatal(err)
	}
	if b.Source.Format != "paste" || !slices.Equal(b.Authors, []string{"Jane Doe"}) || len(b.Paragraphs) != 1 {
		t.Errorf("format %q, authors %q, %d paragraphs", b.Source.Format, b.Authors, len(b.Paragraphs))
	}
}
