package importers

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestMisnamedFiles(t *testing.T) {
	text := "A short note saved under the wrong name.\n\nIt has two paragraphs.\n"
	page := "<!DOCTYPE html><html><body><p>A saved page.</p></body></html>"
	for _, tc := range []struct {
		name, file, data string
		want             string // in the error; "" for no MisnamedError
	}{
		{"text named docx", "note.docx", text, "not a DOCX file: it holds plain text; rename it to .txt"},
		{"web page named docx", "page.docx", page, "it holds a web page; rename it to .html"},
		{"text named pdf", "note.pdf", text, "not a PDF file: it holds plain text; rename it to .txt"},
		{"pdf named docx", "x.docx", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "it holds PDF; rename it to .pdf"},
		{"docx named pdf", "x.pdf", "PK\x03\x04\x14\x00\x06\x00", "it holds DOCX; rename it to .docx"},
		{"random bytes named pdf", "x.pdf", "\x00\x9f\x12\xfe\x01binary", ""},
		{"pdf named html", "page.html", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01", "not an HTML file: it holds PDF; rename it to .pdf"},
		{"docx named txt", "note.txt", "PK\x03\x04\x14\x00\x06\x00\x00\x00", "not a text file: it holds DOCX; rename it to .docx"},
		{"random bytes named txt", "x.txt", "\x00\x9f\x12\xfe\x01binary", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Bytes(context.Background(), []byte(tc.data), tc.file)
			if err == nil {
				t.Fatal("imported without error")
			}
			var m *MisnamedError
			if tc.want == "" {
				if errors.As(err, &m) {
					t.Errorf("random bytes called %q", m.Found)
				}
				return
			}
			if !errors.As(err, &m) || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), tc.file+": ") {
				t.Errorf("error %q, want a MisnamedError naming the file and saying %q", err, tc.want)
			}
		})
	}
}
