package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleFunctionResultUnset: a FUNCTION path that never sets its result.
var ruleFunctionResultUnset = register(&rules.Rule{
	ID:       "st/function-result-unset",
	Title:    "Function result not set on every path",
	Severity: rules.Warning,
	Category: rules.Correctness,
	// A function being written sets its result at the end: suggestions before that are not at fault.
	Unfinished: true,
	Anchors:    []string{"compiler warning (function result not assigned)"},
	Doc: rules.Doc(
		"Reports a FUNCTION or METHOD with a return type where some path reaches RETURN or the end without assigning the result (the function's name, or RET_VAL in SCL). IF without ELSE and CASE without ELSE count as paths that skip their branches; loops may run zero times; a `__TRY` body may stop at any statement and go on in `__CATCH`. FB_init, FB_reinit and FB_exit, whose result the runtime ignores, are exempt, and so is a function whose body Gantry does not read (a text export's IL, LD or FBD body, a TIA Portal V21 document's LAD or FBD network, the networks of a STEP 7 STL source). Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL.",
		"The caller gets the type's default (0, FALSE), which looks like a valid answer: a scaling function that 'returns' 0.0 for an unhandled range drives an actuator to zero.",
		"FUNCTION F_Sign : INT\nVAR_INPUT x : REAL; END_VAR\nIF x > 0.0 THEN\n    F_Sign := 1;\nELSIF x < 0.0 THEN\n    F_Sign := -1;\nEND_IF\nEND_FUNCTION",
		"FUNCTION F_Sign : INT\nVAR_INPUT x : REAL; END_VAR\nF_Sign := 0;\nIF x > 0.0 THEN\n    F_Sign := 1;\nELSIF x < 0.0 THEN\n    F_Sign := -1;\nEND_IF\nEND_FUNCTION"),
}, checkResultUnset)

func checkResultUnset(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		if (p.Kind != KindFunction && p.Kind != KindMethod) || p.ReturnType == nil || p.Node == nil {
			continue
		}
		if strings.EqualFold(p.ReturnType.Name, "VOID") {
			continue // SCL `FUNCTION "F" : Void` has no result
		}
		if implicitMethod(p) {
			continue // the runtime calls it and ignores its result
		}
		if isBnRDecl(run.Path) {
			continue // a B&R .fun declares the interface; the .st beside it sets the result
		}
		if exportBodyUnread(run.Path, run.Text, p.Start, p.End) {
			continue // an IL or graphical body in a CODESYS 2.3 export sets it
		}
		bodies := Bodies(p)
		if len(bodies) == 0 {
			if p.Kind == KindMethod {
				continue // interface or abstract method: nothing to implement here
			}
			pass.Report(p.NameStart, p.NameEnd, "%s never sets its result", p.Name)
			continue
		}
		fl := &resultFlow{name: lower(p.Name)}
		assigned, falls := fl.list(bodies[0], false)
		if fl.problem != nil {
			report(pass, fl.problem, "RETURN leaves %s without setting its result", p.Name)
		} else if falls && !assigned {
			pass.Report(p.NameStart, p.NameEnd, "%s does not set its result on every path", p.Name)
		}
	}
}

// resultFlow follows whether the result is definitely assigned along the statements.
type resultFlow struct {
	name    string
	problem *Node // the first RETURN reached without the result
}

// list returns whether the result is assigned at the end and whether control falls through.
func (fl *resultFlow) list(n *Node, assigned bool) (bool, bool) {
	for _, s := range statements(n) {
		var falls bool
		assigned, falls = fl.stmt(s, assigned)
		if !falls {
			return assigned, false
		}
	}
	return assigned, true
}

func (fl *resultFlow) stmt(s *Node, assigned bool) (bool, bool) {
	// `IF Restart := Start() THEN`, `RETURN (F := x > 0);`, `a := F := 0;`: an assignment
	// used as a value sets the result before anything else in the statement runs.
	for _, f := range []string{"condition", "value", "right"} {
		if fl.setsIn(s.Child(f)) {
			assigned = true
		}
	}
	switch s.Kind() {
	case "assignment":
		if r := rootOf(s.Child("left")); r != nil && (lower(varName(r)) == fl.name || strings.EqualFold(varName(r), "RET_VAL")) {
			return true, true
		}
	case "call_statement":
		// An output binding `=> F` sets the result too.
		for _, a := range s.Child("arguments").KidsOf("argument") {
			if r := rootOf(a.Child("value")); r != nil && a.Child("operator").Is("=>") && lower(varName(r)) == fl.name {
				assigned = true
			}
		}
	case "return_statement":
		if !assigned && fl.problem == nil {
			fl.problem = s
		}
		// A conditional return (`RETURN (bDone);`) also goes on.
		return assigned, s.Child("condition") != nil
	case "if_statement", "case_statement":
		lists, exhaustive := branches(s)
		all, any := true, false
		for _, l := range lists {
			a, f := fl.list(l, assigned)
			if f {
				any = true
				all = all && a
			}
		}
		if !exhaustive {
			any = true
			all = all && assigned
		}
		return all && any || assigned, any
	case "for_statement", "while_statement":
		fl.list(s.Child("body"), assigned) // for RETURNs inside; the body may not run
	case "repeat_statement":
		a, _ := fl.list(s.Child("body"), assigned) // runs at least once
		return a || assigned, true
	case "region":
		return fl.list(s.Child("body"), assigned)
	case "try_statement":
		// The body may stop at any statement and go on in __CATCH; __FINALLY always runs.
		a, falls := fl.list(s.Child("body"), assigned)
		for _, c := range s.KidsOf("catch_clause") {
			ca, cfalls := fl.list(c.Child("body"), assigned)
			switch { // the paths that reach the end: the body's, the handler's
			case falls && cfalls:
				a = a && ca
			case cfalls:
				a = ca
			}
			falls = falls || cfalls
		}
		for _, f := range s.KidsOf("finally_clause") {
			fa, ffalls := fl.list(f.Child("body"), a)
			a, falls = fa, falls && ffalls
		}
		return a, falls
	}
	return assigned, true
}

// setsIn reports an assignment used as a value, anywhere in the expression n, that writes
// the result.
func (fl *resultFlow) setsIn(n *Node) bool {
	found := false
	n.Walk(func(k *Node) bool {
		if k.Kind() == "assignment_expression" {
			if r := rootOf(k.Child("left")); r != nil && lower(varName(r)) == fl.name {
				found = true
			}
		}
		return !found
	})
	return found
}
