package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleLoopBoundExceedsArray: a FOR range used as an index beyond the array's bounds.
var ruleLoopBoundExceedsArray = register(&rules.Rule{
	ID:       "st/loop-bound-exceeds-array",
	Title:    "Loop range exceeds array bounds",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0080 (loop index variable for array index exceeds array range)"},
	Doc: rules.Doc(
		"Reports `a[i]` inside `FOR i := from TO to` when from and to are constant and the range leaves the declared bounds of a (also constant). Only the bare counter as index is checked, and only when the loop does not change it. An access inside an IF (or ELSIF, WHILE) whose condition compares the counter itself, or in a loop that leaves on such a test (`IF i > nLast THEN EXIT; END_IF`), is left alone: the test narrows the range. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"The last (or first) iteration reads or writes past the array into neighbouring variables; off-by-one loops over 0..N against 1..N arrays are the classic case.",
		"VAR aTemp : ARRAY[1..10] OF REAL; i : INT; END_VAR\nFOR i := 0 TO 10 DO\n    aTemp[i] := 0.0;\nEND_FOR",
		"FOR i := 1 TO 10 DO\n    aTemp[i] := 0.0;\nEND_FOR"),
}, checkLoopBounds)

func checkLoopBounds(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
	nodes:
		for n := range run.BodyNodes(p, "for_statement") {
			v, body := n.Child("variable"), n.Child("body")
			if !v.Is("identifier") || body == nil {
				continue
			}
			from, to := sc.eval(n.Child("from")), sc.eval(n.Child("to"))
			if !from.OK || !to.OK {
				continue
			}
			lo, hi := from.V, to.V
			if by := n.Child("by"); by != nil {
				c := sc.eval(by)
				if !c.OK || c.V == 0 {
					continue
				}
				if c.V < 0 {
					lo, hi = to.V, from.V
				}
			}
			if lo > hi {
				continue // the loop never runs
			}
			counter := lower(v.Text())
			for _, w := range writes(&POU{Node: body, Kind: "", BodyStart: body.Start()}) {
				if r := rootOf(w.target); r != nil && lower(r.Text()) == counter {
					continue nodes // st/for-counter-modified reports it; ranges are unknown
				}
			}
			if exitsOnCounter(body, counter) {
				continue
			}
			body.Walk(func(k *Node) bool {
				if k.Kind() != "index_expression" {
					return true
				}
				if k.Ancestor(body, "if_statement", "elsif_clause", "while_statement") != nil && guardedByCounter(k, body, counter) {
					return true
				}
				t := sc.Resolve(sc.designatorType(k.Child("object")))
				if t == nil || t.Kind != TypeArray {
					return true
				}
				for i, idx := range k.Children("index") {
					if i >= len(t.Dims) || !idx.Is("identifier") || lower(idx.Text()) != counter {
						continue
					}
					alo, ahi, ok := sc.bounds(t.Dims[i])
					if ok && (lo < alo || hi > ahi) {
						report(pass, idx, "%s runs %v..%v but %s has bounds %v..%v", v.Text(), lo, hi, k.Child("object").Src(run.Text), alo, ahi)
					}
				}
				return true
			})
		}
	}
}

// guardedByCounter reports whether k sits, inside the loop body, under an IF, ELSIF or
// WHILE whose condition compares the counter (`IF i <= nLast THEN a[i] …`, or the ELSE of
// `IF i > nLast THEN EXIT; ELSE a[i] …`): that test narrows the range the bounds give.
func guardedByCounter(k, body *Node, counter string) bool {
	for n := k.Ancestor(body, "if_statement", "elsif_clause", "while_statement"); n != nil; n = n.Ancestor(body, "if_statement", "elsif_clause", "while_statement") {
		if namesCounter(n.Child("condition"), counter) {
			return true
		}
	}
	return false
}

// exitsOnCounter reports whether the loop body leaves (EXIT or RETURN) under an IF whose
// condition compares the counter: `IF i > nLast THEN EXIT; END_IF;` before the accesses.
func exitsOnCounter(body *Node, counter string) bool {
	found := false
	body.Walk(func(n *Node) bool {
		if found || n.Is("for_statement", "while_statement", "repeat_statement") && n != body {
			return false // an inner loop's EXIT leaves that loop
		}
		if n.Is("if_statement", "elsif_clause") && namesCounter(n.Child("condition"), counter) {
			if c := n.Child("consequence"); c != nil {
				for _, s := range c.Kids() {
					if s.Is("exit_statement", "return_statement") {
						found = true
					}
				}
			}
		}
		return true
	})
	return found
}

// namesCounter reports whether the condition compares the counter itself (`i > nLast`,
// `(i < N)`); the counter only as an index (`a[i] > 0`) tests the element, not the range.
func namesCounter(cond *Node, counter string) bool {
	found := false
	cond.Walk(func(n *Node) bool {
		if found {
			return false
		}
		if n.Is("binary_expression") {
			switch op := n.Child("operator"); op.Text() {
			case "<", ">", "<=", ">=", "=", "<>", "&lt;", "&gt;", "&lt;=", "&gt;=", "&lt;&gt;":
				for _, side := range []*Node{n.Child("left"), n.Child("right")} {
					for side.Is("parenthesized_expression") {
						side = side.First()
					}
					if side.Is("identifier") && lower(side.Text()) == counter {
						found = true
					}
				}
			}
		}
		return true
	})
	return found
}
