package compare

import (
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"briefbench/internal/golden"
)

func TestWordDiff(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want []Op
	}{
		{"identical", "Seoul builds ships.", "Seoul builds ships.", []Op{{OpEqual, "Seoul builds ships."}}},
		{"both empty", "", "", []Op{}},
		{
			"one word replaced", "Seoul builds more ships.", "Seoul builds fewer ships.",
			[]Op{{OpEqual, "Seoul builds "}, {OpDelete, "more"}, {OpInsert, "fewer"}, {OpEqual, " ships."}},
		},
		{
			"word inserted", "The yards repair destroyers.", "The yards quickly repair destroyers.",
			[]Op{{OpEqual, "The yards "}, {OpInsert, "quickly "}, {OpEqual, "repair destroyers."}},
		},
		{
			"never splits a word", "deterrence", "determination",
			[]Op{{OpDelete, "deterrence"}, {OpInsert, "determination"}},
		},
		{
			"numbers stay whole", "About 28,500 troops.", "About 27,000 troops.",
			[]Op{{OpEqual, "About "}, {OpDelete, "28,500"}, {OpInsert, "27,000"}, {OpEqual, " troops."}},
		},
		{"from nothing", "", "New text.", []Op{{OpInsert, "New text."}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := WordDiff(c.a, c.b, 0)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("WordDiff\n got %q\nwant %q", got, c.want)
			}
			checkRebuild(t, c.a, c.b, got)
		})
	}
}

// checkRebuild checks that the diff's runs give back both texts.
func checkRebuild(t *testing.T, a, b string, ops []Op) {
	t.Helper()
	var ra, rb strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case OpEqual:
			ra.WriteString(op.Text)
			rb.WriteString(op.Text)
		case OpDelete:
			ra.WriteString(op.Text)
		case OpInsert:
			rb.WriteString(op.Text)
		default:
			t.Fatalf("unknown op %q", op.Kind)
		}
	}
	if ra.String() != a || rb.String() != b {
		t.Errorf("diff does not rebuild the texts:\n%q\n%q", ra.String(), rb.String())
	}
}

func TestWordDiffManyTokens(t *testing.T) {
	// More distinct tokens than runes below the surrogate range, so the
	// mapping must skip U+D800..U+DFFF.
	var a, b strings.Builder
	for i := range 60000 {
		a.WriteString("w" + strconv.Itoa(i) + " ")
		if i%1000 == 7 {
			b.WriteString("changed ")
		} else {
			b.WriteString("w" + strconv.Itoa(i) + " ")
		}
	}
	ops := WordDiff(a.String(), b.String(), 0)
	checkRebuild(t, a.String(), b.String(), ops)
	for i := range 70000 {
		r := tokenRune(i)
		if r >= 0xD800 && r <= 0xDFFF || !utf8.ValidRune(r) || runeIndex(r) != i {
			t.Fatalf("tokenRune(%d) = %U", i, r)
		}
	}
}

func TestWordDiffUnicode(t *testing.T) {
	a := "한미 동맹은 70년이 되었다. Cafés close."
	b := "한미 동맹은 72년이 되었다. Cafés open."
	checkRebuild(t, a, b, WordDiff(a, b, 0))
	bad := "abc\xffdef"
	checkRebuild(t, bad, "abc def", WordDiff(bad, "abc def", 0))
}

func TestWordDiffGolden(t *testing.T) {
	a := "In their joint statement, the two leaders promised to deepen cooperation on shipbuilding and to expand missile defense."
	b := "In their joint statement, the two leaders pledged to expand cooperation on shipbuilding and to strengthen missile defense."
	golden.JSON(t, filepath.Join("testdata", "wording", "diff.golden.json"), WordDiff(a, b, 0))
}

func FuzzWordDiff(f *testing.F) {
	f.Add("Seoul builds more ships.", "Seoul builds fewer ships.")
	f.Add("", "x")
	f.Add("한미 동맹", "한미  동맹!")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkRebuild(t, a, b, WordDiff(a, b, 0))
	})
}

// TestChangedWords counts the words a diff changes (present phrases the
// summary from the count and the diff).
func TestChangedWords(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       int
	}{
		{"a number replaced is one word", "The yards can take 2 destroyers a year.", "The yards can take 4 destroyers a year.", 1},
		{"two words replaced by three", "Seoul should sign the pact soon.", "Seoul should sign the pact before next spring.", 3},
		{"one word inserted", "The yards repair destroyers.", "The yards quickly repair destroyers.", 1},
		{"two words deleted", "The navy badly needs more dry docks.", "The navy needs dry docks.", 2},
		{"two replacements", "Seoul will build 3 ships and repair 5 more.", "Seoul will build 4 ships and repair 6 more.", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := changedWords(WordDiff(c.a, c.b, 0)); got != c.want {
				t.Errorf("changedWords = %d, want %d", got, c.want)
			}
		})
	}
}
