package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleAsyncReset = register(&rules.Rule{
	ID:       "rtl/async-reset-not-in-sensitivity",
	Title:    "asynchronous reset tested but not in the edge list",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"synthesis guidelines (IEEE 1364.1 5.2.2.1)", "Verilator SYNCASYNCNET (related)"},
	Doc: rules.Doc(
		`reports a clocked block whose first "if" tests a reset that is
asynchronous elsewhere (an edge of another block's list, or named like arst/async), or
a block with an extra edge in its list that tests a different signal first.`,
		`Without the reset edge in the list, the register resets only at the
next clock edge: the block is a synchronous reset that the rest of the design treats
as asynchronous, so reset release and reset-while-clock-stopped behave differently
from what the reset scheme assumes.`,
		`always_ff @(posedge clk or negedge rst_n) if (!rst_n) a <= 0; else a <= d;
always_ff @(posedge clk)                 if (!rst_n) b <= 0; else b <= a;`,
		`always_ff @(posedge clk or negedge rst_n) if (!rst_n) b <= 0; else b <= a;`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		async := map[string]bool{}
		for _, pr := range u.Procs {
			if pr.Reset != "" && !pr.ResetSync {
				async[pr.Reset] = true
			}
		}
		for _, pr := range u.Procs {
			if !pr.Seq || pr.ResetIf == nil {
				continue
			}
			if pr.ResetSync && (async[pr.Reset] || looksAsync(pr.Reset)) {
				report(p, u, pr.ResetNode, "%s is an asynchronous reset but this block's edge list lacks it: add %s %s", pr.Reset, edgeFor(pr.ResetLow), pr.Reset)
			}
		}
		// a second edge that the block does not test first
		for _, pr := range u.Procs {
			if !pr.Seq || len(pr.Edges) < 2 || pr.Reset != "" {
				continue
			}
			first := firstStatement(pr.Body)
			if first == nil || first.Kind() != "if_statement" {
				continue
			}
			name, _, node := resetTest(first.Child("condition"))
			if name == "" || !looksLikeReset(name) {
				continue
			}
			report(p, u, node, "the block tests %s first but its edge list has no %s", name, name)
		}
	}
})

func looksAsync(name string) bool {
	l := toLower(name)
	return containsAny(l, "arst", "async", "areset")
}

func edgeFor(low bool) string {
	if low {
		return "negedge"
	}
	return "posedge"
}
