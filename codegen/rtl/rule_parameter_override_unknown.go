package rtl

import (
	"github.com/gantry-dev/gantry/codegen/editdist"
	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleParamOverride = register(&rules.Rule{
	ID:       "rtl/parameter-override-unknown",
	Title:    "override of a parameter the module lacks",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator PINNOTFOUND (parameter)", "compiler"},
	Doc: rules.Doc(
		`for instances of modules the workspace defines, reports "#(.P(…))"
naming a parameter the module does not have, an override of a localparam, and more
positional overrides than the module has parameters. A parameter list that holds a macro use
or an `+"`"+`include has more parameters than its text shows: names it lacks are not judged. An
instance of a module that more than 16 files of one folder define, all as near the checked
file, is not judged either: which of them is compiled with it is not known.`,
		`It is an elaboration error; when a tool only warns, the module keeps
its default, so the instance is not the size the code says.`,
		`module fifo #(parameter int DEPTH = 16, parameter int WIDTH = 8)
  (input logic clk, input logic [WIDTH-1:0] din, output logic [WIDTH-1:0] dout);
  logic [WIDTH-1:0] mem [DEPTH];
  always_ff @(posedge clk) begin
    mem[0] <= din;
    dout <= mem[DEPTH-1];
  end
endmodule
module top(input logic clk, input logic [15:0] din, output logic [15:0] dout);
  fifo #(.DEPTH(64), .WIDHT(16)) u_fifo (.clk(clk), .din(din), .dout(dout));
endmodule`,
		`module fifo #(parameter int DEPTH = 16, parameter int WIDTH = 8)
  (input logic clk, input logic [WIDTH-1:0] din, output logic [WIDTH-1:0] dout);
  logic [WIDTH-1:0] mem [DEPTH];
  always_ff @(posedge clk) begin
    mem[0] <= din;
    dout <= mem[DEPTH-1];
  end
endmodule
module top(input logic clk, input logic [15:0] din, output logic [15:0] dout);
  fifo #(.DEPTH(64), .WIDTH(16)) u_fifo (.clk(clk), .din(din), .dout(dout));
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		seen := map[*Node]bool{}
		for _, inst := range u.Instances {
			if len(inst.Params) == 0 || seen[inst.Node] {
				continue
			}
			seen[inst.Node] = true
			defs := m.ix.Lookup(inst.Module)
			if len(defs) == 0 || (defs[0].Kind != UnitModule && defs[0].Kind != UnitInterface) || m.ix.variants(inst.Module) {
				continue
			}
			mod := defs[0]
			overridable := 0
			for _, d := range mod.Params {
				if d.Kind == KindParam || d.Kind == KindTypeParam {
					overridable++
				}
			}
			for i, pc := range inst.Params {
				nm := pc.Child("name")
				if mod.OpenParams || nm != nil && nm.Kind() == "macro_usage" {
					continue // the list holds more than its text shows, or a macro spells the name
				}
				if nm == nil {
					if i >= overridable {
						report(p, u, pc, "%s has %d overridable parameters; this is override %d", inst.Module, overridable, i+1)
					}
					continue
				}
				d := paramOf(defs, nm.Text())
				switch {
				case d == nil:
					report(p, u, nm, "%s has no parameter %s%s", inst.Module, nm.Text(), suggestParam(nm.Text(), mod))
				case d.Kind == KindLocal:
					report(p, u, nm, "%s is a localparam of %s and cannot be overridden", nm.Text(), inst.Module)
				}
			}
		}
	}
})

func paramOf(defs []*UnitRef, name string) *Decl {
	var found *Decl
	for _, d := range defs {
		if p := d.Param(name); p != nil {
			if p.Kind != KindLocal {
				return p
			}
			found = p
		}
	}
	return found
}

func suggestParam(name string, mod *UnitRef) string {
	best, bestD := "", 3
	for _, p := range mod.Params {
		if p.Kind == KindLocal {
			continue
		}
		if d := editdist.Distance(name, p.Name); d < bestD {
			best, bestD = p.Name, d
		}
	}
	if best == "" {
		return ""
	}
	return " (did you mean " + best + "?)"
}
