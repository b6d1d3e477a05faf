package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// displayTasks print to the simulator's log; synthesis drops them without harm.
var displayTasks = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`$display $displayb $displayh $displayo $write $writeb $writeh $writeo
		$strobe $strobeb $strobeh $strobeo $monitor $monitorb $monitorh $monitoro $monitoron $monitoroff`) {
		displayTasks[t] = true
	}
}

var ruleDisplay = register(&rules.Rule{
	ID:       "rtl/display-in-synthesizable",
	Title:    "$display in synthesizable code",
	Severity: rules.Warning,
	Category: rules.Style,
	Anchors:  []string{"Verible invalid-system-task-function (partly)", "IEEE 1364.1 (synthesis subset)"},
	Doc: rules.Doc(
		`in modules with ports (design code), outside initial/final blocks
and assertions, reports $display, $write, $strobe and $monitor (and their b/h/o
forms). Code between `+"`"+`ifndef SYNTHESIS / `+"`"+`ifdef SIMULATION and translate_off/on is left
alone, as are testbenches. It stays a warning of the style category, also for
model-written code: synthesis drops a print without changing the hardware, unlike the
constructs rtl/sim-only-construct reports.`,
		`The print is only in simulation: a design that "logs" an overflow
says nothing in hardware, and unguarded prints clutter every simulation that uses the
module.`,
		`always_ff @(posedge clk)
  if (overflow) $display("overflow");`,
		``+"`"+`ifndef SYNTHESIS
always_ff @(posedge clk)
  if (overflow) $display("overflow");
`+"`"+`endif`,
		`(or an assertion: assert property (@(posedge clk) !overflow)).`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		if !synthesizable(u.Unit) {
			continue
		}
		var off [][2]int
		u.Root.Walk(func(n *Node) bool {
			switch n.Kind() {
			case "initial_construct", "final_construct", "concurrent_assertion", "immediate_assertion",
				"property_declaration", "sequence_declaration", "preprocessor_directive", "attribute_instance",
				"task_declaration", "function_declaration":
				return false
			case "system_call":
				f := n.Child("function")
				if f == nil || !displayTasks[f.Text()] {
					return true
				}
				if off == nil {
					off = simRegions(u.Text)
				}
				for _, r := range off {
					if n.Start() >= r[0] && n.Start() < r[1] {
						return false
					}
				}
				report(p, u, f, "%s prints only in simulation: synthesis drops it (guard it with `ifndef SYNTHESIS, or use an assertion)", f.Text())
				return false
			}
			return true
		})
	}
})
