package compare

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string // stems of content words
	}{
		{"hyphen splits", "self-reliance", []string{"self", "relianc"}},
		{"acronym periods", "The U.S. and the ROK", []string{"us", "rok"}},
		{"numbers kept", "2.8 percent of GDP in 2027", []string{"2.8", "percent", "gdp", "2027"}},
		{"possessive", "Seoul's shipyards", []string{"seoul", "shipyard"}},
		{"curly apostrophe", "Korea’s industry", []string{"korea", "industri"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := stems(c.in); !reflect.DeepEqual(got, c.want) {
				t.Errorf("stems(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	if tk := tokenize("MRO work"); !tk[0].Upper || tk[1].Upper {
		t.Errorf("acronym flag wrong: %+v", tk)
	}
}
