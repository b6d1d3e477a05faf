package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleTypeMismatch: incompatible types in an assignment or a call.
var ruleTypeMismatch = register(&rules.Rule{
	ID:       "st/type-mismatch",
	Title:    "Type mismatch",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler error (cannot convert type)", "CODESYS SA0020"},
	Doc: rules.Doc(
		"Reports assignments and named call arguments whose value belongs to a category of types that no IEC 61131-3 implicit conversion reaches: BOOL from a number, a time or a string; numbers from BOOL, TIME or strings; TIME from BOOL, REAL or strings; strings from anything else. Unknown types are never guessed. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL, where TIA Portal converts TIME to DINT (and LTIME to LINT) implicitly and such assignments pass.",
		"The compiler refuses the program. From a suggestion it means the model confused two signals (a BOOL lamp and an INT speed).",
		"VAR nSpeed : INT; bLamp : BOOL; tDelay : TIME; END_VAR\nbLamp := nSpeed;\ntDelay := 500;\nnSpeed := 'fast';",
		"bLamp := nSpeed > 0;\ntDelay := T#500MS;\nnSpeed := 1500;"),
}, checkTypeMismatch)

// incompatible reports assignments no implicit conversion allows. Integers into BOOL and
// bit strings are left to the dialects (some accept 0/1).
func incompatible(to, from Category) bool {
	if to == CatUnknown || from == CatUnknown || to == CatPointer || from == CatPointer {
		return false
	}
	switch to {
	case CatBool:
		return from == CatReal || from == CatTime || from == CatDate || from == CatString || from == CatWString
	case CatInt, CatReal, CatBits:
		return from == CatBool && to != CatBits || from == CatTime || from == CatDate || from == CatString || from == CatWString
	case CatTime:
		return from == CatBool || from == CatReal || from == CatString || from == CatWString || from == CatDate
	case CatString, CatWString:
		return from != CatString && from != CatWString
	case CatDate:
		return from == CatBool || from == CatReal || from == CatString || from == CatWString || from == CatTime
	}
	return false
}

func catName(t ExprType) string {
	if t.Name != "" {
		return t.Name
	}
	switch t.Cat {
	case CatBool:
		return "BOOL"
	case CatInt:
		return "an integer"
	case CatReal:
		return "a REAL"
	case CatTime:
		return "TIME"
	case CatDate:
		return "a date"
	case CatString:
		return "STRING"
	case CatWString:
		return "WSTRING"
	}
	return "?"
}

func checkTypeMismatch(pass *rules.Pass, run *Run) {
	for _, p := range run.POUs() {
		sc := run.Scope(p)
		run.visitBodyNodes(p, func(n *Node) {
			switch n.Kind() {
			case "assignment":
				if op := n.Child("operator"); op == nil || op.Text() != ":=" {
					return
				}
				to, from := sc.typeOf(n.Child("left")), sc.typeOf(n.Child("right"))
				if to.Lit {
					return
				}
				if incompatible(to.Cat, from.Cat) && !(run.SCL() && tiaImplicit(to, from)) {
					report(pass, n.Child("right"), "cannot assign %s to %s (%s)", catName(from), n.Child("left").Src(run.Text), catName(to))
				}
			case "argument":
				op := n.Child("operator")
				if op == nil || op.Text() != ":=" {
					return
				}
				formal := sc.formalType(n)
				if formal.Cat == CatUnknown {
					return
				}
				if from := sc.typeOf(n.Child("value")); incompatible(formal.Cat, from.Cat) {
					report(pass, n.Child("value"), "cannot pass %s to %s (%s)", catName(from), n.Child("name").Text(), catName(formal))
				}
			}
		}, "assignment", "argument")
	}
}

// formalType finds the declared type of a named argument's formal parameter.
func (s *Scope) formalType(arg *Node) ExprType {
	// argument → argument_list → call; inside an ERROR node (a call still being typed) the
	// argument may hang off the ERROR directly, with no call above it.
	list := arg.Parent()
	name := arg.Child("name")
	if list == nil || list.Parent() == nil || name == nil || !list.Is("argument_list") {
		return ExprType{}
	}
	call := list.Parent()
	f := call.Child("function")
	formal := unquote(name.Text()) // SCL quotes a formal named like a keyword: "Time" := t
	var t *Type
	if f.Is("identifier") {
		switch sym := s.Lookup(f.Text()); sym.Kind {
		case SymVar:
			t = s.memberType(sym.Var.Type, formal)
		case SymPOU:
			if s.Overloaded(f.Text()) {
				return ExprType{} // which overload the call means depends on the arguments
			}
			if v := sym.POU.Var(formal); v != nil {
				t = v.Type
			}
		case SymStd:
			for _, prm := range append(append([]Param{}, sym.Std.Inputs...), sym.Std.Outputs...) {
				if lower(prm.Name) == lower(formal) {
					t = &Type{Kind: TypeNamed, Name: prm.Type}
				}
			}
		}
	}
	if t == nil {
		return ExprType{}
	}
	r := s.Resolve(t)
	if el := r.Elementary(); el != "" {
		return elemType(el)
	}
	return ExprType{}
}

// tiaImplicit reports the conversions TIA Portal makes implicitly (IEC check off, the
// default) that IEC 61131-3 does not: TIME to DINT and LTIME to LINT (milliseconds and
// nanoseconds).
func tiaImplicit(to, from ExprType) bool {
	if to.Cat != CatInt || from.Cat != CatTime {
		return false
	}
	return strings.EqualFold(to.Name, "DINT") && !strings.EqualFold(from.Name, "LTIME") ||
		strings.EqualFold(to.Name, "LINT") && strings.EqualFold(from.Name, "LTIME")
}
