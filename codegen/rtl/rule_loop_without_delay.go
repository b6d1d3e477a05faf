package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleLoopNoDelay = register(&rules.Rule{
	ID:       "rtl/loop-without-delay",
	Title:    "always or forever without any timing control",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"iverilog: always process does not have any delay", "Verilator INFINITELOOP", "IEEE 1800-2017 9.2.2.1, 12.7.2"},
	Doc: rules.Doc(
		`reports a plain "always" block, or a "forever" loop, whose body
contains no delay, event control, wait, or call of a task (which may block), and no way
out (disable, break, return).`,
		`The process runs again in the same time step without end: simulation
hangs at that time and never advances. Icarus refuses the always form outright. It is
the classic clock generator written without its half-period delay.`,
		`always clk = ~clk;
initial forever clk = ~clk;`,
		`always #5 clk = ~clk;
initial forever #5 clk = ~clk;`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		u.Root.Walk(func(n *Node) bool {
			switch n.Kind() {
			case "preprocessor_directive", "ERROR":
				return false
			case "always_construct":
				if k := n.Child("kind"); k != nil && k.Kind() != "always" {
					return true // always_comb/ff/latch have implicit sensitivity
				}
				if n.Child("control") == nil && !mayBlock(n.Child("body")) {
					if onlyImmediateAssertions(n.Child("body")) {
						// `always assume(!(a && b));`: the formal testbenches' idiom (yosys
						// reads it as holding at every step, Verilator accepts it); only a
						// simulator loops on it, and iverilog refuses it
						m.reportSoft(p, u, keyword(n), "rtl/loop-without-delay", "this always block has no delay or event control: formal tools check its assertions at every step, but a simulator loops forever in the same time step (write always @(*))")
						return true
					}
					report(p, u, keyword(n), "this always block has no delay or event control: it loops forever in the same time step")
				}
			case "forever_statement":
				if !mayBlock(n.Child("body")) {
					report(p, u, firstWord(u, n), "this forever loop has no delay, event or wait: simulation hangs at this time step")
				}
			}
			return true
		})
	}
})

// mayBlock reports whether a statement can suspend its process or leave the loop: a
// timing control, a wait, a task call, a fork, disable/break/return, or a macro (unknown).
func mayBlock(n *Node) bool {
	if n == nil {
		return true
	}
	found := false
	n.Walk(func(k *Node) bool {
		if found {
			return false
		}
		switch k.Kind() {
		case "delay_control", "event_control", "cycle_delay", "wait_statement", "par_block",
			"disable_statement", "break_statement", "return_statement", "macro_usage", "ERROR",
			"repeat_event_control":
			found = true
		case "subroutine_call_statement":
			// a task call may block; a system task other than $finish/$stop does not
			if first := k.First(); first == nil || first.Kind() != "system_call" {
				found = true
			}
		}
		if k.Kind() == "system_call" {
			if f := k.Child("function"); f != nil && (f.Text() == "$finish" || f.Text() == "$stop") {
				found = true
			}
		}
		return !found
	})
	return found
}

// onlyImmediateAssertions reports whether a statement does nothing but check immediate
// assertions, under ifs and begin-end blocks.
func onlyImmediateAssertions(n *Node) bool {
	n = unlabel(n)
	if n == nil {
		return false
	}
	switch n.Kind() {
	case "immediate_assertion":
		return true
	case "if_statement":
		alt := n.Child("alternative")
		return onlyImmediateAssertions(n.Child("consequence")) && (alt == nil || onlyImmediateAssertions(alt))
	case "seq_block":
		seen := false
		for _, k := range n.Kids() {
			if k.Kind() == "comment" || k.Field() == "label" || k.Field() == "name" || k.Field() == "end_label" {
				continue
			}
			if !onlyImmediateAssertions(k) {
				return false
			}
			seen = true
		}
		return seen
	}
	return false
}
