package workspace_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/workspace"
)

// badFiles are workspace files Read must refuse, with the error each gives.
var badFiles = []struct {
	name, content string
	want          error
}{
	{"garbage", "\x00\x01PK not json", workspace.ErrCorrupt},
	{"truncated", `{"version": 1, "briefs": [{"id": "a", "title": "Tr`, workspace.ErrCorrupt},
	{"no version", `{"briefs": []}`, workspace.ErrCorrupt},
	{"version zero", `{"version": 0, "briefs": []}`, workspace.ErrCorrupt},
	{"wrong types", `{"version": 1, "briefs": {"a": 1}}`, workspace.ErrCorrupt},
	{"newer", `{"version": 99, "briefs": [], "future": true}`, workspace.ErrNewer},
}

func TestReadRefusesBadFiles(t *testing.T) {
	for _, tc := range badFiles {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x"+workspace.Ext)
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := workspace.Read(path)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			var we *workspace.Error
			if !errors.As(err, &we) || we.Path != path {
				t.Errorf("error %v does not name the file", err)
			}
			// Saving over it is refused and the file is left as it was.
			if err := workspace.Write(path, workspace.New()); err == nil {
				t.Error("overwrote a file it could not read")
			}
			if got, _ := os.ReadFile(path); string(got) != tc.content {
				t.Error("file changed")
			}
		})
	}
}

func TestWriteAndRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w"+workspace.Ext)
	ws := &workspace.Workspace{
		Briefs: []*brief.Brief{{ID: "a", Title: "Ships", Paragraphs: []brief.Paragraph{{Text: "Yards first."}}}},
		Edits:  compare.Edits{Notes: map[string]string{"t": "note"}},
	}
	if err := workspace.Write(path, ws); err != nil {
		t.Fatal(err)
	}
	ws.Excluded = []string{"a"}
	if err := workspace.Write(path, ws); err != nil { // its own file: replaced
		t.Fatal(err)
	}
	got, err := workspace.Read(path)
	if err != nil || got.Version != workspace.Version || !reflect.DeepEqual(got.Excluded, []string{"a"}) || got.Edits.Notes["t"] != "note" || got.Briefs[0].Title != "Ships" {
		t.Fatalf("got %+v, %v", got, err)
	}
	ents, _ := os.ReadDir(filepath.Dir(path))
	if len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}
}

func TestEncodeEmptyLists(t *testing.T) {
	data, err := workspace.Encode(&workspace.Workspace{})
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "briefs": [],
  "excluded": [],
  "edits": {}
}`
	if string(data) != want {
		t.Errorf("Encode = %s, want %s", data, want)
	}
}

func TestDecodeRepairsIDs(t *testing.T) {
	ws, err := workspace.Decode("x.briefbench", []byte(`{"version": 1, "briefs": [{"title": "Ships"}, null, {"id": "ships", "title": "Ships"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Briefs) != 2 || ws.Briefs[0].ID == "" || ws.Briefs[0].ID == ws.Briefs[1].ID {
		t.Errorf("briefs %+v", ws.Briefs)
	}
}

// FuzzDecode: any bytes give a workspace or an error naming the file,
// never a panic; a workspace read encodes and reads back the same.
func FuzzDecode(f *testing.F) {
	for _, tc := range badFiles {
		f.Add([]byte(tc.content))
	}
	f.Add([]byte(`{"version": 1, "briefs": [{"id": "a", "paragraphs": [{"text": "x"}]}], "excluded": ["a"], "edits": {"moves": [{"brief": "a", "paragraph": 0, "to": "t"}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ws, err := workspace.Decode("f.briefbench", data)
		if err != nil {
			return
		}
		out, err := workspace.Encode(ws)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		again, err := workspace.Decode("f.briefbench", out)
		if err != nil {
			t.Fatalf("re-reading what was written: %v", err)
		}
		if len(again.Briefs) != len(ws.Briefs) {
			t.Errorf("briefs %d, then %d", len(ws.Briefs), len(again.Briefs))
		}
	})
}
