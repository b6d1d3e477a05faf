package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// stRules holds the Structured Text rules; each lives in its own rule_<name>.go with its
// documentation and registers itself there.
var stRules rules.Registry[*Run]

// register adds a rule whose check receives the file's Run.
func register(r *rules.Rule, check func(*rules.Pass, *Run)) *rules.Rule {
	return stRules.Add(r, check)
}

// All returns the Structured Text rules sorted by id.
func All() []*rules.Rule { return stRules.All() }

// write is one place a POU body stores into a variable.
type write struct {
	target *Node // the designator written
	how    string
	stmt   *Node // the assignment, call or FOR statement
}

// Writes returns the stores in p's own bodies (writes), found once per run: five rules ask.
// The slice is shared: callers read it.
func (r *Run) Writes(p *POU) []write {
	if w, ok := r.writes[p]; ok {
		return w
	}
	if r.writes == nil {
		r.writes = map[*POU][]write{}
	}
	var w []write
	// From the whole index, never BodyNodes: a Local rule's focus must not narrow what
	// the run keeps for the rules after it.
	for _, n := range r.bodyIndex(p) {
		switch n.Kind() {
		case "assignment", "assignment_expression", "for_statement", "argument":
			w = appendWrite(w, n)
		}
	}
	r.writes[p] = w
	return w
}

// writes lists the stores of p's own bodies: assignments, `=>` output bindings and FOR
// counters.
func writes(p *POU) []write {
	var out []write
	walkBodies(p, func(n *Node) bool {
		out = appendWrite(out, n)
		return true
	})
	return out
}

// appendWrite appends the store n makes, if it is one.
func appendWrite(out []write, n *Node) []write {
	switch n.Kind() {
	case "assignment", "assignment_expression":
		if l := n.Child("left"); l != nil {
			out = append(out, write{l, "assignment", n})
		}
	case "for_statement":
		if v := n.Child("variable"); v != nil {
			out = append(out, write{v, "FOR counter", n})
		}
	case "argument":
		if op := n.Child("operator"); op != nil && op.Text() == "=>" {
			if v := n.Child("value"); v != nil {
				out = append(out, write{v, "output binding", n})
			}
		}
	}
	return out
}

// rootOf returns the designator a store lands in: x for x, x.y, x[i]; nil for p^ (through a
// pointer nobody can follow statically).
func rootOf(n *Node) *Node {
	for n != nil {
		switch n.Kind() {
		case "identifier", "direct_address", "quoted_identifier":
			return n
		case "local_variable":
			return n.First()
		case "global_scope": // `.x`: the global x
			return n.Child("name")
		case "peripheral_access": // TIA's `"Valve_Out":P`: the tag, on the module
			n = n.Child("tag")
		case "member_expression", "index_expression":
			n = n.Child("object")
		case "parenthesized_expression":
			n = n.First()
		default:
			return nil
		}
	}
	return nil
}

// varName returns the variable name a designator's root reads: an identifier's text, or
// the name in SCL's `#"Motor 1"` (a quoted local); "" for anything else.
func varName(r *Node) string {
	switch {
	case r.Is("identifier"):
		return r.Text()
	case r.Is("quoted_identifier") && r.Parent().Is("local_variable"):
		return unquote(r.Text())
	}
	return ""
}

// calledVar returns the variable a call's function node names when it names one plainly:
// inst for inst(…), and for SCL's #inst(…) and #"my inst"(…) as TIA Portal writes a
// call of a local instance; "" for anything else (a member, a dereference).
func calledVar(f *Node) string {
	switch {
	case f.Is("identifier"):
		return f.Text()
	case f.Is("local_variable"):
		return varName(f.First())
	}
	return ""
}

// targetVar resolves what variable a designator stores into: the root variable, or for
// `GVL.x` (a global list the text does not name) the global x.
func (s *Scope) targetVar(n *Node) *Var {
	root := rootOf(n)
	name := varName(root)
	if name == "" {
		return nil
	}
	lookup, obj := s.Lookup, root
	if p := root.Parent(); p.Is("global_scope") { // `.x` passes over locals named x
		lookup, obj = s.LookupGlobal, p
	}
	if sym := lookup(name); sym.Kind == SymVar {
		return sym.Var
	} else if sym.Kind != SymNone {
		return nil
	}
	// GVL.x: the object is no variable, the member is a global.
	if p := obj.Parent(); p != nil && p.Kind() == "member_expression" && p.Child("object") == obj {
		if m := p.Child("member"); m.Is("identifier") {
			return s.QualifiedGlobal(root.Text(), m.Text())
		}
	}
	return nil
}

