package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleContVar = register(&rules.Rule{
	ID:       "rtl/continuous-assign-to-variable",
	Title:    "continuous assignment to a variable where the language forbids it",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler (IEEE 1364 6.1, IEEE 1800 10.3.2)"},
	Doc: rules.Doc(
		`reports "assign" to a reg/integer in Verilog-2005 files (.v without SystemVerilog constructs), and, in SystemVerilog, "assign" to a variable that something else also drives (a procedure, another assign, an instance output). A second driver in an `+"`"+`ifdef branch of another macro (built together only if both are defined), or in another generate branch whose test has no value Gantry can compute (built together only if both tests hold), makes it a warning.`,
		"Verilog-2005 allows continuous assignment to nets only. SystemVerilog allows it to a variable only when that assign is the variable's single driver. Tools that compile .v files as SystemVerilog accept a sole assign to a reg, so in Verilog-2005 that case defaults to a warning; an assign to a variable that is also driven elsewhere is an error in both languages.",
		`module and2(a, b, y);
  input a, b;
  output y;
  reg y;
  assign y = a & b;
endmodule`,
		`module and2(a, b, y);
  input a, b;
  output y;
  wire y;
  assign y = a & b;
endmodule`,
		"The example is Verilog-2005 (a .v file)."),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		s := m.sem(u)
		v2005 := m.verilog2005(u)
		for _, w := range u.Writes {
			if w.Kind != AccAssign || w.Stmt.Kind() != "continuous_assign" {
				continue
			}
			d := u.LookupAt(w.Name, w.Id)
			if d == nil || d.Kind != KindVar || builtApart(d, w) {
				continue
			}
			other := false
			for _, o := range s.Drivers[w.Name] {
				if o.Stmt != w.Stmt && !exclusive(o.Cond, w.Cond) && !apartByConfig(o.Cond, w.Cond) && u.LookupAt(o.Name, o.Id) == d {
					other = true
				}
			}
			if v2005 {
				msg := "%s is a variable (%s): Verilog-2005 allows assign to nets only; declare it as wire"
				if other {
					report(p, u, w.Expr, msg, w.Name, baseType(d.TypeText))
				} else {
					// SystemVerilog compilers (and most Verilog tools) accept a sole driver
					m.reportSoft(p, u, w.Expr, "rtl/continuous-assign-to-variable", msg, w.Name, baseType(d.TypeText))
				}
				continue
			}
			var hard, soft *Access // soft: a driver in a branch that needs another macro at once
			for _, o := range s.Drivers[w.Name] {
				if o.Stmt == w.Stmt || exclusive(o.Cond, w.Cond) || (o.Partial && w.Partial && !rangesOverlapKnown(o, w)) {
					continue
				}
				if u.LookupAt(o.Name, o.Id) != d {
					continue
				}
				if !apartByConfig(o.Cond, w.Cond) {
					hard = o
					break
				}
				if soft == nil {
					soft = o
				}
			}
			switch {
			case hard != nil:
				report(p, u, w.Expr, "variable %s is assigned continuously and also driven at line %d", w.Name, u.line(hard.Stmt))
			case soft != nil:
				m.reportSoft(p, u, w.Expr, "rtl/continuous-assign-to-variable", "variable %s is assigned continuously and also driven at line %d, %s", w.Name, u.line(soft.Stmt), apartReason(soft.Cond, w.Cond))
			}
		}
	}
})

// builtApart reports whether the write w lies in a conditional branch no build with the
// declaration d takes: `ifdef BURST output reg [1:0] bte; `else output [1:0] bte; `endif
// then `ifndef BURST assign bte = 0; `endif (OpenCores' ethmac). Gantry reads only a
// conditional's first branch, so the declaration that build has (the net in the `else) is
// not in the model, and d says nothing about what w drives.
// Only the macros part them: a generate branch the default parameters leave out is
// judged by exclusive where the drivers are paired.
func builtApart(d *Decl, w *Access) bool {
	for _, x := range d.Cond {
		for _, y := range w.Cond {
			if x.defined != 0 && x.macro == y.macro && x.defined == -y.defined {
				return true
			}
		}
	}
	return false
}

// rangesOverlapKnown reports whether two partial writes provably overlap.
func rangesOverlapKnown(a, b *Access) bool {
	return a.Range != nil && b.Range != nil && rangesOverlap(a.Range, b.Range)
}
