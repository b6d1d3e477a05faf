package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleDisableIff = register(&rules.Rule{
	ID:       "rtl/disable-iff-non-reset",
	Title:    "disable iff on a signal that is not a reset",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 16.12.15 (disable iff)", "SVA guidelines: disable iff for resets only"},
	Doc: rules.Doc(
		`reports "disable iff (…)" in an assertion or property whose condition
names no reset: no signal named like one (rst, reset, clr, clear, por) and none that a
clocked block of the module uses as its reset.`,
		`disable iff is asynchronous: it is evaluated on current, not sampled,
values and aborts every attempt in flight while true. On a functional signal (a flush,
a valid, a mode bit) it silently discards the very failures the assertion is for, and
glitches on that signal change the outcome.`,
		`assert property (@(posedge clk) disable iff (flush) req |=> gnt);`,
		`assert property (@(posedge clk) disable iff (!rst_n) req && !flush |=> gnt);`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		resets := map[string]bool{}
		for _, pr := range u.Procs {
			if pr.Reset != "" {
				resets[pr.Reset] = true
			}
		}
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "preprocessor_directive" {
				return false
			}
			c := n.Child("disable")
			if c == nil || (n.Kind() != "concurrent_assertion" && n.Kind() != "property_declaration") {
				return true
			}
			names, reset := 0, false
			c.Walk(func(k *Node) bool {
				switch k.Kind() {
				case "identifier", "member_access", "scoped_identifier", "hierarchical_identifier":
					names++
					if looksLikeReset(k.Text()) || resets[k.Text()] {
						reset = true
					}
					return false
				case "macro_usage", "function_call", "system_call":
					reset = true // cannot tell
				}
				return !reset
			})
			if names > 0 && !reset {
				report(p, u, c, "disable iff (%s) names no reset: it aborts the assertion asynchronously whenever the signal is true (move the condition into the property)", squash(c.SrcString(u.Text)))
			}
			return false
		})
	}
})
