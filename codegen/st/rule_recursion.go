package st

import (
	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleRecursion: a POU that calls itself, directly or through others.
var ruleRecursion = register(&rules.Rule{
	ID:       "st/recursion",
	Title:    "Recursive call",
	Severity: rules.Error,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0160 (recursive calls)", "PLCopen CP13"},
	Doc: rules.Doc(
		"Reports a call from a POU to itself, or to a POU that leads back to it, following the calls of the file and the workspace (functions by name, function block instances through their type, methods through THIS^). In a method (or a property's getter) its bare name is its result: the name alone as a statement (`Position;` in the getter of Position) reads it, and a call of that bare name in a file that imports a namespace Gantry has not read (SIMATIC AX `USING System.Strings;`) runs that namespace's function and is not reported. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"PLC stacks are small and fixed; the depth of a recursion depends on data, so it can overflow in the field and stop the controller. IEC 61131-3 forbids it.",
		"FUNCTION F_Fact : DINT\nVAR_INPUT n : DINT; END_VAR\nIF n <= 1 THEN F_Fact := 1; ELSE F_Fact := n * F_Fact(n - 1); END_IF\nEND_FUNCTION",
		"FUNCTION F_Fact : DINT\nVAR_INPUT n : DINT; END_VAR\nVAR i : DINT; END_VAR\nF_Fact := 1;\nFOR i := 2 TO n DO F_Fact := F_Fact * i; END_FOR\nEND_FUNCTION"),
}, checkRecursion)

func checkRecursion(pass *rules.Pass, run *Run) {
	foreign, knownForeign := false, false
	importsUnread := func() bool {
		if !knownForeign {
			_, foreign = usings(run)
			knownForeign = true
		}
		return foreign
	}
	for _, p := range run.POUs() {
		if p.Kind == "" || p.Node == nil {
			continue
		}
		sc := run.Scope(p)
		self := lower(p.Name)
		for _, b := range Bodies(p) {
			b.Walk(func(n *Node) bool {
				if n.Kind() != "call_statement" && n.Kind() != "call_expression" {
					return true
				}
				callee := calleeName(sc, p, n.Child("function"))
				if callee == "" || sc.Overloaded(callee) || p.Parent != nil && len(p.Parent.Child(callee).Overloads()) > 1 ||
					callee == self && inheritedOverload(sc, p, n) {
					return true // an overload calling another (AX) is not recursion
				}
				// In a method its bare name is its result; `Insert(s, 1, t)` in METHOD Insert
				// under `USING System.Strings;` calls that namespace's function, which
				// Gantry has not read (simatic-ax's string builder wraps them so).
				if callee == self && p.Kind == KindMethod && n.Child("function").Is("identifier") && importsUnread() {
					return true
				}
				// `Position;` in the getter of PROPERTY Position (or a method's bare name in
				// the method): without parentheses its own name is its result, read, not a call.
				if callee == self && p.ReturnType != nil && n.Kind() == "call_statement" && n.Child("arguments") == nil {
					return true
				}
				if callee == self || reaches(sc, p, callee) {
					report(pass, n.Child("function"), "recursive call: %s leads back to %s", n.Child("function").Src(run.Text), p.Name)
				}
				return true
			})
		}
	}
}

// calleeName is the lower-case POU a call runs, or "" when unknown.
func calleeName(sc *Scope, p *POU, f *Node) string {
	switch {
	case f.Is("identifier"):
		if v := sc.Local(f.Text()); v != nil {
			if v.Type != nil && v.Type.Kind == TypeNamed {
				return lower(v.Type.Name)
			}
			return ""
		}
		// A nested method calls itself by bare name inside its own block.
		if p.Parent != nil && p.Parent.Child(f.Text()) != nil {
			return lower(f.Text())
		}
		return lower(f.Text())
	case f.Is("member_expression"):
		obj := f.Child("object")
		if obj.Is("this") || (obj.Is("deref_expression") && obj.Child("operand").Is("this")) {
			return lower(f.Child("member").Text())
		}
	}
	return ""
}

// reaches follows the recorded call lists from callee looking for p itself (bounded). A
// name is resolved where the call was written: a method or action of the calling block
// (or its bases) first, then a POU of the file or the workspace. So a block calling its
// own Exec never reaches another block's action of the same name.
func reaches(sc *Scope, p *POU, callee string) bool {
	resolve := func(owner *POU, name string) (*POU, *POU) {
		if m := sc.member(owner, name, 0); m != nil {
			return m, owner
		}
		if q := sc.findPOU(name); q != nil {
			return q, q
		}
		return nil, nil
	}
	home := p.Parent
	if home == nil {
		home = p
	}
	seen := map[*POU]bool{}
	var visit func(q, owner *POU, depth int) bool
	visit = func(q, owner *POU, depth int) bool {
		if q == nil || depth > 32 || seen[q] {
			return false
		}
		seen[q] = true
		for _, c := range q.Calls {
			r, rOwner := resolve(owner, c)
			if r == p || visit(r, rOwner, depth+1) {
				return true
			}
		}
		return false
	}
	first, owner := resolve(home, callee)
	return first == p || visit(first, owner, 0)
}

// inheritedOverload reports a call from method p to its own name that a base class's method
// of that name takes instead: AX picks an overload by its parameters across the classes, so
// a derived CONSTRUCTOR of five inputs that calls THIS.CONSTRUCTOR(id, pos) calls its base's
// constructor of two. It needs a base that declares the name and arguments that do not
// number p's parameters.
func inheritedOverload(sc *Scope, p *POU, call *Node) bool {
	if p.Kind != KindMethod || p.Parent == nil {
		return false
	}
	inBase := false
	for _, b := range p.Parent.Extends {
		inBase = inBase || sc.member(sc.findPOU(b), p.Name, 1) != nil
	}
	if !inBase {
		return false
	}
	args := 0
	if list := call.Child("arguments"); list != nil {
		args = len(list.KidsOf("argument"))
	}
	params := len(paramNames(p, map[string]bool{}))
	return args != params
}
