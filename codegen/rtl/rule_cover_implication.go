package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCoverImpl = register(&rules.Rule{
	ID:       "rtl/cover-implication",
	Title:    "cover property with an implication",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 16.14.3 (cover)", "SVA guidelines: no implication in cover"},
	Doc: rules.Doc(
		`reports "cover property" whose property is an implication
("a |-> b", "a |=> b").`,
		`An implication holds vacuously whenever its antecedent is false, so
the cover "hits" on every clock where nothing happened; the coverage report shows the
scenario as covered although it never occurred.`,
		`cover property (@(posedge clk) req |=> gnt);`,
		`cover property (@(posedge clk) req ##1 gnt);`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() != "concurrent_assertion" {
				return n.Kind() != "preprocessor_directive"
			}
			if k := keyword(n); k.Text() != "cover" && k.Kind() != "cover" {
				return false
			}
			prop := n.Child("property")
			for prop != nil && (prop.Kind() == "parenthesized_expression" || prop.Kind() == "sequence_paren") && prop.NumKids() == 1 {
				prop = prop.Kid(0)
			}
			if prop == nil {
				return false
			}
			if op := prop.Child("operator"); op != nil && (op.Kind() == "|->" || op.Kind() == "|=>") {
				report(p, u, op, "cover with %s counts vacuous successes (antecedent false) as hits: cover the sequence with ##", op.Kind())
			}
			return false
		})
	}
})
