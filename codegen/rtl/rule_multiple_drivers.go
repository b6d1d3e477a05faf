package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleMultiDriven = register(&rules.Rule{
	ID:       "rtl/multiple-drivers",
	Title:    "signal driven from several places",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"Verilator MULTIDRIVEN", "IEEE 1800 9.2.2.2 (always_ff/always_comb single driver)"},
	Doc: rules.Doc(
		`reports a signal (or the same bits of it) driven by more than one
process: two always blocks, an always block and an assign, two assigns, or an instance
output and an assign. Tri-state drivers (a 'z on the right-hand side, or an instance
whose module puts z on its output or never drives it) are left alone, unless an assign
of a constant without a strength drives the same net all the time (it fights the
tri-state driver whenever that one is enabled). Wired nets
(tri, wand, wor, supply), inout ports and wires between instances' inout ports (a shared
bus) are left alone, as are initial blocks,
drivers in mutually exclusive generate or `+"`"+`ifdef branches (also an `+"`"+`ifndef M`+"`"+` beside a
branch the file itself `+"`"+`define`+"`"+`s M in), and drivers in a generate
branch the module's default parameters leave out (separate `+"`"+`if (W == 8)`+"`"+` and
`+"`"+`if (W > 8)`+"`"+` blocks each driving the output: the module as Verilator and yosys
elaborate it on its own has one driver), and drivers under parameter tests that contradict
each other (an assign in `+"`"+`if (!Cfg.ICOUNT)`+"`"+` generate, a flop writing only under
`+"`"+`if (Cfg.ICOUNT)`+"`"+`: a procedural if on parameters alone is decided at elaboration).
Drivers in `+"`"+`ifdef branches of two different macros are a warning (both exist only if
both macros are defined, or one defined and the other not: a tool's `+"`"+`ifdef LINT_STUB`+"`"+`
beside a model's `+"`"+`ifndef SYNTHESIS`+"`"+`), as are drivers in two generate branches whose tests have no value
Gantry can compute (`+"`"+`if (pt.ICCM_ONLY == 1)`+"`"+` beside `+"`"+`if (pt.ICACHE_ONLY == 1)`+"`"+`, members of a
configuration struct: both exist only if both tests hold), and so are two assigns of the same constant to a net (they never
disagree; one is redundant). Writes to a variable
from two plain always blocks are legal Verilog (the last write wins in simulation) but
do not synthesize: that case defaults to a warning; always_ff/always_comb, assigns and
instance outputs are errors.`,
		`Synthesis cannot build two drivers for one wire: it errors, or
shorts them; simulation shows x or whichever block ran last.`,
		`module loadable(input logic clk, load, inc, input logic [7:0] d, output logic [7:0] count);
  always_ff @(posedge clk) if (load) count <= d;
  always_ff @(posedge clk) if (inc)  count <= count + 1;
endmodule`,
		`module loadable(input logic clk, load, inc, input logic [7:0] d, output logic [7:0] count);
  always_ff @(posedge clk)
    if (load)     count <= d;
    else if (inc) count <= count + 1;
endmodule`,
	),
}, checkMultiDriven)

var wiredNets = map[string]bool{"tri": true, "wand": true, "wor": true, "triand": true, "trior": true,
	"tri0": true, "tri1": true, "trireg": true, "supply0": true, "supply1": true}

