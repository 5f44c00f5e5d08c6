package compare

import (
	"reflect"
	"testing"
)

func TestAlignRows(t *testing.T) {
	v := func(ids ...int32) vec {
		out := vec{ids: ids}
		for range ids {
			out.vals = append(out.vals, 1/float32(len(ids)))
		}
		t.Helper()
		var n float32
		for _, x := range out.vals {
			n += x * x
		}
		for i := range out.vals {
			out.vals[i] /= float32(sqrt32(n))
		}
		return out
	}
	cases := []struct {
		name  string
		docs  []vec
		group []int32
		want  [][]int32
	}{
		{"pairs the similar", []vec{v(1, 2), v(3, 4), v(1, 2), v(3, 4, 5)}, []int32{0, 0, 1, 1}, [][]int32{{0, 2}, {1, 3}}},
		{"one passage per brief", []vec{v(1, 2), v(1, 2), v(1, 2)}, []int32{0, 1, 1}, [][]int32{{0, 1}, {2}}},
		{"silent brief", []vec{v(1), v(9), v(1)}, []int32{0, 1, 2}, [][]int32{{0, 2}, {1}}},
		{"duplicates dealt into rows", []vec{v(1, 2), v(1, 2), v(1, 2), v(1, 2)}, []int32{0, 0, 1, 1}, [][]int32{{0, 2}, {1, 3}}},
		{"dissimilar stay apart", []vec{v(1), v(2)}, []int32{0, 1}, [][]int32{{0}, {1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := alignRows(c.docs, c.group, 1); !reflect.DeepEqual(got, c.want) {
				t.Errorf("alignRows = %v, want %v", got, c.want)
			}
		})
	}
}

func sqrt32(x float32) float32 {
	r := x
	for range 30 {
		r = (r + x/r) / 2
	}
	return r
}
