package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleNetInProc = register(&rules.Rule{
	ID:       "rtl/net-in-procedure",
	Title:    "net declared inside a procedural block",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 9.3.1 (block item declarations)", "Verilator: syntax error, unexpected wire"},
	Doc: rules.Doc(
		`reports a wire (or other net) declared inside a begin … end or fork
block of a procedure, a task or a function.`,
		`Blocks in procedural code may declare variables only (IEEE 1800-2017
9.3.1); tools refuse a net there. A local temporary of an always block is a variable.`,
		`always_comb begin
  wire t = a & b;
  y = t | c;
end`,
		`always_comb begin
  logic t;
  t = a & b;
  y = t | c;
end`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			if (n.Kind() == "net_declaration" || netTypeAsType(n)) && procedural(n) {
				report(p, u, firstWord(u, n), "a net cannot be declared in procedural code: declare a variable (logic, reg) instead")
				return false
			}
			return n.Kind() != "preprocessor_directive"
		})
	}
})

var netKeywords = map[string]bool{"wire": true, "tri": true, "wand": true, "wor": true, "triand": true, "trior": true,
	"tri0": true, "tri1": true, "trireg": true, "supply0": true, "supply1": true, "uwire": true}

// netTypeAsType reports a variable declaration whose type is a net keyword: where nets
// are not allowed, the grammar reads `wire t;` as a variable of a type named wire.
func netTypeAsType(n *Node) bool {
	if n.Kind() != "variable_declaration" {
		return false
	}
	t := n.Child("type")
	if t == nil {
		return false
	}
	b := t.Child("base")
	return b != nil && b.Kind() == "type_identifier" && netKeywords[b.Text()]
}
