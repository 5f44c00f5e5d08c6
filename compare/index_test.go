package compare

import (
	"slices"
	"testing"
)

func testLexicon(t *testing.T) *lexicon {
	t.Helper()
	tax, err := ParseTaxonomy([]byte(`
aliases:
  - [ROK, South Korea, Republic of Korea, Seoul]
  - [RDP, Reciprocal Defense Procurement]
  - [US, U.S., United States]
topics:
  - id: industry
    label: Industry
    terms: [RDP^2, shipyard, SOSA]
    phrases: [burden sharing]
`))
	if err != nil {
		t.Fatal(err)
	}
	return compileLexicon(tax)
}

func TestFeaturize(t *testing.T) {
	lx := testLexicon(t)
	feat := func(key string) int32 {
		id, ok := lx.vocab.ids[key]
		if !ok {
			t.Fatalf("no feature %q", key)
		}
		return id
	}
	cases := []struct {
		name string
		text string
		want []int32 // taxonomy features that must be present
		not  []int32 // ... and absent
	}{
		{"alias by acronym", "The ROK signed.", []int32{feat("=^rok")}, nil},
		{"alias by name", "South Korea signed.", []int32{feat("=^rok")}, nil},
		{"alias by capital", "Officials in Seoul agreed.", []int32{feat("=^rok")}, nil},
		{"expansion meets acronym", "A Reciprocal Defense Procurement deal", []int32{feat("=^rdp")}, nil},
		{"hyphen is a space", "Burden-sharing talks", []int32{feat("p:burden share")}, nil},
		{"acronym must be written as one", "Tell us more about sosa and the us.", nil, []int32{feat("=^us"), feat("p:^sosa")}},
		{"dotted acronym", "The U.S. agreed.", []int32{feat("=^us")}, nil},
		{"written acronym", "SOSA arrangements", []int32{feat("p:^sosa")}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := lx.featurize(tokenize(c.text), nil)
			for _, f := range c.want {
				if b.feats[f] == 0 {
					t.Errorf("%q lacks feature %q (has %v)", c.text, lx.vocab.keys[f], b.feats)
				}
			}
			for _, f := range c.not {
				if b.feats[f] != 0 {
					t.Errorf("%q has feature %q", c.text, lx.vocab.keys[f])
				}
			}
		})
	}
	// The topic profile holds the alias feature for RDP, weight 2.
	if w := lx.topics[0].weight[feat("=^rdp")]; w != 2 {
		t.Errorf("RDP cue weight %v, want 2 on the alias feature", w)
	}
}

func TestInvIndexEdges(t *testing.T) {
	v := func(ids []int32, vals ...float32) vec { return vec{ids: ids, vals: vals} }
	docs := []vec{
		v([]int32{1, 2}, 0.8, 0.6),
		v([]int32{1, 2}, 0.8, 0.6),
		v([]int32{1, 3}, 0.6, 0.8),
		v([]int32{4}, 1),
	}
	got := newInvIndex(docs, []int32{0, 1, 1, 0}).edges(0.1)
	want := []edge{{0, 1, 1}, {0, 2, 0.48}}
	if len(got) != len(want) {
		t.Fatalf("edges = %v, want %v", got, want)
	}
	for i := range want {
		if got[i].a != want[i].a || got[i].b != want[i].b || got[i].sim < want[i].sim-1e-6 || got[i].sim > want[i].sim+1e-6 {
			t.Errorf("edge %d = %v, want %v", i, got[i], want[i])
		}
	}
	// Documents of one group are never paired.
	for _, e := range newInvIndex(docs, []int32{0, 0, 0, 0}).edges(0) {
		t.Errorf("same-group edge %v", e)
	}
	// nil groups pair everything.
	if n := len(newInvIndex(docs, nil).edges(0.1)); n != 3 {
		t.Errorf("%d edges without groups, want 3", n)
	}
}

func TestVecAddDot(t *testing.T) {
	a := vec{ids: []int32{1, 3}, vals: []float32{1, 2}}
	b := vec{ids: []int32{2, 3}, vals: []float32{5, 1}}
	s := a.add(b)
	if !slices.Equal(s.ids, []int32{1, 2, 3}) || !slices.Equal(s.vals, []float32{1, 5, 3}) {
		t.Errorf("add = %v", s)
	}
	if d := a.dot(b); d != 2 {
		t.Errorf("dot = %v", d)
	}
}
