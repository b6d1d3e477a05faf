package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleFBInstanceMultiCall: one function block instance called at several places per cycle.
var ruleFBInstanceMultiCall = register(&rules.Rule{
	ID:       "st/fb-instance-multi-call",
	Title:    "Function block instance called more than once",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0105 (multiple instance calls)"},
	Doc: rules.Doc(
		"Reports a second call of the same function block instance (a timer, an edge trigger, a counter or your own block) in one POU, unless the two calls sit in different branches of one IF or CASE, so that at most one of them runs per cycle. A library block that takes no input only reads a value (Tc2_System's GETCPUCOUNTER and GETSYSTEMTIME, called before and after the code they time) and is left alone. Methods of a SIMATIC AX CLASS run on demand, not once per cycle (an AxUnit test steps a block through several cycles), and are not checked. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"An instance keeps state between calls. Called twice per cycle, an R_TRIG sees the edge in the first call and loses it in the second, a counter counts twice, a timer is fed two IN values and its Q depends on the order of the calls.",
		"PROGRAM Counter\nVAR\n    fbEdge : R_TRIG;\n    bButton : BOOL;\n    nCount : INT;\nEND_VAR\nfbEdge(CLK := bButton);\nIF fbEdge.Q THEN nCount := nCount + 1; END_IF\nfbEdge(CLK := bButton);   // the edge is gone\nEND_PROGRAM",
		"PROGRAM Counter\nVAR\n    fbEdge : R_TRIG;\n    bButton : BOOL;\n    nCount : INT;\nEND_VAR\nfbEdge(CLK := bButton);   // once per cycle\nIF fbEdge.Q THEN nCount := nCount + 1; END_IF\nEND_PROGRAM"),
}, checkFBMultiCall)

func checkFBMultiCall(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		if p.Kind == KindMethod && p.Top().Kind == KindClass {
			continue // an AX class method runs on demand (a unit test steps a block cycle by cycle)
		}
		sc := run.Scope(p)
		calls := map[string][]*Node{}
		var order []string
		for n := range run.BodyNodes(p, "call_statement") {
			f := n.Child("function")
			name := calledVar(f)
			if name == "" {
				continue
			}
			v := sc.Local(name)
			if v == nil {
				continue
			}
			fb, std := sc.FBType(v.Type)
			if fb == nil && std == nil || fb != nil && sc.LibraryPOU(fb) && !takesInputs(fb) {
				// (a library block that takes nothing only reads a value: Tc2_System's
				// GETCPUCOUNTER, called before and after the code it times)
				continue
			}
			k := lower(name)
			if calls[k] == nil {
				order = append(order, k)
			}
			calls[k] = append(calls[k], n)
		}
		for _, k := range order {
			cs := calls[k]
		next:
			for i := 1; i < len(cs); i++ {
				for _, prev := range cs[:i] {
					if !exclusive(prev, cs[i]) {
						line := run.File.Line(prev.Start()) + 1
						report(pass, cs[i].Child("function"), "instance %s is called again (first call on line %d): it runs twice per cycle", calledVar(cs[i].Child("function")), line)
						continue next
					}
				}
			}
		}
	}
}

// takesInputs reports a block with a VAR_INPUT or VAR_IN_OUT.
func takesInputs(p *POU) bool {
	for _, v := range p.Vars {
		if v.Section == SecInput || v.Section == SecInOut {
			return true
		}
	}
	return false
}
