package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleZeroDelay = register(&rules.Rule{
	ID:       "rtl/zero-delay",
	Title:    "#0 delay",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"Cummings SNUG-2000 guideline 8 (no #0 assignments)", "IEEE 1800-2017 4.4.2.3 (inactive region)"},
	Doc: rules.Doc(
		`reports "#0" delays in procedural code, design or testbench.`,
		`"#0" moves a process to the inactive region of the same time step. It
is used to paper over a race (a value read before another process wrote it), but the
order among several "#0" processes is still undefined, so the race returns as soon as
a second one appears, and synthesis ignores the delay altogether.`,
		`initial begin
  #0 start = 1'b1;   // hoping the DUT's initial block ran first
end`,
		`initial begin
  @(posedge clk);   // synchronise on an event both sides see
  start <= 1'b1;
end`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "preprocessor_directive" {
				return false
			}
			if n.Kind() != "delay_control" || n.Parent() == nil {
				return true
			}
			switch n.Parent().Kind() {
			case "gate_instantiation", "continuous_assign", "net_declaration":
				return false // a zero net delay is only a (harmless) declaration
			}
			v := n.Child("value")
			if v == nil {
				return false
			}
			if c, _, ok := ParseNumber(strings.TrimSpace(v.Text())); ok && c == 0 && !strings.ContainsAny(v.Text(), ".") {
				report(p, u, n, "#0 delay: it reorders within the time step instead of fixing the race (synchronise on an event, or use a nonblocking assignment)")
			}
			return false
		})
	}
})
