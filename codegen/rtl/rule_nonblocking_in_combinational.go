package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleNonblockingComb = register(&rules.Rule{
	ID:       "rtl/nonblocking-in-combinational",
	Title:    "non-blocking assignment in combinational logic",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator COMBDLY", "Verible always-comb-blocking", "svlint non_blocking_assignment_in_always_comb"},
	Doc: rules.Doc(
		`reports "<=" in always_comb, always @* and always blocks with a
level-sensitive list.`,
		`A non-blocking update is deferred to the end of the time step, so
statements after it in the block read the old value: the block computes something other
than the logic synthesis builds, and needs extra delta cycles to settle.`,
		`always_comb begin
  sum <= a + b;
  carry = sum[8];   // reads the previous sum
end`,
		`always_comb begin
  sum = a + b;
  carry = sum[8];
end`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		for _, w := range u.Writes {
			if w.Proc != nil && w.Proc.Comb && w.Kind == AccProc && !w.Blocking {
				report(p, u, w.Stmt, "non-blocking assignment to %s in combinational logic; use =", w.Name)
			}
		}
	}
})
