package st

import (
	"strconv"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// ruleTypeMismatch: incompatible types in an assignment or a call.
var ruleTypeMismatch = register(&rules.Rule{
	ID:       "st/type-mismatch",
	Title:    "Type mismatch",
	Severity: rules.Error,
	Category: rules.Correctness,
	Local:    true,
	Anchors:  []string{"compiler error (cannot convert type)", "CODESYS SA0020"},
	Doc: rules.Doc(
		"Reports assignments and named call arguments whose value belongs to a category of types that no IEC 61131-3 implicit conversion reaches: BOOL from a number (a variable or an expression of a declared integer type; the literals 0 and 1 are left to the dialects), a time or a string; numbers from BOOL, TIME or strings; TIME from BOOL, REAL or strings; strings from anything else. Also an IF, ELSIF, WHILE or UNTIL condition of a type that is not BOOL (`IF nCount THEN`), a FOR counter that is not an integer, a CASE label of another category than the selector (`'IDLE':` on an INT), a string beside a number, a BOOL or a time in a comparison or arithmetic (`sName = nCode`), and a function block instance called for a value (`bDone := fbDelay(IN := b, PT := T#1S)`: the call gives none), and a whole array, structure or instance given an elementary value, a pointer, an interface, an address, NULL or an operator's result where one of its elements was meant (`aVals := nCount;`, `apSlots := ADR(stPos);`, `aitfDrives := NULL;`, `aSizes := stBuf.nLoaded + 1;` even where the operands' types are unknown: the index left out; not the literal 0 outside SCL) or stored into an elementary variable. Unknown types are never guessed. Dialects: CODESYS/TwinCAT, SIMATIC AX and Siemens SCL, where TIA Portal converts TIME to DINT (and LTIME to LINT) implicitly and such assignments pass.",
		"The compiler refuses the program. From a suggestion it means the model confused two signals (a BOOL lamp and an INT speed).",
		"VAR nSpeed : INT; bLamp : BOOL; tDelay : TIME; END_VAR\nbLamp := nSpeed;\ntDelay := 500;\nnSpeed := 'fast';",
		"bLamp := nSpeed > 0;\ntDelay := T#500MS;\nnSpeed := 1500;"),
}, checkTypeMismatch)

// incompatible reports assignments no implicit conversion allows. Integers into BOOL
// (numberIntoBool) and bit strings are left to the dialects (some accept 0/1).
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

// numberIntoBool reports a variable or an expression of a declared integer type stored into
// a BOOL (the literals 0 and 1 are left to the dialects: some accept them).
func numberIntoBool(to, from ExprType) bool {
	return to.Cat == CatBool && from.Cat == CatInt && !from.Lit && from.Name != ""
}

func operandType(sc *Scope, e *Node) ExprType {
	if e.Is("binary_expression", "unary_expression", "parenthesized_expression") {
		return ExprType{}
	}
	return sc.typeOf(e)
}

func isText(t ExprType) bool { return t.Cat == CatString || t.Cat == CatWString }

// textWithNumber reports a string operand a beside a number, a BOOL, a time or a date
// b, which no operator of any dialect combines. A character is left out: TIA Portal
// converts CHAR to and from BYTE implicitly, and a one-character literal may be a CHAR
// (`'$N'` is one).
func textWithNumber(a ExprType, an *Node, b ExprType) bool {
	if !isText(a) || strings.EqualFold(a.Name, "CHAR") || strings.EqualFold(a.Name, "WCHAR") || a.Lit && len(an.Text()) <= 4 {
		return false
	}
	switch b.Cat {
	case CatInt, CatReal, CatBits, CatBool, CatTime, CatDate:
		return true
	}
	return false
}

// notACondition reports a condition whose type is known and is not BOOL.
func notACondition(t ExprType) bool {
	switch t.Cat {
	case CatInt, CatReal, CatTime, CatDate, CatString, CatWString:
		return !t.Lit || t.Cat != CatInt
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
				if (incompatible(to.Cat, from.Cat) || numberIntoBool(to, from)) && !(run.SCL() && tiaImplicit(to, from)) {
					report(pass, n.Child("right"), "cannot assign %s to %s (%s)", catName(from), n.Child("left").Src(run.Text), catName(to))
				} else if sc.Incomplete && !(p.Kind != "" && ownValue(sc, n.Child("left")) && ownValue(sc, n.Child("right"))) {
					// a scope without its POU may read a local as the type it is named after;
					// one with a base Gantry cannot see may read a base's variable as a global
					return
				} else if whole := sc.aggregate(to, false); whole != "" && scalar(from) && !(zeroLiteral(n.Child("right")) && !run.SCL()) {
					report(pass, n.Child("right"), "cannot assign %s to %s (%s)", catName(from), n.Child("left").Src(run.Text), whole)
				} else if whole := sc.aggregate(from, true); whole != "" && scalar(to) {
					report(pass, n.Child("right"), "cannot assign %s (%s) to %s (%s)", n.Child("right").Src(run.Text), whole, n.Child("left").Src(run.Text), catName(to))
				} else if l, r := sc.aggregate(to, false), sc.aggregate(from, true); l != "" && r != "" && aggregateKind(l) != aggregateKind(r) {
					// an array from one of its elements (the index left out), a structure from an array
					report(pass, n.Child("right"), "cannot assign %s (%s) to %s (%s)", n.Child("right").Src(run.Text), r, n.Child("left").Src(run.Text), l)
				} else if l := sc.aggregate(to, false); aggregateKind(l) == "an array" && !zeroLiteral(n.Child("right")) && sc.aggregate(from, true) == "" {
					// (a REFERENCE TO an array, read, is the array it refers to: `aOn := refOn;`
					// copies it)
					// an array from a pointer or an interface, most likely one of its
					// elements with the index left out (`apMovers := pMover;`)
					if what := sc.referenceValue(from); what != "" {
						report(pass, n.Child("right"), "cannot assign %s (%s) to %s (%s)", n.Child("right").Src(run.Text), what, n.Child("left").Src(run.Text), l)
					} else if addressOf(n.Child("right")) {
						// `apSlots := ADR(stPos);`: an address, for one of the elements
						report(pass, n.Child("right"), "cannot assign %s (an address) to %s (%s)", n.Child("right").Src(run.Text), n.Child("left").Src(run.Text), l)
					} else if r := unparen(n.Child("right")); r.Is("null") {
						// `_slots := NULL;`: a reference's value, for one of the elements
						report(pass, n.Child("right"), "cannot assign NULL to %s (%s): only a reference, a pointer or an interface is NULL", n.Child("left").Src(run.Text), l)
					} else if r.Is("binary_expression", "unary_expression") {
						// `nSizes := stBuf.nLoaded + 1;`: an operator's result is one value, of
						// an elementary type, whatever the operands Gantry cannot type
						report(pass, n.Child("right"), "cannot assign %s (the result of %s) to %s (%s)", n.Child("right").Src(run.Text), r.Child("operator").Text(), n.Child("left").Src(run.Text), l)
					}
				}
			case "argument":
				op := n.Child("operator")
				if op != nil && op.Text() == "=>" {
					if !sc.Incomplete {
						checkOutputTarget(pass, run, sc, n)
					}
					return
				}
				if op == nil || op.Text() != ":=" {
					return
				}
				formal := sc.formalType(n)
				if formal.Cat == CatUnknown {
					return
				}
				if from := sc.typeOf(n.Child("value")); incompatible(formal.Cat, from.Cat) || numberIntoBool(formal, from) {
					report(pass, n.Child("value"), "cannot pass %s to %s (%s)", catName(from), n.Child("name").Text(), catName(formal))
				}
			case "if_statement", "elsif_clause", "while_statement", "repeat_statement":
				cond := n.Child("condition")
				if cond == nil || cond.Is("assignment_expression") {
					return
				}
				if t := sc.typeOf(cond); notACondition(t) {
					report(pass, cond, "the condition is %s, not BOOL", catName(t))
				}
			case "for_statement":
				if t := sc.typeOf(n.Child("variable")); !t.Lit && t.Cat != CatUnknown && t.Cat != CatInt && t.Cat != CatBits && t.Cat != CatPointer {
					report(pass, n.Child("variable"), "the FOR counter is %s, not an integer", catName(t))
				}
			case "case_statement":
				sel := sc.typeOf(n.Child("value"))
				for _, b := range n.KidsOf("case_branch") {
					for _, l := range b.KidsOf("case_label") {
						if e := l.First(); e != nil && !e.Is("range") {
							if lt := sc.typeOf(e); incompatible(sel.Cat, lt.Cat) {
								report(pass, e, "a CASE label of %s on a selector of %s", catName(lt), catName(sel))
							}
						}
					}
				}
			case "call_expression":
				// A function block's call is a statement: it gives no value to assign or compare.
				if f := n.Child("function"); f.Is("identifier") {
					if sym := sc.Lookup(f.Text()); sym.Kind == SymVar && !n.Parent().Is("ERROR") {
						if blk, std := sc.FBType(sc.Resolve(sym.Var.Type)); blk != nil || std != nil {
							report(pass, n, "%s is a function block instance: calling it gives no value (call it, then read its outputs)", f.Text())
						}
					}
				}
			case "member_expression":
				if !sc.Incomplete {
					checkBitAccess(pass, run, sc, n)
				}
			case "binary_expression":
				// A string comes from a name, a literal or a call: an operand that is itself an
				// operation is not typed again (each binary expression is visited in turn).
				ln, rn := n.Child("left"), n.Child("right")
				l, r := operandType(sc, ln), operandType(sc, rn)
				if textWithNumber(l, ln, r) || textWithNumber(r, rn, l) {
					other := l
					if isText(l) {
						other = r
					}
					report(pass, n, "%s %s %s: a string does not combine with %s", catName(l), n.Child("operator").Text(), catName(r), catName(other))
				}
			}
		}, "assignment", "argument", "if_statement", "elsif_clause", "while_statement", "repeat_statement", "for_statement", "case_statement", "binary_expression", "call_expression", "member_expression")
	}
}

