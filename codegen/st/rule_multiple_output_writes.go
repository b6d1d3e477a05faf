package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleMultipleOutputWrites: one %Q output written at several places per cycle.
var ruleMultipleOutputWrites = register(&rules.Rule{
	ID:       "st/multiple-output-writes",
	Title:    "Output written at several places",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0004 (multiple write access on output)", "PLCopen CP12"},
	Doc: rules.Doc(
		"Reports a physical output (a `%Q` address, or a variable located AT %Q…) that the POU stores into at two places that can both run in one cycle. Stores in different branches of one IF or CASE are exclusive and fine. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"The last write wins, silently: an interlock that switches the output off early in the cycle is undone by a later write, and the output flickers or never turns off.",
		"PROGRAM Station\nVAR\n    bPump AT %QX0.0 : BOOL;   // the pump contactor\n    bAuto, bDemand, bManualStart : BOOL;\nEND_VAR\nbPump := bAuto AND bDemand;\nbPump := bManualStart;     // undoes the line above\nEND_PROGRAM",
		"PROGRAM Station\nVAR\n    bPump AT %QX0.0 : BOOL;   // the pump contactor\n    bAuto, bDemand, bManualStart : BOOL;\nEND_VAR\nbPump := (bAuto AND bDemand) OR (NOT bAuto AND bManualStart);\nEND_PROGRAM"),
}, checkOutputWrites)

func checkOutputWrites(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		byKey := map[string][]*Node{}
		var order []string
		for _, w := range run.Writes(p) {
			if w.how == "FOR counter" {
				continue
			}
			root := rootOf(w.target)
			if root == nil {
				continue
			}
			out := false
			if root.Kind() == "direct_address" {
				out = isOutputAddress(root.Text())
			} else if v := sc.targetVar(w.target); v != nil {
				out = isOutputAddress(v.Address)
			}
			if !out {
				continue
			}
			k := canon(w.target.Src(run.Text))
			if byKey[k] == nil {
				order = append(order, k)
			}
			byKey[k] = append(byKey[k], w.target)
		}
		for _, k := range order {
			ws := byKey[k]
			for i := 1; i < len(ws); i++ {
				clash := false
				for j := 0; j < i; j++ {
					if !exclusive(ws[i], ws[j]) {
						clash = true
						break
					}
				}
				if clash {
					report(pass, ws[i], "%s is written again here; the last write in the cycle wins", ws[i].Src(run.Text))
					break
				}
			}
		}
	}
}

// exclusive reports whether a and b lie in different branches of one IF or CASE.
func exclusive(a, b *Node) bool {
	anc := map[*Node]*Node{} // ancestor → child on a's path
	prev := a
	for p := a.Parent(); p != nil; p = p.Parent() {
		anc[p] = prev
		prev = p
	}
	prev = b
	for p := b.Parent(); p != nil; p = p.Parent() {
		if ca, ok := anc[p]; ok {
			if p.Is("if_statement", "case_statement") && ca != prev && branchOf(ca) && branchOf(prev) {
				return true
			}
			// a, earlier in the text, leaves the POU before b: IF NOT bEnable THEN
			// fbT(IN := FALSE); RETURN; END_IF; fbT(IN := bStart); runs one call a cycle.
			return returnsAfter(a, p)
		}
		prev = p
	}
	return false
}

// returnsAfter reports whether a statement list between a and its ancestor top holds a
// RETURN after the statement a is in: once a has run, the POU is left.
func returnsAfter(a, top *Node) bool {
	child := a
	for p := a.Parent(); p != nil && p != top; p = p.Parent() {
		if p.Is("statement_list") {
			after := false
			for _, k := range p.Kids() {
				if k == child {
					after = true
				} else if after && k.Is("return_statement") {
					return true
				}
			}
		}
		child = p
	}
	return false
}

// branchOf: a direct child of IF/CASE that is a branch, not the condition.
func branchOf(n *Node) bool {
	return n.Is("elsif_clause", "else_clause", "case_branch") || n.Field() == "consequence"
}
