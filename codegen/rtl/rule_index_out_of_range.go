package rtl

import (
	"fmt"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleIndexRange = register(&rules.Rule{
	ID:       "rtl/index-out-of-range",
	Title:    "constant select outside the declared range",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator SELRANGE", "iverilog: Index is out of range", "IEEE 1800-2017 7.4.6, 11.5.1, 27.4"},
	Doc: rules.Doc(
		`reports bit-selects, part-selects and array indices with constant
values outside the declared range of the vector or array. Generate loops are unrolled:
a select that uses the genvar is judged for every value the loop gives it (generate
if/case branches and ternaries that test the genvar are followed into the branch that
elaborates). Ranges and loop bounds that depend on an overridable parameter are not
judged. A continuous assignment to bits that do not exist is an error (simulators
refuse to elaborate it); a read outside the range (x) and a procedural write (dropped)
default to a warning.`,
		`Reading outside the range gives x in simulation and an arbitrary value
in hardware; writing outside it does nothing, and driving a net bit that does not exist
stops elaboration. It is almost always an off-by-one or a width the code forgot to
update — typically a carry chain whose last stage indexes one bit past the vector.`,
		`logic [7:0] data;
assign msb = data[8];

wire [6:0] carry;
for (genvar i = 0; i < 8; i++) begin : g_fa
  assign carry[i] = a[i] & b[i];   // carry[7] does not exist
end`,
		`assign msb = data[7];

wire [7:0] carry;`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		w := &selectWalker{p: p, m: m, u: u, done: map[*Node]bool{}, budget: maxGenIterations}
		w.walk(u.Root, u.Scope(), false)
	}
})

// selectWalker visits the selects of a unit; generate loops are unrolled, and inside them
// generate if/case branches, if statements and ternaries whose condition is a constant
// are followed into the branch elaboration takes only.
type selectWalker struct {
	p      *rules.Pass
	m      *checkModel
	u      *UnitRef
	done   map[*Node]bool // selects already reported (one finding per select)
	budget int            // iterations left for the unit's loop nests
}

func (w *selectWalker) walk(n *Node, sc Scope, inLoop bool) {
	if n == nil {
		return
	}
	switch n.Kind() {
	case "preprocessor_directive":
		return
	case "if_generate", "if_statement", "conditional_expression":
		c := Eval(n.Child("condition"), sc)
		if c.OK && !c.ParamDep && (inLoop || n.Kind() != "if_generate") {
			w.walk(n.Child("condition"), sc, inLoop)
			if c.V != 0 {
				w.walk(n.Child("consequence"), sc, inLoop)
			} else {
				w.walk(n.Child("alternative"), sc, inLoop)
			}
			return
		}
		if n.Kind() == "if_generate" {
			return // which branch elaborates depends on parameters
		}
	case "case_generate":
		if inLoop {
			w.walk(chosenCase(n, sc), sc, inLoop)
		}
		return
	case "loop_generate":
		name, vals, dep, ok := genLoopValues(n, sc)
		body := n.Child("body")
		if !ok || len(vals) > w.budget {
			w.walk(body, sc, inLoop) // selects that do not use the genvar are still judged
			return
		}
		w.budget -= len(vals)
		for _, v := range vals {
			w.walk(body, withGenvar(sc, name, Const{V: v, OK: true, ParamDep: dep}), true)
		}
		return
	case "select":
		if !w.done[n] && checkSelect(w.p, w.m, w.u, n, sc) {
			w.done[n] = true
		}
	}
	for _, k := range n.Kids() {
		w.walk(k, sc, inLoop)
	}
}

// chosenCase returns the body of the case_generate item whose pattern equals the value,
// or of the default item; nil when it does not evaluate.
func chosenCase(n *Node, sc Scope) *Node {
	v := Eval(n.Child("value"), sc)
	if !v.OK || v.ParamDep {
		return nil
	}
	var def *Node
	for _, it := range n.Kids() {
		switch it.Kind() {
		case "default_case_item":
			def = it.Child("body")
		case "case_item":
			for _, pt := range it.Children("pattern") {
				c := Eval(pt, sc)
				if !c.OK || c.ParamDep {
					return nil
				}
				if c.V == v.V {
					return it.Child("body")
				}
			}
		}
	}
	return def
}

// checkSelect judges one select whose base is a declared identifier under sc, and
// reports whether it raised a finding. A continuous assignment to bits that all lie
// outside the vector is an error (simulators refuse to elaborate it); a read outside the
// range gives x and a procedural write is dropped — legal, so those default to a warning.
func checkSelect(p *rules.Pass, m *checkModel, u *UnitRef, sel *Node, sc Scope) bool {
	// find the base and how many index selects lie between it and sel
	depth := 0
	base := sel.Child("value")
	for base != nil && base.Kind() == "select" {
		if base.Child("index") == nil {
			return false // a part-select below: dimensions no longer line up
		}
		base = base.Child("value")
		depth++
	}
	if base == nil || base.Kind() != "identifier" {
		return false
	}
	d := u.LookupAt(base.Text(), base)
	if d == nil || (!d.IsSignal() && d.Kind != KindParam && d.Kind != KindLocal) || d.Iface {
		return false
	}
	if d.UserType != "" && depth >= len(d.Unpacked) {
		return false
	}
	if depth >= len(d.Dims) {
		return false
	}
	dim := d.Dims[depth]
	if !dim.Known() || dim.Msb.ParamDep || dim.Lsb.ParamDep {
		return false
	}
	lo, hi, dep, ok := selectBounds(sel, sc)
	if !ok || dep {
		return false
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
		msg := fmt.Sprintf("%s %d is outside %s[%d:%d]", what, lo, d.Name, dim.Msb.V, dim.Lsb.V)
		if lo != hi {
			msg = fmt.Sprintf("%s %d:%d is outside %s[%d:%d]", what, hi, lo, d.Name, dim.Msb.V, dim.Lsb.V)
		}
		if continuousTarget(sel) && (lo > dim.Hi() || hi < dim.Lo()) {
			report(p, u, sub, "%s", msg)
		} else {
			m.reportSoft(p, u, sub, "rtl/index-out-of-range", "%s", msg)
		}
		return true
	}
	return false
}

// continuousTarget reports whether sel is (part of) the target of a continuous assignment.
func continuousTarget(sel *Node) bool {
	for c, p := sel, sel.Parent(); p != nil; c, p = p, p.Parent() {
		switch p.Kind() {
		case "select", "concatenation", "member_access":
			if p.Kind() == "select" && c.Field() != "value" {
				return false // an index expression of another select
			}
			continue
		case "continuous_assign":
			return c.Field() == "left"
		}
		return false
	}
	return false
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
	if r.Kind() == "range" {
		a, b := Eval(r.Child("left"), sc), Eval(r.Child("right"), sc)
		return min(a.V, b.V), max(a.V, b.V), a.ParamDep || b.ParamDep, a.OK && b.OK
	}
	b, w := Eval(r.Child("base"), sc), Eval(r.Child("width"), sc)
	if !b.OK || !w.OK || w.V < 1 {
		return 0, 0, false, false
	}
	if op := r.Child("operator"); op != nil && op.Kind() == "-:" {
		return b.V - w.V + 1, b.V, b.ParamDep || w.ParamDep, true
	}
	return b.V, b.V + w.V - 1, b.ParamDep || w.ParamDep, true
}