// formalType finds the declared elementary type of a named argument's formal parameter
// (formalOf), or an unknown type.
func (s *Scope) formalType(arg *Node) ExprType {
	if _, t, _, ok := s.formalOf(arg); ok {
		return elemType(s.Resolve(t).Elementary())
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

// checkOutputTarget judges `Q => target`: the output's value goes into the target.
func checkOutputTarget(pass *rules.Pass, run *Run, sc *Scope, arg *Node) {
	target := arg.Child("value")
	sec, typ, _, ok := sc.formalOf(arg)
	if target == nil || !ok || sec != SecOutput {
		return
	}
	out, to := elemType(sc.Resolve(typ).Elementary()), sc.typeOf(target)
	if out.Cat == CatUnknown || to.Lit {
		return
	}
	if incompatible(to.Cat, out.Cat) || numberIntoBool(to, out) {
		report(pass, target, "cannot store output %s (%s) in %s (%s)", arg.Child("name").Text(), catName(out), target.Src(run.Text), catName(to))
	}
}

// aggregate names what a designator's declared type is when it is an array, a structure
// or a function block instance ("" otherwise): no elementary value converts to one or
// from one. A REFERENCE TO read (throughRef) stands for what it refers to; one written is bound
// (B&R binds a block's REFERENCE TO input with ADR()), so it is no aggregate.
func (s *Scope) aggregate(t ExprType, throughRef bool) string {
	if t.Type == nil || t.Cat != CatUnknown && t.Cat != CatPointer {
		return ""
	}
	r := s.Resolve(t.Type)
	if r != nil && r.Kind == TypeRef {
		if !throughRef {
			return ""
		}
		r = s.Resolve(r.Elem)
	}
	if r == nil {
		return ""
	}
	switch r.Kind {
	case TypeArray:
		return "an array, " + strings.TrimSpace(r.Text)
	case TypeStruct:
		if t.Type.Kind == TypeNamed {
			return "a structure, " + t.Type.Name
		}
		return "a structure"
	case TypeNamed:
		if pou, std := s.FBType(r); pou != nil || std != nil {
			return "a function block instance of " + r.Name
		}
	}
	return ""
}

// ownValue reports a literal, or a designator whose root is a variable the POU itself (or
// a base Gantry sees) declares: its type is certain even where a base is unknown.
func ownValue(sc *Scope, n *Node) bool {
	for n.Is("parenthesized_expression") {
		n = n.First()
	}
	if n.Is("integer", "real", "string", "boolean", "typed_literal", "time_literal") {
		return true
	}
	r := rootOf(n)
	return r != nil && r.Is("identifier") && sc.Local(r.Text()) != nil
}

// referenceValue describes a value that refers to something else, a pointer or an
// interface, or returns "" for anything else.
func (s *Scope) referenceValue(t ExprType) string {
	if t.Cat == CatPointer {
		return "a pointer"
	}
	if t.Cat != CatUnknown || t.Type == nil {
		return ""
	}
	if r := s.Resolve(t.Type); r != nil && r.Kind == TypeNamed {
		if p := s.findPOU(r.Name); p != nil && p.Kind == KindInterface {
			return "an interface, " + p.Name
		}
	}
	return ""
}

// addressOf reports a call of ADR or ADRINST, whose result is an address (a pointer's
// value), never an array's.
func addressOf(n *Node) bool {
	for n.Is("parenthesized_expression") {
		n = n.First()
	}
	if !n.Is("call_expression") || !n.Child("function").Is("identifier") {
		return false
	}
	u := strings.ToUpper(n.Child("function").Text())
	return u == "ADR" || u == "ADRINST"
}

// aggregateKind is the kind of what aggregate describes: an array, a structure or an
// instance.
func aggregateKind(desc string) string {
	kind, _, _ := strings.Cut(desc, ",")
	kind, _, _ = strings.Cut(kind, " of ")
	return kind
}

// zeroLiteral reports the literal 0, which some compilers take to clear a whole
// structure or array (a TwinCAT FIFO's `Buffer[Tail] := 0;`). TIA Portal and STEP 7's
// SCL do not: there an array or a structure given 0 is reported as any number is.
func zeroLiteral(n *Node) bool {
	return n.Is("integer") && strings.Trim(n.Text(), "0_") == ""
}

// unparen returns the expression inside any parentheses around n.
func unparen(n *Node) *Node {
	for depth := 0; n.Is("parenthesized_expression") && depth < 64; depth++ {
		n = n.First()
	}
	return n
}

// scalar reports a value of a known elementary type.
func scalar(t ExprType) bool {
	return t.Cat != CatUnknown && t.Cat != CatPointer
}

// checkBitAccess judges `x.3`: a bit of an integer or a bit string, within its width. A
// BOOL, a REAL, a time or a string has no bits to address.
func checkBitAccess(pass *rules.Pass, run *Run, sc *Scope, n *Node) {
	bit := n.Child("member")
	if !bit.Is("integer") {
		return
	}
	obj := n.Child("object")
	t := sc.typeOf(obj)
	if t.Lit || t.Name == "" {
		return
	}
	e, ok := elementary[t.Name]
	if !ok {
		return
	}
	switch e.cat {
	case CatInt, CatBits:
		if v, err := strconv.Atoi(strings.ReplaceAll(bit.Text(), "_", "")); err == nil && e.bits > 0 && v >= e.bits {
			report(pass, bit, "bit %d of %s: %s has bits 0..%d", v, obj.Src(run.Text), t.Name, e.bits-1)
		}
	case CatBool, CatReal, CatTime, CatDate, CatString, CatWString:
		report(pass, bit, "%s is %s: it has no bit %s to address", obj.Src(run.Text), t.Name, bit.Text())
	}
}
