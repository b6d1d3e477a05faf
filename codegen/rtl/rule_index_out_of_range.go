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
elaborates). A range and an index that both depend on overridable parameters are
judged only when the select lies outside the range whatever the parameters' values
(data[WIDTH] of a logic [WIDTH-1:0] data): it is evaluated with the parameters'
defaults and with larger values, reported only when every evaluation is outside, and
not under an if, a ternary, a case or a generate branch that depends on a parameter;
loop bounds that depend on a parameter are not judged. A continuous assignment to bits that do not exist is an error (simulators
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
		if !w.done[n] && checkSelect(w.p, w.m, w.u, n, sc, inLoop) {
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
// inLoop: sc binds genvars of an unrolled loop, whose values were taken with the
// parameters' defaults.
func checkSelect(p *rules.Pass, m *checkModel, u *UnitRef, sel *Node, sc Scope, inLoop bool) bool {
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
	if !dim.Known() {
		return false
	}
	lo, hi, dep, ok := selectBounds(sel, sc)
	if !ok {
		return false
	}
	if dep || dim.Msb.ParamDep || dim.Lsb.ParamDep {
		// Only the off-by-one on a parameter's own width (data[W] of a [W-1:0] vector),
		// not a select a parameter-dependent condition may keep from elaborating.
		if inLoop || !dep || !(dim.Msb.ParamDep || dim.Lsb.ParamDep) || underParameterCondition(sel, sc) || !outsideForAnyParameters(u, d, depth, sel) {
			return false
		}
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
		if dep || dim.Msb.ParamDep || dim.Lsb.ParamDep {
			msg += " with the parameters' defaults, and with larger values too"
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

// underParameterCondition reports whether sel lies under a condition that depends on a
// parameter or that Gantry cannot evaluate (an if, a ternary, a case, a generate branch):
// such a select may be one the design never reaches with the values that put it outside.
func underParameterCondition(sel *Node, sc Scope) bool {
	for n := sel.Parent(); n != nil; n = n.Parent() {
		switch n.Kind() {
		case "if_statement", "conditional_expression", "if_generate":
			if c := Eval(n.Child("condition"), sc); !c.OK || c.ParamDep {
				return true
			}
		case "case_statement", "case_generate":
			return true
		}
	}
	return false
}

// outsideForAnyParameters reports whether select sel of d's dimension depth lies outside
// that dimension with the unit's parameters at their defaults, all of them larger, and
// each of them alone larger: an index one past a parameter's width stays one past it
// however the design sets the parameters, while a select that only two parameters'
// defaults put outside (a field as wide as its container) moves inside when one changes.
func outsideForAnyParameters(u *UnitRef, d *Decl, depth int, sel *Node) bool {
	var names []string
	for _, prm := range u.Params {
		if c := u.env[prm.Name]; prm.Kind == KindParam && c.OK {
			names = append(names, prm.Name)
		}
	}
	if len(names) == 0 || len(names) > 16 {
		return false
	}
	outside := func(shift func(name string) int64) bool {
		over := map[string]Const{}
		for _, name := range names {
			over[name] = Const{V: u.env[name].V + shift(name), OK: true, ParamDep: true}
		}
		sc := u.ScopeWith(over)
		dim, ok := dimIn(d, depth, sc)
		if !ok {
			return false
		}
		lo, hi, _, ok := selectBounds(sel, sc)
		return ok && (lo < dim.Lo() || hi > dim.Hi())
	}
	for _, all := range []int64{0, 3, 17} {
		if !outside(func(string) int64 { return all }) {
			return false
		}
	}
	for _, one := range names {
		alone := func(name string) int64 {
			if name == one {
				return 17
			}
			return 0
		}
		if !outside(alone) {
			return false
		}
	}
	return true
}

// dimIn evaluates d's dimension depth (unpacked dimensions first, as Decl.Dims) under sc.
func dimIn(d *Decl, depth int, sc Scope) (Dim, bool) {
	var dim Dim
	switch {
	case depth < len(d.Unpacked):
		ud := d.Unpacked[depth]
		if s := ud.Child("size"); s != nil {
			c := Eval(s, sc)
			dim = Dim{Msb: Const{V: 0, OK: c.OK}, Lsb: Const{V: c.V - 1, OK: c.OK}}
		} else {
			dim = Dim{Msb: Eval(ud.Child("msb"), sc), Lsb: Eval(ud.Child("lsb"), sc)}
		}
	case depth-len(d.Unpacked) < len(d.Packed):
		pd := d.Packed[depth-len(d.Unpacked)]
		dim = Dim{Msb: Eval(pd.Child("msb"), sc), Lsb: Eval(pd.Child("lsb"), sc)}
	default:
		return dim, false
	}
	return dim, dim.Known()
}