// constTrue reports a literal-only condition that is always TRUE (TRUE, 1, NOT FALSE).
func constTrue(n *Node) bool {
	if !Literal(n) {
		return false
	}
	c := (*Scope)(nil).eval(n)
	return c.OK && c.V != 0
}

func constFalse(n *Node) bool {
	if !Literal(n) {
		return false
	}
	c := (*Scope)(nil).eval(n)
	return c.OK && c.V == 0
}

// opText returns a binary expression's operator in upper case.
func opText(n *Node) string {
	if op := n.Child("operator"); op != nil {
		return strings.ToUpper(op.Text())
	}
	return ""
}

// statements returns the statements of a statement list, comments left out.
func statements(list *Node) []*Node {
	if list == nil {
		return nil
	}
	var out []*Node
	for _, k := range list.Kids() {
		if !isExtra(k.Kind()) {
			out = append(out, k)
		}
	}
	return out
}

// branches returns the statement lists an IF or CASE chooses between, and whether every
// path takes one of them (an ELSE is present).
func branches(n *Node) (lists []*Node, exhaustive bool) {
	switch n.Kind() {
	case "if_statement":
		lists = append(lists, n.Child("consequence"))
		for _, e := range n.KidsOf("elsif_clause") {
			lists = append(lists, e.Child("consequence"))
		}
	case "case_statement":
		for _, b := range n.KidsOf("case_branch") {
			lists = append(lists, b.Child("body"))
		}
	}
	if e := n.KidsOf("else_clause"); len(e) > 0 {
		lists = append(lists, e[0].Child("body"))
		exhaustive = true
	}
	return lists, exhaustive
}

// conditional reports whether n runs only on some paths of body: inside an IF, CASE or
// loop, below body.
// implicitMethod reports CODESYS/TwinCAT's FB_init, FB_reinit and FB_exit: the runtime calls
// them (a derived block's calls its base's through SUPER^), and their BOOL result is
// neither set nor read by convention.
func implicitMethod(p *POU) bool {
	if p == nil || p.Kind != KindMethod {
		return false
	}
	switch strings.ToUpper(p.Name) {
	case "FB_INIT", "FB_REINIT", "FB_EXIT":
		return true
	}
	return false
}

func conditional(n, body *Node) bool {
	return n.Ancestor(body, "if_statement", "case_statement", "for_statement", "while_statement", "repeat_statement") != nil
}

// afterEarlyReturn reports whether n comes, in body, after an IF with a branch that leaves
// the POU (`IF bInit THEN RETURN; END_IF`): n runs only on the calls that IF lets through,
// as if it stood in the IF's ELSE.
func afterEarlyReturn(n, body *Node) bool {
	child := n
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Is("statement_list") {
			for _, k := range p.Kids() {
				if k == child {
					break
				}
				if k.Is("if_statement") && branchReturns(k) {
					return true
				}
			}
		}
		if p == body {
			break
		}
		child = p
	}
	return false
}

// branchReturns reports an IF one of whose branches holds a RETURN of its own.
func branchReturns(ifs *Node) bool {
	lists := []*Node{ifs.Child("consequence")}
	for _, k := range ifs.Kids() {
		switch {
		case k.Is("elsif_clause"):
			lists = append(lists, k.Child("consequence"))
		case k.Is("else_clause"):
			lists = append(lists, k.Child("body"))
		}
	}
	for _, l := range lists {
		if l == nil {
			continue
		}
		for _, s := range l.Kids() {
			if s.Is("return_statement") {
				return true
			}
		}
	}
	return false
}

// report records a finding over a syntax copy node.
func report(pass *rules.Pass, n *Node, format string, args ...any) {
	pass.Report(n.Start(), n.End(), format, args...)
}

// caughtByTry reports whether n runs in the body of a __TRY whose __CATCH handles the
// exceptions it raises (a division by zero, an access violation); the __CATCH and
// __FINALLY bodies themselves are not guarded by their own __TRY.
func caughtByTry(n *Node) bool {
	for c := n; c != nil; c = c.Parent() {
		if t := c.Parent(); t != nil && t.Is("try_statement") && c.Field() == "body" && len(t.KidsOf("catch_clause")) > 0 {
			return true
		}
	}
	return false
}
