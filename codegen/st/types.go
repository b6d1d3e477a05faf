package st

import (
	"strings"
)

// Category groups elementary types by what may be assigned to what.
type Category int

const (
	CatUnknown Category = iota
	CatBool
	CatBits // BYTE, WORD, DWORD, LWORD
	CatInt
	CatReal
	CatTime
	CatDate
	CatString
	CatWString
	CatPointer
)

func (c Category) numeric() bool { return c == CatInt || c == CatReal || c == CatBits }

// elemInfo describes an elementary type: category, width in bits, signedness.
type elemInfo struct {
	cat    Category
	bits   int
	signed bool
}

var elementary = map[string]elemInfo{
	"BOOL": {CatBool, 1, false}, "BIT": {CatBool, 1, false},
	"BYTE": {CatBits, 8, false}, "WORD": {CatBits, 16, false}, "DWORD": {CatBits, 32, false}, "LWORD": {CatBits, 64, false},
	"SINT": {CatInt, 8, true}, "USINT": {CatInt, 8, false}, "INT": {CatInt, 16, true}, "UINT": {CatInt, 16, false},
	"DINT": {CatInt, 32, true}, "UDINT": {CatInt, 32, false}, "LINT": {CatInt, 64, true}, "ULINT": {CatInt, 64, false},
	"REAL": {CatReal, 32, true}, "LREAL": {CatReal, 64, true},
	"TIME": {CatTime, 32, false}, "LTIME": {CatTime, 64, false},
	"DATE": {CatDate, 32, false}, "TIME_OF_DAY": {CatDate, 32, false}, "TOD": {CatDate, 32, false},
	"DATE_AND_TIME": {CatDate, 32, false}, "DT": {CatDate, 32, false},
	"LDATE": {CatDate, 64, false}, "LTOD": {CatDate, 64, false}, "LDT": {CatDate, 64, false}, "DTL": {CatDate, 64, false},
	"LTIME_OF_DAY": {CatDate, 64, false}, "LDATE_AND_TIME": {CatDate, 64, false},
	"STRING": {CatString, 0, false}, "WSTRING": {CatWString, 0, false}, "CHAR": {CatString, 8, false}, "WCHAR": {CatWString, 16, false},
	"XWORD": {CatBits, 64, false}, "UXINT": {CatInt, 64, false}, "XINT": {CatInt, 64, true},
	"__UXINT": {CatInt, 64, false}, "__XINT": {CatInt, 64, true}, "__XWORD": {CatBits, 64, false},
	"ANY": {CatUnknown, 0, false}, "ANY_NUM": {CatUnknown, 0, false}, "ANY_INT": {CatUnknown, 0, false},
	"ANY_REAL": {CatUnknown, 0, false}, "ANY_BIT": {CatUnknown, 0, false},
}

// intRange returns the value range of an integer elementary type.
func intRange(name string) (lo, hi float64, ok bool) {
	e, found := elementary[name]
	if !found || (e.cat != CatInt && e.cat != CatBits) || e.bits == 0 || e.bits > 32 {
		return 0, 0, false // 64-bit ranges do not fit float64 exactly; skip them
	}
	if e.signed {
		h := float64(int64(1) << (e.bits - 1))
		return -h, h - 1, true
	}
	return 0, float64(int64(1)<<e.bits) - 1, true
}

// ExprType is what the checker knows about an expression's type.
type ExprType struct {
	Cat  Category
	Name string // elementary name when known ("INT"), "" for literals of open width
	Lit  bool   // a literal (untyped constant)
	Type *Type  // the declared type, when the expression is a designator
}

func elemType(name string) ExprType {
	name = strings.ToUpper(name)
	e, ok := elementary[name]
	if !ok {
		return ExprType{}
	}
	return ExprType{Cat: e.cat, Name: name}
}

