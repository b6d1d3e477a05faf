package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleConstantCondition: a condition that is always TRUE or always FALSE.
var ruleConstantCondition = register(&rules.Rule{
	ID:       "st/constant-condition",
	Title:    "Constant condition",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Local:    true,
	Anchors:  []string{"CODESYS SA0059 (comparison operations always returning TRUE or FALSE)"},
	Doc: rules.Doc(
		"Reports IF/ELSIF conditions, WHILE FALSE and REPEAT … UNTIL TRUE built from literals only (`IF TRUE`, `IF 1 = 1`, `IF FALSE`). Named constants are left alone: `IF c_bSimulation THEN` is a legitimate switch. WHILE TRUE is st/while-true-no-exit's business. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"One branch is dead code; usually a debugging leftover (`IF TRUE OR bSafe`) that disables a check.",
		"IF TRUE OR bDoorClosed THEN\n    bMotor := bStart;\nEND_IF",
		"IF bDoorClosed THEN\n    bMotor := bStart;\nEND_IF"),
}, checkConstantCondition)

func checkConstantCondition(pass *rules.Pass, run *Run) {
	// Literal is asked of every binary expression and of both its sides: memoised, the rule
	// stays linear on a 10k-term expression instead of walking each subtree again.
	lit := literals{}
	constTrue := func(n *Node) bool { return lit.is(n) && constTrue(n) }
	constFalse := func(n *Node) bool { return lit.is(n) && constFalse(n) }
	for _, p := range run.POUs() {
		run.visitBodyNodes(p, func(n *Node) {
			var cond *Node
			switch n.Kind() {
			case "if_statement", "elsif_clause":
				cond = n.Child("condition")
				if constTrue(cond) || constFalse(cond) {
					report(pass, cond, "the condition %s is constant", cond.Src(run.Text))
				}
			case "while_statement":
				if cond = n.Child("condition"); constFalse(cond) {
					report(pass, cond, "WHILE %s: the loop never runs", cond.Src(run.Text))
				}
			case "repeat_statement":
				if cond = n.Child("condition"); constTrue(cond) {
					report(pass, cond, "UNTIL %s: the loop runs exactly once", cond.Src(run.Text))
				}
			case "binary_expression":
				// Partly constant: x OR TRUE, x AND FALSE. A number there is a bit mask
				// (`w OR 16#0001` on a WORD), not a truth value.
				if lit.is(n) {
					return
				}
				op := opText(n)
				for _, side := range []*Node{n.Child("left"), n.Child("right")} {
					if (op == "OR" && constTrue(side) || op == "AND" && constFalse(side)) && truthLiteral(side) {
						report(pass, n, "%s is always %s", n.Src(run.Text), map[bool]string{true: "TRUE", false: "FALSE"}[op == "OR"])
						break
					}
				}
			}
		}, "if_statement", "elsif_clause", "while_statement", "repeat_statement", "binary_expression")
	}
}

// truthLiteral reports whether a literal expression is built from TRUE/FALSE and
// comparisons, so it is a truth value and not a number.
func truthLiteral(n *Node) bool {
	switch n.Kind() {
	case "boolean":
		return true
	case "parenthesized_expression":
		return n.First() != nil && truthLiteral(n.First())
	case "unary_expression":
		return truthLiteral(n.Child("operand"))
	case "binary_expression":
		switch opText(n) {
		case "=", "<>", "<", ">", "<=", ">=":
			return true
		case "AND", "OR", "XOR", "&":
			return truthLiteral(n.Child("left")) && truthLiteral(n.Child("right"))
		}
	}
	return false
}

// literals memoises Literal: a node is literal when it is not a name, call or error and all
// its children are literal.
type literals map[*Node]bool

func (l literals) is(n *Node) bool {
	if n == nil {
		return false
	}
	if v, ok := l[n]; ok {
		return v
	}
	v := true
	switch n.Kind() {
	case "identifier", "local_variable", "call_expression", "member_expression",
		"index_expression", "deref_expression", "ERROR", "MISSING":
		v = false
	default:
		for _, k := range n.Kids() {
			if !l.is(k) {
				v = false
				break
			}
		}
	}
	l[n] = v
	return v
}
