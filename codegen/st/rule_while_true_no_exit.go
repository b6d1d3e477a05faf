package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleWhileTrueNoExit: a loop that cannot end within the scan cycle.
var ruleWhileTrueNoExit = register(&rules.Rule{
	ID:       "st/while-true-no-exit",
	Title:    "Endless loop",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"no dedicated vendor rule; CODESYS SA0062 is closest"},
	Doc: rules.Doc(
		"Reports WHILE TRUE / WHILE 1 and REPEAT … UNTIL FALSE loops with no EXIT, RETURN or JMP that leaves them, and WHILE loops whose condition reads only local variables the loop never writes. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"A PLC program runs once per scan cycle and must return. A loop that cannot finish stalls the task until the watchdog stops the controller, and every output freezes in its last state.",
		"WHILE TRUE DO\n    nCount := nCount + 1;\nEND_WHILE",
		"WHILE nCount < 10 DO   // a condition the loop itself brings to an end\n    nCount := nCount + 1;\nEND_WHILE"),
}, checkWhileTrue)

func checkWhileTrue(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		walkBodies(p, func(n *Node) bool {
			switch n.Kind() {
			case "while_statement":
				cond, body := n.Child("condition"), n.Child("body")
				if loopLeaves(body) {
					return true
				}
				if constTrue(cond) {
					pass.Report(n.Start(), cond.End(), "WHILE %s never ends: the body has no EXIT or RETURN", cond.Text())
				} else if v := frozenCondition(sc, cond, body); v != "" {
					pass.Report(n.Start(), cond.End(), "WHILE loop never ends once entered: %s is not changed inside the loop and there is no EXIT", v)
				}
			case "repeat_statement":
				cond := n.Child("condition")
				if constFalse(cond) && !loopLeaves(n.Child("body")) {
					pass.Report(cond.Start(), cond.End(), "REPEAT … UNTIL %s never ends: the body has no EXIT or RETURN", cond.Text())
				}
			}
			return true
		})
	}
}

// loopLeaves reports an EXIT of this loop (not of a nested one), a RETURN or a JMP.
func loopLeaves(body *Node) bool {
	found := false
	body.Walk(func(k *Node) bool {
		switch k.Kind() {
		case "return_statement", "jump_statement":
			found = true
		case "exit_statement":
			found = true
		case "for_statement", "while_statement", "repeat_statement":
			// EXIT inside a nested loop leaves only that loop; RETURN and JMP still count.
			k.Walk(func(j *Node) bool {
				if j.Is("return_statement", "jump_statement") {
					found = true
				}
				return !found
			})
			return false
		}
		return !found
	})
	return found
}

// frozenCondition returns the variable names of a condition built only from local
// variables (and constants) that the body never changes and passes to nothing, or "".
func frozenCondition(sc *Scope, cond, body *Node) string {
	if sc.Incomplete || cond == nil || body == nil {
		return ""
	}
	names := map[string]bool{}
	var first string
	ok := true
	cond.Walk(func(k *Node) bool {
		switch k.Kind() {
		case "identifier":
			v := sc.Local(k.Text())
			if v == nil {
				if sym := sc.Lookup(k.Text()); sym.Kind == SymVar && sym.Var.Constant || sym.Kind == SymEnumValue {
					return true
				}
				ok = false
				return false
			}
			if v.Constant {
				return true
			}
			switch v.Section {
			case SecVar, SecTemp, SecInput, SecOutput, SecStat:
			default:
				ok = false // in-outs and externals may alias what the body writes
			}
			if t := sc.Resolve(v.Type); t == nil || t.Elementary() == "" {
				ok = false
			}
			names[lower(k.Text())] = true
			if first == "" {
				first = k.Text()
			}
		case "call_expression", "member_expression", "index_expression", "deref_expression", "local_variable", "ERROR",
			"assignment_expression": // WHILE (n := n - 1): the condition itself changes n
			ok = false
			return false
		}
		return ok
	})
	if !ok || len(names) == 0 {
		return ""
	}
	touched := false
	body.Walk(func(k *Node) bool {
		switch k.Kind() {
		case "call_statement", "call_expression":
			// A call could change anything through a pointer or an in-out; passing a
			// condition variable to it counts as a change.
			k.Walk(func(j *Node) bool {
				if j.Kind() == "identifier" && names[lower(j.Text())] {
					touched = true
				}
				return !touched
			})
		case "assignment", "for_statement":
			t := k.Child("left")
			if k.Kind() == "for_statement" {
				t = k.Child("variable")
			}
			if r := rootOf(t); r == nil || names[lower(r.Text())] || storesThroughReference(sc, r) {
				touched = true // or a store through a pointer, which could be anything
			}
		}
		return !touched
	})
	if touched {
		return ""
	}
	return first
}

// storesThroughReference reports a variable of a REFERENCE TO type (a B&R dynamic variable
// bound with ACCESS, a CODESYS reference): assigning it writes what it refers to, which may
// be the loop's condition variable (`pt ACCESS ADR(step);` then `pt := pt - 1;`).
func storesThroughReference(sc *Scope, root *Node) bool {
	sym := sc.Lookup(root.Text())
	if sym.Kind != SymVar || sym.Var == nil {
		return false
	}
	t := sc.Resolve(sym.Var.Type)
	return t != nil && t.Kind == TypeRef
}
