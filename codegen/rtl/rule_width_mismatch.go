package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleWidth = register(&rules.Rule{
	ID:       "rtl/width-mismatch",
	Title:    "wider value assigned to a narrower signal",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator WIDTH (WIDTHTRUNC in Verilator 5)"},
	Doc: rules.Doc(
		`reports assignments whose right side has a clearly known width (a
signal, a constant select, a sized literal, a concatenation or replication of those)
wider than the signal assigned. Unsized literals, arithmetic and parameter-dependent
widths are not judged: they are legal and usually intended.`,
		`The upper bits are silently dropped; the code almost always meant a
wider target or a different slice.`,
		`logic [7:0]  byte_q;
logic [15:0] word;
assign byte_q = word;`,
		`assign byte_q = word[7:0];`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		sc := u.Scope()
		u.Root.Walk(func(n *Node) bool {
			switch n.Kind() {
			case "function_declaration", "task_declaration", "preprocessor_directive":
				return false
			case "continuous_assign":
				lefts, rights := n.Children("left"), n.Children("right")
				for i := range lefts {
					if i < len(rights) {
						checkAssignWidth(p, u, lefts[i], rights[i], sc)
					}
				}
			case "blocking_assignment", "nonblocking_assignment":
				if op := n.Child("operator"); op == nil || op.Kind() == "=" || n.Kind() == "nonblocking_assignment" {
					if n.Field() != "initializer" && n.Field() != "update" {
						checkAssignWidth(p, u, n.Child("left"), n.Child("right"), sc)
					}
				}
			}
			return true
		})
	}
})

func checkAssignWidth(p *rules.Pass, u *UnitRef, l, r *Node, sc Scope) {
	if l == nil || r == nil {
		return
	}
	lw, ldep, ok := u.ExprWidth(l, sc)
	if !ok || ldep {
		return
	}
	rw, rdep, ok := u.ExprWidth(r, sc)
	if !ok || rdep || rw <= lw {
		return
	}
	if r.Kind() == "number" {
		if v, _, known := ParseNumber(r.Text()); known && v >= 0 && lw < 63 && v < 1<<uint(lw) {
			return // 8'd3 into a 4-bit signal: the value fits
		}
	}
	report(p, u, r, "%d-bit value assigned to %d-bit %s: upper bits are lost", rw, lw, headLine(u, l))
}
