package codegen

import (
	"slices"
	"testing"
)

func TestSiblingViewNearest(t *testing.T) {
	units := []int{1, 4, 5, 9, 20}
	for _, c := range []struct {
		self, n int
		want    []int
	}{
		{5, 2, []int{4, 1}}, {0, 2, []int{1, 4}}, {20, 3, []int{9, 5, 4}}, {7, 2, []int{5, 9}}, {4, 9, []int{5, 1, 9, 20}},
	} {
		v := &siblingView{self: c.self}
		if got := v.nearest(units, c.n); !slices.Equal(got, c.want) {
			t.Errorf("nearest to %d (%d): %v, want %v", c.self, c.n, got, c.want)
		}
	}
}