// typeOf infers the type of an expression as far as declarations allow; unknown parts give
// CatUnknown, and every rule treats unknown as "no finding".
func (s *Scope) typeOf(n *Node) ExprType {
	if n == nil {
		return ExprType{}
	}
	switch n.Kind() {
	case "parenthesized_expression":
		return s.typeOf(n.First())
	case "integer":
		return ExprType{Cat: CatInt, Lit: true}
	case "real":
		return ExprType{Cat: CatReal, Lit: true}
	case "boolean":
		return ExprType{Cat: CatBool, Name: "BOOL", Lit: true}
	case "string":
		if strings.HasPrefix(n.Text(), "\"") {
			if s.SCL {
				return ExprType{} // SCL: "Tag" names a global tag or block, not a string
			}
			return ExprType{Cat: CatWString, Lit: true}
		}
		return ExprType{Cat: CatString, Lit: true}
	case "time_literal":
		if strings.HasPrefix(strings.ToUpper(n.Text()), "L") {
			return ExprType{Cat: CatTime, Name: "LTIME", Lit: true}
		}
		return ExprType{Cat: CatTime, Name: "TIME", Lit: true}
	case "date_literal", "time_of_day_literal", "date_and_time_literal":
		return ExprType{Cat: CatDate, Lit: true}
	case "typed_literal":
		t := elemType(n.Child("type").Text())
		t.Lit = true
		return t
	case "identifier", "local_variable", "global_scope", "member_expression", "index_expression", "deref_expression":
		t := s.designatorType(n)
		if t == nil {
			return ExprType{}
		}
		r := s.Resolve(t)
		if r == nil {
			return ExprType{}
		}
		if r.Kind == TypePointer || r.Kind == TypeRef {
			return ExprType{Cat: CatPointer, Type: t}
		}
		if r.Kind == TypeEnum {
			return ExprType{Type: t}
		}
		if el := r.Elementary(); el != "" {
			et := elemType(el)
			et.Type = t
			return et
		}
		return ExprType{Type: t}
	case "call_expression":
		f := n.Child("function")
		if !f.Is("identifier") {
			return ExprType{}
		}
		sym := s.Lookup(f.Text())
		switch sym.Kind {
		case SymStd:
			if sym.Std.Return == "" {
				if strings.HasPrefix(sym.Std.Name, "__") {
					return ExprType{} // a CODESYS operator of its own result type (__NEW)
				}
				if args := n.Child("arguments"); args != nil {
					if a := valueArguments(args); len(a) > 0 {
						at := s.typeOf(a[0].Child("value"))
						if u := strings.ToUpper(f.Text()); u == "SEL" || u == "MUX" || u == "LIMIT" {
							if len(a) > 1 {
								at = s.typeOf(a[1].Child("value"))
							}
						}
						at.Lit = false
						return at
					}
				}
				return ExprType{}
			}
			return elemType(sym.Std.Return)
		case SymPOU, SymSelf:
			// (SymSelf: a method of the block called by its bare name, `rVal :=
			// SwapWords(rRaw);`; an action returns nothing. Not the POU's own name or an
			// enclosing one's: inside a method that names its result, and a call of it
			// may be another POU's of that name, which Gantry has not read.)
			if sym.Kind == SymSelf && (sym.POU.Kind != KindMethod || s.encloses(sym.POU)) {
				return ExprType{}
			}
			if sym.POU.ReturnType != nil {
				if el := s.Resolve(sym.POU.ReturnType).Elementary(); el != "" {
					return elemType(el)
				}
			}
		}
		return ExprType{}
	case "unary_expression":
		t := s.typeOf(n.Child("operand"))
		t.Type = nil
		return t
	case "binary_expression":
		op := strings.ToUpper(n.Child("operator").Text())
		switch op {
		case "=", "<>", "<", ">", "<=", ">=":
			return ExprType{Cat: CatBool, Name: "BOOL"}
		}
		l, r := s.typeOf(n.Child("left")), s.typeOf(n.Child("right"))
		switch op {
		case "AND", "OR", "XOR", "&", "AND_THEN", "OR_ELSE":
			if l.Cat == CatBool && r.Cat == CatBool {
				return ExprType{Cat: CatBool, Name: "BOOL"}
			}
			return ExprType{}
		}
		return widen(l, r)
	}
	return ExprType{}
}

