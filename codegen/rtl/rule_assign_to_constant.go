package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleAssignConst = register(&rules.Rule{
	ID:       "rtl/assign-to-constant",
	Title:    "assignment to a parameter or enum member",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 6.20", "iverilog: Could not find variable", "Verilator: Assigning to const"},
	Doc: rules.Doc(
		`reports an assignment — procedural, continuous, or through an output
port connection — whose target is a parameter, a localparam or an enum member.`,
		`Parameters and enum members are constants fixed at elaboration
(IEEE 1800-2017 6.20); they cannot be written at run time, and tools refuse the design.
The code usually meant a register that holds a limit or a state.`,
		`parameter int MAX = 100;
always_ff @(posedge clk) if (v > MAX) MAX = v;`,
		`logic [7:0] max_seen;
always_ff @(posedge clk) if (v > max_seen) max_seen <= v;`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		s := m.sem(u)
		for _, list := range s.Drivers {
			for _, w := range list {
				if w.Kind == AccLoop {
					continue
				}
				d := u.LookupAt(w.Name, w.Id)
				if d == nil {
					continue
				}
				switch d.Kind {
				case KindParam, KindLocal, KindEnumConst, KindTypeParam:
					report(p, u, w.Id, "%s is a %s: a constant cannot be assigned", w.Name, d.Kind)
				}
			}
		}
	}
})
