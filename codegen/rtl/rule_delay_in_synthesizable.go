package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleDelay = register(&rules.Rule{
	ID:       "rtl/delay-in-synthesizable",
	Title:    "# delay in design code",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator STMTDLY", "Verilator ASSIGNDLY"},
	Doc: rules.Doc(
		`reports "#" delays in modules with ports (design code), outside
initial blocks. Testbenches (modules without ports) are not checked.`,
		`Synthesis ignores delays, so the hardware does not behave like the
simulation that relied on them; a "#1" that hid a race in simulation hides it only
there.`,
		`always @(posedge clk) q <= #1 d;
assign #5 y = a & b;`,
		`always @(posedge clk) q <= d;
assign y = a & b;`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		if !synthesizable(u.Unit) {
			continue
		}
		u.Root.Walk(func(n *Node) bool {
			switch n.Kind() {
			case "initial_construct", "final_construct", "function_declaration", "task_declaration",
				"concurrent_assertion", "immediate_assertion", "preprocessor_directive":
				return false
			case "delay_control":
				if n.Parent() != nil && n.Parent().Kind() == "gate_instantiation" {
					return false
				}
				report(p, u, n, "delay %s is ignored by synthesis", n.Text())
				return false
			}
			return true
		})
	}
})
