package rtl

import "strings"

// Elaboration-time conditions. A procedural `if` whose condition reads parameters only is
// decided when the design is elaborated, as an if-generate is: CVA6 writes
// `if (!CVA6Cfg.SdtrigIcount) begin assign in_trap_handler_q = '0; end` beside an
// always_ff that writes it only under `if (CVA6Cfg.SdtrigIcount)`. Such branches are
// recorded as conditions of the writes under them, and two conditions whose tests
// contradict each other (`!X` and `X && Y`) are exclusive.

// flowIfStatement handles a procedural if.
func (b *builder) flowIfStatement(n *Node, c flowCtx) bool {
	test := n.Child("condition")
	if test == nil || !b.elaborationConstant(test) {
		return true
	}
	for _, k := range n.Kids() {
		switch k.Field() {
		case "consequence":
			b.flow(k, c.with(cond{group: n.Start() + 1, branch: 0, test: test}))
		case "alternative":
			b.flow(k, c.with(cond{group: n.Start() + 1, branch: 1, test: test}))
		default:
			b.flow(k, c)
		}
	}
	return false
}

// elaborationConstant reports whether an expression reads only parameters, localparams
// (also members of a structure parameter, `Cfg.RVH`), package constants and genvars (each
// block a generate loop elaborates has its own value: `if (i == 0) out <= …; else
// s2[i] <= …;` in the loop's always_comb).
func (b *builder) elaborationConstant(e *Node) bool {
	ok, names := true, 0
	e.Walk(func(n *Node) bool {
		if !ok {
			return false
		}
		switch n.Kind() {
		case "function_call", "system_call", "macro_usage", "ERROR":
			ok = false
		case "scoped_identifier":
			names++
			return false // pkg::NAME: a package's parameter
		case "identifier":
			if !isRef(n) {
				return false
			}
			d := b.u.LookupAt(n.Text(), n)
			switch {
			case d == nil && b.outerConst != nil && b.outerConst(n.Text()):
			case d == nil || (d.Kind != KindParam && d.Kind != KindLocal && d.Kind != KindGenvar && d.Kind != KindEnumConst):
				ok = false
			}
			names++
		}
		return true
	})
	return ok && names > 0
}

// contradict reports whether the branches x and y can never both be elaborated: one needs
// a parameter condition true that the other needs false.
func contradict(x, y cond) bool {
	if x.test == nil || y.test == nil {
		return false
	}
	a, b := branchLiterals(x), branchLiterals(y)
	for k, v := range a {
		if w, ok := b[k]; ok && w != v {
			return true
		}
	}
	// `pt.DIV_NEW == 0` and `pt.DIV_NEW == 1`: one parameter, two values
	ea, eb := equalities(a), equalities(b)
	for k, v := range ea {
		if w, ok := eb[k]; ok && w != v {
			return true
		}
	}
	return false
}

// equalities returns the values the required literals give names: `X == 2` required true
// is X = 2 (by the literal's text, as literals are keyed).
func equalities(lits map[string]bool) map[string]int64 {
	out := map[string]int64{}
	for k, v := range lits {
		if !v {
			continue
		}
		name, value, ok := strings.Cut(k, " == ")
		if !ok || strings.Contains(value, " ") {
			continue
		}
		if n, _, ok := ParseNumber(value); ok {
			out[name] = n
		}
	}
	return out
}

// branchLiterals is what a branch requires of its test's parts, by their text: the
// conjuncts of the test in its first branch (`X && !Y`: X true, Y false), the negation of a
// test that is one literal in its second. A disjunction requires nothing certain.
func branchLiterals(c cond) map[string]bool {
	out := map[string]bool{}
	if c.branch == 0 {
		conjuncts(c.test, true, out)
	} else if c.branch == 1 {
		if k, v, ok := literal(c.test); ok {
			out[k] = !v
		}
	}
	return out
}

// conjuncts adds the literals of e's && chain with the polarity want.
func conjuncts(e *Node, want bool, out map[string]bool) {
	e = unparen(e)
	if e.Kind() == "binary_expression" && want {
		// `&` of two comparisons is their conjunction (each is one bit)
		if op := e.Child("operator"); op != nil && (op.Text() == "&&" || op.Text() == "&" && comparison(e.Child("left")) && comparison(e.Child("right"))) {
			conjuncts(e.Child("left"), true, out)
			conjuncts(e.Child("right"), true, out)
			return
		}
	}
	if k, v, ok := literal(e); ok {
		out[k] = v == want
	}
}

// comparison reports an equality or relational test, a one-bit value.
func comparison(e *Node) bool {
	e = unparen(e)
	if e == nil || e.Kind() != "binary_expression" {
		return false
	}
	return e.Child("operator").Is("==", "!=", "<", "<=", ">", ">=", "===", "!==", "&&", "||")
}

// literal splits e into an atom and its polarity (`!X` is X false).
func literal(e *Node) (key string, positive bool, ok bool) {
	e = unparen(e)
	positive = true
	for e.Kind() == "unary_expression" {
		if op := e.Child("operator"); op == nil || op.Text() != "!" {
			break
		}
		positive = !positive
		e = unparen(e.Child("operand"))
	}
	if e == nil {
		return "", false, false
	}
	return strings.Join(strings.Fields(e.Text()), " "), positive, true
}

func unparen(e *Node) *Node {
	for e != nil && e.Kind() == "parenthesized_expression" && e.NumKids() > 0 {
		var inner *Node
		for _, k := range e.Kids() {
			if k.Kind() != "(" && k.Kind() != ")" && k.Kind() != "comment" {
				inner = k
			}
		}
		if inner == nil {
			break
		}
		e = inner
	}
	return e
}
