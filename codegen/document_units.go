package codegen

import (
	"slices"
	"sort"

	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// DocumentUnits is where a document's units lie and the names each declares. It is kept
// per snapshot and, after an edit, updated from the few units around the edit: the
// suggestion path asks for it on every keystroke, and a scan of a 10,000-line file costs
// more than the whole budget of a request.
type DocumentUnits struct {
	Ranges [][2]int
	names  [][]string       // per unit; nil when the pack lists no names
	byName map[string][]int // name → the units declaring it, in order
}

type unitsKey struct{ scanner UnitScanner }

// UnitsOf returns the units of f's text as us finds them.
func UnitsOf(us UnitScanner, f *syntax.File) *DocumentUnits {
	ns, _ := us.(NameScanner)
	v := f.Derive(unitsKey{us}, func(parent any, e source.Edit, ok bool) any {
		if p, _ := parent.(*DocumentUnits); ok && p != nil {
			if du := p.afterEdit(us, ns, f.Bytes(), e); du != nil {
				return du
			}
		}
		return scanUnits(us, ns, f.Bytes())
	})
	return v.(*DocumentUnits)
}

func scanUnits(us UnitScanner, ns NameScanner, text []byte) *DocumentUnits {
	du := &DocumentUnits{Ranges: us.Units(text)}
	if ns != nil {
		du.names = make([][]string, len(du.Ranges))
		for i, r := range du.Ranges {
			du.names[i] = unitNames(ns, text[r[0]:r[1]])
		}
		du.index()
	}
	return du
}

func (du *DocumentUnits) index() {
	du.byName = map[string][]int{}
	for i, names := range du.names {
		for _, n := range names {
			du.byName[n] = append(du.byName[n], i)
		}
	}
}

// Declares reports whether a unit of the document declares name (lower case).
func (du *DocumentUnits) Declares(name string) bool { return len(du.byName[name]) > 0 }

// afterEdit derives the units of text, made from du's text by e, by scanning again only
// the unit the edit falls in and its neighbours; nil when the edit crosses units or moves
// a boundary (then the whole text is scanned). The neighbours are scanned too because an
// edit can end a unit early or merge it with the next: the scan must find the same
// boundaries around the edited unit, or its answer is not trusted.
func (du *DocumentUnits) afterEdit(us UnitScanner, ns NameScanner, text []byte, e source.Edit) *DocumentUnits {
	n := len(du.Ranges)
	if n == 0 {
		return nil
	}
	i := sort.Search(n, func(i int) bool { return du.Ranges[i][1] > e.StartByte })
	if i == n {
		i = n - 1
	}
	if e.OldEndByte > du.Ranges[i][1] {
		return nil
	}
	delta := e.NewEndByte - e.OldEndByte
	lo, hi := max(i-1, 0), min(i+1, n-1)
	start, end := du.Ranges[lo][0], du.Ranges[hi][1]+delta
	if end > len(text) || start > end {
		return nil
	}
	got := us.Units(text[start:end])
	if len(got) != hi-lo+1 {
		return nil
	}
	for k := 1; k < len(got); k++ {
		want := du.Ranges[lo+k][0]
		if lo+k > i {
			want += delta
		}
		if got[k][0]+start != want {
			return nil
		}
	}
	out := &DocumentUnits{Ranges: make([][2]int, n)}
	copy(out.Ranges, du.Ranges[:lo])
	for k, r := range got {
		out.Ranges[lo+k] = [2]int{r[0] + start, r[1] + start}
	}
	for k := hi + 1; k < n; k++ {
		out.Ranges[k] = [2]int{du.Ranges[k][0] + delta, du.Ranges[k][1] + delta}
	}
	if ns == nil {
		return out
	}
	names := make([][]string, hi-lo+1)
	same := true
	for k := lo; k <= hi; k++ {
		r := out.Ranges[k]
		names[k-lo] = ns.DeclaredNames(text[r[0]:r[1]])
		same = same && slices.Equal(names[k-lo], du.names[k])
	}
	if same {
		// A keystroke rarely changes what a unit declares: the lists and the index are
		// shared (never changed once made).
		out.names, out.byName = du.names, du.byName
		return out
	}
	out.names = slices.Clone(du.names)
	copy(out.names[lo:], names)
	out.index()
	return out
}