// valueArguments returns a call's arguments without EN and ENO, which every function has
// besides its own parameters (IEC 61131-3): in `MOVE(EN := bGo, IN := rX, ENO => bOk)`,
// as Beremiz/OpenPLC write a block of a ladder or FBD network, the value is IN's.
func valueArguments(args *Node) []*Node {
	a := args.KidsOf("argument")
	out := a[:0:0]
	for _, arg := range a {
		if nm := arg.Child("name"); nm != nil {
			if u := strings.ToUpper(nm.Text()); u == "EN" || u == "ENO" {
				continue
			}
		}
		out = append(out, arg)
	}
	return out
}

// widen gives the result of an arithmetic operation: the wider operand, literals adapting.
func widen(l, r ExprType) ExprType {
	if l.Cat == CatUnknown || r.Cat == CatUnknown {
		return ExprType{}
	}
	if l.Cat == CatDate || r.Cat == CatDate {
		return ExprType{} // DT + TIME is a DT, DT - DT a TIME: left unknown
	}
	if l.Cat == CatTime || r.Cat == CatTime {
		return ExprType{Cat: CatTime}
	}
	if l.Cat == CatReal || r.Cat == CatReal {
		out := ExprType{Cat: CatReal, Lit: l.Lit && r.Lit}
		if l.Name == "LREAL" || r.Name == "LREAL" {
			out.Name = "LREAL"
		} else if l.Name == "REAL" || r.Name == "REAL" {
			out.Name = "REAL"
		}
		return out
	}
	if !l.Cat.numeric() || !r.Cat.numeric() {
		return ExprType{}
	}
	if l.Lit {
		r.Type = nil
		return r
	}
	if r.Lit {
		l.Type = nil
		return l
	}
	if elementary[l.Name].bits >= elementary[r.Name].bits {
		l.Type = nil
		return l
	}
	r.Type = nil
	return r
}

// designatorType returns the declared type of a variable access (x, x.y, x[i], p^).
func (s *Scope) designatorType(n *Node) *Type {
	switch n.Kind() {
	case "identifier", "local_variable", "global_scope":
		name, lookup := n.Text(), s.Lookup
		switch n.Kind() {
		case "local_variable":
			name = varName(n.First())
		case "global_scope": // `.x`: the global x, past a local of that name
			name, lookup = n.Child("name").Text(), s.LookupGlobal
		}
		sym := lookup(name)
		switch sym.Kind {
		case SymVar:
			return sym.Var.Type
		case SymSelf:
			if sym.POU.Kind == KindFunction || sym.POU.Kind == KindMethod || sym.POU.Kind == KindProperty {
				return sym.POU.ReturnType
			}
		}
	case "parenthesized_expression":
		return s.designatorType(n.First())
	case "index_expression":
		t := s.Resolve(s.designatorType(n.Child("object")))
		if t == nil {
			return nil
		}
		switch t.Kind {
		case TypeArray:
			return t.Elem
		case TypeString:
			// A character of a string: TIA's SCL and SIMATIC AX read a CHAR (WCHAR);
			// CODESYS and TwinCAT read its code, a BYTE (a WSTRING's a WORD).
			wide := strings.HasPrefix(strings.ToUpper(t.Text), "WSTRING")
			switch {
			case s.CharStrings && wide:
				return &Type{Kind: TypeNamed, Name: "WCHAR"}
			case s.CharStrings:
				return &Type{Kind: TypeNamed, Name: "CHAR"}
			case wide:
				return &Type{Kind: TypeNamed, Name: "WORD"}
			}
			return &Type{Kind: TypeNamed, Name: "BYTE"}
		}
	case "deref_expression":
		t := s.Resolve(s.designatorType(n.Child("operand")))
		if t != nil && (t.Kind == TypePointer || t.Kind == TypeRef) {
			return t.Elem
		}
	case "member_expression":
		obj, mem := n.Child("object"), n.Child("member")
		if mem == nil || mem.Kind() != "identifier" {
			if mem != nil && mem.Kind() == "integer" {
				return &Type{Kind: TypeNamed, Name: "BOOL"} // bit access x.3
			}
			if mem != nil && mem.Kind() == "partial_access" {
				// SCL's slice access: .%X3 a bit, .%B1 a byte, .%W0 a word, .%D0 a
				// double word, .%L0 a long word of the variable.
				return &Type{Kind: TypeNamed, Name: partialAccessType(mem.Text())}
			}
			return nil
		}
		// GVL.x, a namespace, or an enum type: the member is resolved on its own.
		if obj.Is("identifier", "global_scope") {
			objName, lookup := obj.Text(), s.Lookup
			if obj.Is("global_scope") { // `.GVL.x`
				objName, lookup = obj.Child("name").Text(), s.LookupGlobal
			}
			if sym := lookup(objName); sym.Kind == SymNone {
				if v := s.QualifiedGlobal(objName, mem.Text()); v != nil {
					return v.Type
				}
				return nil
			} else if sym.Kind == SymType {
				return &Type{Kind: TypeNamed, Name: objName}
			} else if sym.Kind == SymPOU && sym.POU != nil && sym.POU.Kind == KindProgram {
				// `PRG_Kin.eStatus`: a program's variable, read from outside as CODESYS and
				// TwinCAT allow.
				if v := sym.POU.Var(mem.Text()); v != nil {
					return v.Type
				}
				return nil
			}
		}
		if selfObject(obj) {
			// THIS^.fbInner, SUPER^.nCount: a variable of the block the code belongs to
			// (its bases' included).
			if s.POU == nil {
				return nil
			}
			inner := &Scope{POU: s.POU.Top(), Model: s.Model, WS: s.WS}
			if v := inner.Local(mem.Text()); v != nil {
				return v.Type
			}
			return nil
		}
		return s.memberType(s.designatorType(obj), mem.Text())
	}
	return nil
}

