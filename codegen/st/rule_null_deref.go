package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleNullDeref: a pointer dereferenced, or a reference used, with no validity check.
var ruleNullDeref = register(&rules.Rule{
	ID:       "st/null-deref",
	Title:    "Pointer or reference used without a validity check",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"CODESYS SA0039 (possible null pointer dereferences)", "CODESYS SA0145 (possible use of not initialized reference)"},
	Doc: rules.Doc(
		"Reports `p^` where p is a POINTER or a REF_TO (which only `^` dereferences: copying or comparing one is no use of its target) the POU neither checks (`p <> 0`, `p = 0`, `p <> NULL`, `__ISVALIDREF`, in a condition around the use or in an earlier early-exit IF) nor sets from ADR/ADRINST/__NEW (in SCL, `#p := REF(#x);`) before the use; and the use of a REFERENCE TO input or in-out the POU never checks with __ISVALIDREF. A use in the body of a `__TRY` that has a `__CATCH` is handled (the access violation is raised there as an exception) and is not reported. Dialects: CODESYS/TwinCAT (POINTER TO, REFERENCE TO), SIMATIC AX and Siemens SCL (REF_TO).",
		"A null or stale pointer faults the PLC (an exception stops the runtime: every output drops at once) or, worse, reads and writes unrelated memory.",
		"FUNCTION_BLOCK FB_Read\nVAR_INPUT pData : POINTER TO INT; END_VAR\nnValue := pData^;",
		"IF pData <> 0 THEN\n    nValue := pData^;\nEND_IF"),
}, checkNullDeref)

func checkNullDeref(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		reported := map[string]bool{}
		for _, body := range Bodies(p) {
			body.Walk(func(n *Node) bool {
				var name string
				var at *Node
				switch {
				case n.Kind() == "deref_expression":
					op := n.Child("operand")
					if op.Is("local_variable") { // SCL's `#ref^`
						op = op.First()
					}
					if !op.Is("identifier") {
						return true
					}
					v := sc.Local(op.Text())
					if v == nil {
						return true
					}
					if t := sc.Resolve(v.Type); t == nil || t.Kind != TypePointer && !refTo(t) {
						return true
					}
					name, at = op.Text(), op
				case n.Kind() == "identifier" && checkedIdentifier(n):
					v := sc.Local(n.Text())
					if v == nil || v.Section != SecInput && v.Section != SecInOut {
						return true
					}
					// A REF_TO is dereferenced only by `^`: copying or comparing it
					// (`#tmpRef := #inRef;`, `IF #inRef <> NULL`) reads no target.
					if t := sc.Resolve(v.Type); t == nil || t.Kind != TypeRef || refTo(t) {
						return true
					}
					if par := n.Parent(); par.Is("call_expression") && par.Child("function") == n {
						return true
					}
					name, at = n.Text(), n
				default:
					return true
				}
				k := lower(name)
				if reported[k] || guarded(at, body, name, run.Text) || caughtByTry(at) {
					return true
				}
				reported[k] = true
				if d := run.Dialect(); d == DialectSCL || d == DialectAX {
					// SCL and SIMATIC AX have neither __ISVALIDREF nor a pointer comparable with 0.
					report(pass, at, "%s is used without checking that it is valid (compare it with NULL first)", name)
				} else {
					report(pass, at, "%s is used without checking that it is valid (compare it with 0 or use __ISVALIDREF first)", name)
				}
				return true
			})
		}
	}
}

// guarded reports whether the use of name at n is protected: a condition around it that
// tests name, an earlier statement in the body that tests or sets it.
func guarded(n, body *Node, name string, text []byte) bool {
	for q := n.Parent(); q != nil && q != body.Parent(); q = q.Parent() {
		if c := q.Child("condition"); c != nil && c.End() <= n.Start() && mentions(c, name) {
			return true
		}
		if q.Is("binary_expression") && (opText(q) == "AND_THEN" || opText(q) == "AND") {
			if l := q.Child("left"); l != nil && l.End() <= n.Start() && mentions(l, name) {
				return true // p <> 0 AND_THEN p^ > 0
			}
		}
	}
	found := false
	body.Walk(func(k *Node) bool {
		if found || k.Start() >= n.Start() {
			return false
		}
		switch k.Kind() {
		case "if_statement", "while_statement", "repeat_statement":
			if c := k.Child("condition"); c != nil && mentions(c, name) {
				found = true
			}
		case "assignment":
			l := k.Child("left")
			if l.Is("local_variable") && refOf(k.Child("right")) {
				l = l.First() // SCL's `#p := REF(#x);`: a reference to a variable is never NULL
			}
			if l.Is("identifier") && strings.EqualFold(l.Text(), name) {
				found = true // set before the use (ADR(...), __NEW, another pointer)
			}
		}
		return !found
	})
	return found
}

// refOf reports whether n is a call of REF, which SCL and SIMATIC AX use to take a
// variable's reference (`#p := REF(#x);`): the result is never NULL.
func refOf(n *Node) bool {
	if !n.Is("call_expression") {
		return false
	}
	f := n.Child("function")
	return f.Is("identifier") && strings.EqualFold(f.Text(), "REF")
}

func mentions(n *Node, name string) bool {
	found := false
	n.Walk(func(k *Node) bool {
		if k.Kind() == "identifier" && strings.EqualFold(k.Text(), name) {
			found = true
		}
		return !found
	})
	return found
}

// refTo reports whether t is an IEC 61131-3 REF_TO, which only `^` dereferences (unlike
// CODESYS's REFERENCE TO, which every use dereferences).
func refTo(t *Type) bool {
	return t != nil && t.Kind == TypeRef && len(t.Text) >= 6 && strings.EqualFold(t.Text[:6], "REF_TO")
}
