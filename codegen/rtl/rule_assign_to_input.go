package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleAssignInput = register(&rules.Rule{
	ID:       "rtl/assign-to-input",
	Title:    "input port driven inside the module",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler (IEEE 1800 23.3.3)", "Verilator ASSIGNIN"},
	Doc: rules.Doc(
		"reports assignments (continuous or procedural) to an input port and input ports connected to an instance's output (an inout may only read it). A write in an `ifdef branch the port does not exist in is none; one in a branch of another macro than the port's (built together only if both are defined) is a warning. A port of a named type without a direction after an input (`input logic clk, axi_if bus`) is an interface port unless the name is a type's.",
		"The parent drives the input; a second driver inside the module is an elaboration error in SystemVerilog and a contention (x) in Verilog.",
		`module gate_en(input logic en, input logic a, output logic y);
  assign en = 1'b1;
  assign y = a & en;
endmodule`,
		`module gate_en(input logic en, input logic a, output logic y);
  logic en_local;
  assign en_local = 1'b1;
  assign y = a & en & en_local;
endmodule`,
		"Drive a local signal, or make the port an output."),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		s := m.sem(u)
		for _, ws := range s.Drivers {
			for _, w := range ws {
				if w.Kind == AccTask {
					continue
				}
				if w.Kind == AccInstance {
					// an inout of the instance (a reset interface's `inout rst_n`) may only read it
					if dir, _, _ := PortDir(m.ix, w.Conn.Inst, w.Conn.Port, w.Conn.Pos); dir == "inout" {
						continue
					}
				}
				d := u.unitSignal(w)
				// A write in a branch the input does not exist in (`ifndef VERILATOR
				// beside the port's `ifdef VERILATOR) writes another declaration.
				switch {
				case d == nil || d.Dir != "input" || exclusive(d.Cond, w.Cond):
				case d.MaybeIface && findTypedef(u.Unit, d.UserType, m.ix) == nil:
					// `input logic clk, axi_if bus`: an interface port (its members are
					// driven), unless the name is a type's
				case apartByMacros(d.Cond, w.Cond):
					// `ifdef RV_BUILD_AXI4 makes it an input port, `ifdef RV_BUILD_AHB_LITE
					// drives it (a local signal then, declared under `ifndef RV_BUILD_AXI4).
					m.reportSoft(p, u, w.Expr, "rtl/assign-to-input", "input %s is driven inside the module, in another `ifdef branch than its port: both are built only if both macros are defined", w.Name)
				default:
					report(p, u, w.Expr, "input %s is driven inside the module", w.Name)
				}
			}
		}
	}
})
