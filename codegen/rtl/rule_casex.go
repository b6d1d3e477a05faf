package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCasex = register(&rules.Rule{
	ID:       "rtl/casex",
	Title:    "casex",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator CASEX"},
	Doc: rules.Doc(
		`reports casex statements.`,
		`casex treats x and z in the selector, not only in the items, as
wildcards: an unknown selector in simulation silently matches the first item, hiding
the bug that produced the x, while the hardware does something else.`,
		`module decode(input logic [3:0] opcode, input logic a, b, output logic y);
  always_comb
    casex (opcode)
      4'b1xxx: y = a;
      default: y = b;
    endcase
endmodule`,
		`module decode(input logic [3:0] opcode, input logic a, b, output logic y);
  always_comb
    casez (opcode)          // or: case (opcode) inside 4'b1???: ...
      4'b1???: y = a;
      default: y = b;
    endcase
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "case_statement" {
				if k := n.Child("kind"); k != nil && k.Kind() == "casex" {
					report(p, u, k, "casex treats x and z in the selector as wildcards; use casez or case … inside")
				}
			}
			return true
		})
	}
})
