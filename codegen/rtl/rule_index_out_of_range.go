package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleIndexRange = register(&rules.Rule{
	ID:       "rtl/index-out-of-range",
	Title:    "constant select outside the declared range",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator SELRANGE"},
	Doc: `What it does: reports bit-selects, part-selects and array indices with constant
values outside the declared range of the vector or array. Ranges that depend on an
overridable parameter, and selects inside generate if/case branches, are not judged.

Why is this bad? Reading outside the range gives x in simulation and an arbitrary value
in hardware; writing outside it does nothing. It is almost always an off-by-one or a
width the code forgot to update.

Example:

    logic [7:0] data;
    assign msb = data[8];

Use instead:

    assign msb = data[7];`,
	Check: func(p *rules.Pass) {
		m := p.Model.(*checkModel)
		for _, u := range m.units {
			u.Root.Walk(func(n *Node) bool {
				switch n.Kind {
				case "if_generate", "case_generate", "preprocessor_directive":
					return false
				case "select":
					checkSelect(p, u, n)
				}
				return true
			})
		}
	},
})

// checkSelect judges one select whose base is a declared identifier.
func checkSelect(p *rules.Pass, u *UnitRef, sel *Node) {
	// find the base and how many index selects lie between it and sel
	depth := 0
	base := sel.Child("value")
	for base != nil && base.Kind == "select" {
		if base.Child("index") == nil {
			return // a part-select below: dimensions no longer line up
		}
		base = base.Child("value")
		depth++
	}
	if base == nil || base.Kind != "identifier" {
		return
	}
	d := u.LookupAt(base.Text, base)
	if d == nil || (!d.IsSignal() && d.Kind != KindParam && d.Kind != KindLocal) || d.Iface {
		return
	}
	if d.UserType != "" && depth >= len(d.Unpacked) {
		return
	}
	if depth >= len(d.Dims) {
		return
	}
	dim := d.Dims[depth]
	if !dim.Known() || dim.Msb.ParamDep || dim.Lsb.ParamDep {
		return
	}
	lo, hi, dep, ok := selectBounds(sel, u.Scope())
	if !ok || dep {
		return
	}
	if lo < dim.Lo() || hi > dim.Hi() {
		what := "index"
		if lo != hi {
			what = "range"
		}
		sub := sel.Child("index")
		if sub == nil {
			sub = sel.Child("range")
		}
		if sub == nil {
			sub = sel
		}
		if lo == hi {
			report(p, u, sub, "%s %d is outside %s[%d:%d]", what, lo, d.Name, dim.Msb.V, dim.Lsb.V)
		} else {
			report(p, u, sub, "%s %d:%d is outside %s[%d:%d]", what, hi, lo, d.Name, dim.Msb.V, dim.Lsb.V)
		}
	}
}

// selectBounds evaluates the bits a select covers, and whether they depend on a
// parameter.
func selectBounds(sel *Node, sc Scope) (lo, hi int64, dep, ok bool) {
	if i := sel.Child("index"); i != nil {
		c := Eval(i, sc)
		return c.V, c.V, c.ParamDep, c.OK
	}
	r := sel.Child("range")
	if r == nil {
		return 0, 0, false, false
	}
	if r.Kind == "range" {
		a, b := Eval(r.Child("left"), sc), Eval(r.Child("right"), sc)
		return min(a.V, b.V), max(a.V, b.V), a.ParamDep || b.ParamDep, a.OK && b.OK
	}
	b, w := Eval(r.Child("base"), sc), Eval(r.Child("width"), sc)
	if !b.OK || !w.OK || w.V < 1 {
		return 0, 0, false, false
	}
	if op := r.Child("operator"); op != nil && op.Kind == "-:" {
		return b.V - w.V + 1, b.V, b.ParamDep || w.ParamDep, true
	}
	return b.V, b.V + w.V - 1, b.ParamDep || w.ParamDep, true
}
