package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCaseDefaults = register(&rules.Rule{
	ID:       "rtl/case-multiple-default",
	Title:    "case statement with more than one default",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 12.5", "Verilator: Multiple default statements in case statement"},
	Doc: rules.Doc(
		`reports a case statement (or case generate) with a second default
item.`,
		`A case may have one default (IEEE 1800-2017 12.5); tools refuse the
second. It usually means two versions of the fallback were merged and one of them was
meant as a specific item.`,
		`module mux3(input logic [1:0] sel, input logic a, b, output logic y);
  always_comb
    case (sel)
      2'd0:    y = a;
      default: y = b;
      default: y = 1'b0;
    endcase
endmodule`,
		`module mux3(input logic [1:0] sel, input logic a, b, output logic y);
  always_comb
    case (sel)
      2'd0:    y = a;
      2'd1:    y = b;
      default: y = 1'b0;
    endcase
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() != "case_statement" && n.Kind() != "case_generate" {
				return n.Kind() != "preprocessor_directive"
			}
			if defs := n.KidsOf("default_case_item"); len(defs) > 1 && !ifdefSplit(u, defs) {
				report(p, u, firstWord(u, defs[1]), "a second default: a case has one default item")
			}
			return true
		})
	}
})

// ifdefSplit reports whether the nodes lie in different `ifdef branches (then at most one
// of them is compiled).
func ifdefSplit(u *UnitRef, nodes []*Node) bool {
	for i := 1; i < len(nodes); i++ {
		if exclusive(ifdefAt(u.ifdef, nodes[0].Start()), ifdefAt(u.ifdef, nodes[i].Start())) {
			return true
		}
	}
	return false
}
