package rtl

import (
	"fmt"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleGenvarProcLoop = register(&rules.Rule{
	ID:       "rtl/genvar-in-procedural-loop",
	Title:    "genvar used as the variable of a procedural for loop",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 27.4", "Verilator: Genvar not legal in non-generate for", "iverilog: register unknown"},
	Doc: rules.Doc(
		`reports a genvar assigned inside a procedure — as the variable of a
for loop in an always, initial or final block, a task or a function, or by a plain
assignment there.`,
		`A genvar exists only while generate loops are elaborated (IEEE
1800-2017 27.4); it is not a variable and a procedural for loop cannot step it.
Simulators and synthesis tools refuse the design ("Genvar not legal in non-generate
for", "register i unknown").`,
		`genvar i;
always @(posedge clk)
  for (i = 0; i < 8; i = i + 1) q[i] <= d[i];`,
		`always @(posedge clk)
  for (int i = 0; i < 8; i++) q[i] <= d[i];`,
		`(or "integer i;" in Verilog-2005, or a generate loop outside the always block).`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		reported := map[string]bool{} // one finding per variable and line: a loop header writes it twice
		for _, w := range u.Writes {
			if w.Kind != AccLoop && w.Kind != AccProc && w.Kind != AccTask {
				continue
			}
			if w.Kind == AccLoop && !procedural(w.Stmt) {
				continue // a generate loop's own header
			}
			d := u.LookupAt(w.Name, w.Id)
			if d == nil || d.Kind != KindGenvar {
				continue
			}
			key := fmt.Sprint(w.Name, "@", u.line(w.Id))
			if reported[key] {
				continue
			}
			reported[key] = true
			report(p, u, w.Id, "genvar %s is assigned in procedural code: declare the loop variable as int (or integer) instead (IEEE 1800-2017 27.4)", w.Name)
		}
	}
})

// procedural reports whether n lies in procedural code: a process, a task or a function.
func procedural(n *Node) bool {
	for p := n; p != nil; p = p.Parent() {
		switch p.Kind() {
		case "always_construct", "initial_construct", "final_construct", "function_declaration", "task_declaration":
			return true
		case "loop_generate", "generate_region", "module_declaration", "interface_declaration":
			return false
		}
	}
	return false
}