// selfObject reports THIS^ or SUPER^ (or THIS, SUPER alone, as CODESYS also reads them
// before a dot): the block the code belongs to.
func selfObject(obj *Node) bool {
	if obj.Is("deref_expression") {
		obj = obj.Child("operand")
	}
	return obj.Is("this", "super")
}

// memberType finds a member's type in a struct, a function block's interface or a standard
// block's outputs.
func (s *Scope) memberType(t *Type, name string) *Type {
	t = s.Resolve(t)
	if t == nil {
		return nil
	}
	if t.Kind == TypeRef || t.Kind == TypePointer {
		t = s.Resolve(t.Elem)
		if t == nil {
			return nil
		}
	}
	if t.Kind == TypeStruct || t.Kind == TypeUnion {
		for depth := 0; t != nil && depth < 8; depth++ {
			for _, m := range t.Members {
				if strings.EqualFold(m.Name, name) {
					return m.Type
				}
			}
			if t.Base == "" {
				return nil
			}
			d := s.FindType(t.Base)
			if d == nil {
				return nil
			}
			t = d.Type
		}
		return nil
	}
	pou, std := s.FBType(t)
	if pou != nil {
		sc := &Scope{POU: pou, Model: s.Model, WS: s.WS}
		if v := sc.Local(name); v != nil {
			return v.Type
		}
		return nil
	}
	if std != nil {
		for _, ps := range [][]Param{std.Inputs, std.Outputs, std.InOuts} {
			for _, prm := range ps {
				if strings.EqualFold(prm.Name, name) {
					return &Type{Kind: TypeNamed, Name: prm.Type}
				}
			}
		}
	}
	return nil
}

// partialAccessType is the type an SCL slice access reads: `%X3` a BOOL, `%B1` a BYTE,
// `%W0` a WORD, `%D0` a DWORD, `%L0` an LWORD.
func partialAccessType(access string) string {
	if len(access) >= 2 {
		switch access[1] | 0x20 {
		case 'b':
			return "BYTE"
		case 'w':
			return "WORD"
		case 'd':
			return "DWORD"
		case 'l':
			return "LWORD"
		}
	}
	return "BOOL"
}

// encloses reports whether q is the scope's POU or one around it.
func (s *Scope) encloses(q *POU) bool {
	for p := s.POU; p != nil; p = p.Parent {
		if p == q {
			return true
		}
	}
	return false
}