func checkMultiDriven(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		s := m.sem(u)
		for _, ws := range s.Drivers {
			if len(ws) < 2 {
				continue
			}
			byDecl := map[*Decl][]*Access{}
			for _, w := range ws {
				if w.Kind == AccTask || (w.Proc != nil && (w.Proc.Kind == "initial" || w.Proc.Kind == "final")) {
					continue
				}
				if w.Kind == AccInstance {
					// A wire between instances' inout ports is a shared bus: each side
					// releases it (z) when the other drives it. A ref port shares the
					// variable itself: what the instance writes through it are procedural
					// writes (a program's test_name set by two readports' tasks).
					if dir, _, _ := PortDir(m.ix, w.Conn.Inst, w.Conn.Port, w.Conn.Pos); dir == "inout" || dir == "ref" {
						continue
					}
				}
				d := u.LookupAt(w.Name, w.Id)
				if d == nil || !d.IsSignal() || wiredNets[d.NetType] || d.Iface || builtApart(d, w) {
					continue
				}
				byDecl[d] = append(byDecl[d], w)
			}
			for d, list := range byDecl {
				if len(list) < 2 || tristate(u, list) && !strongConstantDriver(u, list) || tristateInstance(m, list) {
					continue
				}
				// an inout port is a bus others drive too: only a constant assign beside
				// the module's own tri-state driver is a conflict Gantry can tell
				if d.Dir == "inout" && !(tristate(u, list) && strongConstantDriver(u, list)) {
					continue
				}
				// A pair that conflicts in every configuration is reported before one whose
				// drivers need two configuration macros at once.
				for _, apart := range []bool{false, true} {
					if a, b := conflictingDrivers(u, list, apart); a != nil {
						switch {
						case apart:
							m.reportSoft(p, u, b.Expr, "rtl/multiple-drivers", "%s is driven here and at line %d, %s", b.Name, u.line(a.Stmt), apartReason(a.Cond, b.Cond))
						case sameConstant(u, a, b):
							// legal on a net (both drivers agree, it resolves to the value), but one is dead code
							m.reportSoft(p, u, b.Expr, "rtl/multiple-drivers", "%s is driven here and at line %d with the same constant: the net resolves, and one of the assigns is redundant", b.Name, u.line(a.Stmt))
						case plainAlwaysVar(u, a, b):
							// legal Verilog (the last write wins in simulation) that synthesis rejects
							m.reportSoft(p, u, b.Expr, "rtl/multiple-drivers", "%s is written here and in another always block (line %d): simulation lets the last write win, synthesis cannot merge the two", b.Name, u.line(a.Stmt))
						default:
							report(p, u, b.Expr, "%s is driven here and at line %d", b.Name, u.line(a.Stmt))
						}
						break
					}
				}
			}
		}
	}
}

// conflictingDrivers returns the first two writes of list that drive overlapping bits from
// different processes or statements and can be elaborated together: only such pairs whose
// branches need two different macros at once when apart is set, only other pairs when not.
func conflictingDrivers(u *UnitRef, list []*Access, apart bool) (first, second *Access) {
	for i := 1; i < len(list); i++ {
		for j := 0; j < i; j++ {
			a, b := list[j], list[i]
			if sameDriver(a, b) || exclusive(a.Cond, b.Cond) || apartByConfig(a.Cond, b.Cond) != apart {
				continue
			}
			if (a.Partial && a.Range == nil) || (b.Partial && b.Range == nil) || !rangesOverlap(a.Range, b.Range) {
				continue
			}
			return a, b
		}
	}
	return nil, nil
}

// plainAlwaysVar reports two procedural writes to a variable from plain always blocks:
// the language allows them (unlike always_ff/always_comb, IEEE 1800 9.2.2), so the
// finding defaults to a warning.
func plainAlwaysVar(u *UnitRef, a, b *Access) bool {
	if a.Kind != AccProc || b.Kind != AccProc || a.Proc == nil || b.Proc == nil ||
		a.Proc.Kind != "always" || b.Proc.Kind != "always" {
		return false
	}
	d := u.LookupAt(a.Name, a.Id)
	return d != nil && d.IsVar()
}

// sameConstant reports two continuous assigns of the same literal to a net (VeeR ties a
// bus's unused response to '0 twice): the drivers never disagree, so the finding defaults
// to a warning.
func sameConstant(u *UnitRef, a, b *Access) bool {
	if a.Kind != AccAssign || b.Kind != AccAssign {
		return false
	}
	if d := u.LookupAt(a.Name, a.Id); d == nil || d.Kind != KindNet {
		return false
	}
	va, vb := assignedValue(a), assignedValue(b)
	if va == nil || vb == nil || !constantLiteral(va) {
		return false
	}
	return squash(va.SrcString(u.Text)) == squash(vb.SrcString(u.Text))
}

