package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// rulePointerArithmetic: arithmetic on pointers and addresses of temporaries.
var rulePointerArithmetic = register(&rules.Rule{
	ID:       "st/pointer-arithmetic",
	Title:    "Pointer arithmetic",
	Severity: rules.Warning,
	Category: rules.Safety,
	Local:    true,
	Anchors:  []string{"CODESYS SA0061 (unusual operation on pointer)", "SA0064 (addition of pointer)"},
	Doc: rules.Doc(
		"Reports `+` and `-` with a POINTER operand or an ADR() result, and ADR() of a VAR_TEMP variable or of a FUNCTION's local stored anywhere but a local. Dialects: CODESYS/TwinCAT (POINTER TO); SIMATIC AX and Siemens SCL have no pointer arithmetic in the language, so there is nothing to report.",
		"Nothing checks where the computed address points: one byte too far and the code reads or overwrites another variable. The address of a temporary is dangling as soon as the POU returns.",
		"pByte := ADR(aBuffer) + nOffset;\npByte^ := 16#FF;",
		"aBuffer[nOffset] := 16#FF;   // indexed, bounds known"),
}, checkPointerArithmetic)

func checkPointerArithmetic(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		isPtr := func(n *Node) bool {
			if n.Is("call_expression") && n.Child("function").Is("identifier") {
				u := strings.ToUpper(n.Child("function").Text())
				return u == "ADR" || u == "ADRINST"
			}
			return sc.typeOf(n).Cat == CatPointer && isPointerType(sc, n)
		}
		run.visitBodyNodes(p, func(n *Node) {
			switch n.Kind() {
			case "binary_expression":
				if op := opText(n); op == "+" || op == "-" {
					if isPtr(n.Child("left")) || isPtr(n.Child("right")) {
						report(pass, n, "pointer arithmetic: %s", n.Src(run.Text))
					}
				}
			case "assignment":
				// ADR(temp) stored into something that outlives the call.
				r := n.Child("right")
				if !r.Is("call_expression") || !strings.EqualFold(r.Child("function").Text(), "ADR") {
					return
				}
				args := r.Child("arguments").KidsOf("argument")
				if len(args) != 1 {
					return
				}
				v := sc.targetVar(args[0].Child("value"))
				if v == nil || v.Owner == nil {
					return
				}
				if !temporary(v) {
					return
				}
				if t := sc.targetVar(n.Child("left")); t == nil || !temporary(t) || t.Owner != v.Owner {
					report(pass, r, "ADR of the temporary %s escapes its POU", v.Name)
				}
			}
		}, "binary_expression", "assignment")
	}
}

// isPointerType: POINTER TO (references are dereferenced implicitly, so REF + 1 is a value).
func isPointerType(sc *Scope, n *Node) bool {
	t := sc.Resolve(sc.designatorType(n))
	return t != nil && t.Kind == TypePointer
}

// temporary: lives only while its POU runs (VAR_TEMP, and VAR of functions and methods).
func temporary(v *Var) bool {
	if v.Owner == nil {
		return false
	}
	return v.Section == SecTemp || (v.Owner.Kind == KindFunction || v.Owner.Kind == KindMethod) && v.Section == SecVar
}
