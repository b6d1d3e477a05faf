package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleSensitivity = register(&rules.Rule{
	ID:       "rtl/incomplete-sensitivity",
	Title:    "explicit sensitivity list misses a signal the block reads",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"simulation/synthesis mismatch (IEEE 1364.1 5.2.2)", "svlint level_sensitive_always"},
	Doc: rules.Doc(
		`for "always @(a or b)" blocks without edges, reports module signals
the block reads that are not in the list (signals the block assigned before reading
them are its own values and need not be listed).`,
		`Simulation re-runs the block only when a listed signal changes;
synthesis builds logic that reacts to all inputs. The two disagree, and the bug shows
only on silicon or in gate-level simulation.`,
		`module and3(input a, b, c, output reg y);
  always @(a or b)
    y = a & b & c;
endmodule`,
		`module and3(input a, b, c, output reg y);
  always @*              // or, in SystemVerilog: always_comb
    y = a & b & c;
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		for _, pr := range u.Procs {
			if pr.Kind != "always" || pr.Star || len(pr.Edges) > 0 || len(pr.List) == 0 {
				continue
			}
			listed := map[string]bool{}
			for _, s := range pr.List {
				listed[s] = true
			}
			var missing []string
			seen := map[string]bool{}
			for _, r := range u.Reads {
				if r.Proc != pr || listed[r.Name] || seen[r.Name] || contains(pr.Control, r.Id) {
					continue
				}
				d := u.unitSignal(r)
				if d == nil || assignedBefore(u.Unit, pr, r.Id) {
					continue
				}
				seen[r.Name] = true
				missing = append(missing, r.Name)
			}
			if len(missing) > 0 {
				report(p, u, pr.Control, "sensitivity list misses %s (use always @* or always_comb)", strings.Join(missing, ", "))
			}
		}
	}
})