// assignedValue returns the right-hand side a continuous assign gives w's target.
func assignedValue(w *Access) *Node {
	if w.Stmt == nil || w.Stmt.Kind() != "continuous_assign" {
		return nil
	}
	rights := w.Stmt.Children("right")
	for i, l := range w.Stmt.Children("left") {
		if l == w.Expr && i < len(rights) {
			return rights[i]
		}
	}
	return nil
}

// constantLiteral reports a constant written out: a number, '0/'1, or a replication or
// concatenation of them.
func constantLiteral(n *Node) bool {
	switch n.Kind() {
	case "number", "unbased_unsized_literal":
		return true
	case "replication", "concatenation":
		for _, k := range n.Kids() {
			if k.Field() != "count" && !constantLiteral(k) {
				return false
			}
		}
		return n.NumKids() > 0
	}
	return false
}

// sameDriver reports whether two writes belong to one process or statement.
func sameDriver(a, b *Access) bool {
	if a.Proc != nil || b.Proc != nil {
		return a.Proc == b.Proc
	}
	return a.Stmt == b.Stmt
}

// tristate reports whether any of the drivers puts z on the signal.
func tristate(u *UnitRef, ws []*Access) bool {
	for _, w := range ws {
		if w.Kind == AccInstance || w.Kind == AccGate {
			if w.Kind == AccGate {
				return true // bufif/notif and friends
			}
			continue
		}
		txt := w.Stmt.SrcString(u.Text)
		if strings.ContainsAny(txt, "zZ") && hasZLiteral(w.Stmt) {
			return true
		}
	}
	return false
}

// strongConstantDriver reports whether one of the drivers is a continuous assign of a
// constant without z and without a drive strength (`assign bus = '0;`) and another an
// assign that drives z only some of the time (`assign bus = oe ? d : 'z;`): the constant
// drives the net all the time and fights the other whenever it is enabled. A pull written
// with a strength (`assign (weak0, weak1) bus = 1'b1;`) is no such driver, and an assign
// of z alone (`assign bus = 1'bz;`) lets the net go.
func strongConstantDriver(u *UnitRef, ws []*Access) bool {
	strong, switched := false, false
	for _, w := range ws {
		if w.Kind != AccAssign || w.Stmt == nil || w.Stmt.Kind() != "continuous_assign" {
			continue
		}
		rhs := writeValue(w)
		if rhs == nil {
			continue
		}
		constant := Eval(rhs, u.Scope()).OK
		switch z := hasZLiteral(rhs); {
		case !z && constant && w.Stmt.Child("strength") == nil:
			strong = true
		case z && !constant && rhs.Kind() != "number":
			switched = true
		}
	}
	return strong && switched
}

func hasZLiteral(n *Node) bool {
	found := false
	n.Walk(func(k *Node) bool {
		if k.Kind() == "number" && strings.ContainsAny(k.Text(), "zZ?") {
			found = true
		}
		return !found
	})
	return found
}

// tristateInstance reports whether one of the drivers is an instance whose module lets
// go of the output port: drives it with z (`assign tri_out = active ? 1'b0 : 1'bz;`), or
// never drives it at all (a partial-reconfiguration wrapper's personas, only one of which
// drives the shared tdo): such an output puts z on the net, which the other drivers win.
func tristateInstance(m *checkModel, ws []*Access) bool {
	for _, w := range ws {
		if w.Kind != AccInstance || w.Conn == nil {
			continue
		}
		dir, port, mod := PortDir(m.ix, w.Conn.Inst, w.Conn.Port, w.Conn.Pos)
		if dir != "output" || port == nil || mod == nil || mod.Unit == nil {
			continue
		}
		drivers := m.sem(mod).Drivers[port.Name]
		if tristate(mod, drivers) || len(drivers) == 0 && knownBody(mod) {
			return true
		}
	}
	return false
}

// knownBody reports whether Gantry reads all of a module's body: a module (a primitive's
// table drives its output), not a black-box stub (ports only), no `include or macro that
// may write a port.
func knownBody(u *UnitRef) bool {
	if u.Kind != UnitModule || u.Empty || u.HasInclude || u.OpenPorts {
		return false
	}
	found := false
	u.Root.Walk(func(n *Node) bool {
		found = found || n.Kind() == "macro_usage"
		return !found
	})
	return !found
}
