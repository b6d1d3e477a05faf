package st

import "strings"

// POU kinds as written in the source.
const (
	KindProgram       = "PROGRAM"
	KindFunction      = "FUNCTION"
	KindFunctionBlock = "FUNCTION_BLOCK"
	KindClass         = "CLASS" // SIMATIC AX / IEC 61131-3 3rd edition
	KindMethod        = "METHOD"
	KindProperty      = "PROPERTY"
	KindAction        = "ACTION"
	KindInterface     = "INTERFACE"
	KindOrgBlock      = "ORGANIZATION_BLOCK"
	KindDataBlock     = "DATA_BLOCK"
)

// Section kinds of variable declarations.
const (
	SecVar      = "VAR"
	SecInput    = "VAR_INPUT"
	SecOutput   = "VAR_OUTPUT"
	SecInOut    = "VAR_IN_OUT"
	SecGlobal   = "VAR_GLOBAL"
	SecExternal = "VAR_EXTERNAL"
	SecTemp     = "VAR_TEMP"
	SecStat     = "VAR_STAT"
)

// POU is a program organisation unit: PROGRAM, FUNCTION, FUNCTION_BLOCK, or a METHOD,
// PROPERTY or ACTION nested in one (Parent set), or an SCL block.
type POU struct {
	Kind       string
	Name       string
	Start, End int // the whole declaration
	NameStart  int
	NameEnd    int
	ReturnType *Type // FUNCTION and METHOD results, PROPERTY types
	Extends    []string
	// InstanceOf is the function block an SCL instance data block belongs to
	// (`DATA_BLOCK "iDB" "FB_Name"`): the DB holds that FB's variables.
	InstanceOf string
	// Namespace is the NAMESPACE a top-level POU is declared in ("" outside any).
	Namespace  string
	Implements []string
	Vars       []*Var
	Children   []*POU // methods, properties, actions declared inside
	Parent     *POU
	// BodyStart..BodyEnd is the statement list (both zero when the body is empty).
	BodyStart, BodyEnd int
	// DeclEnd is where the declarations end (the last VAR … END_VAR or the header).
	DeclEnd int
	// Calls lists the lower-case names of POUs the body calls (functions by name, function
	// blocks through the instance's type, own methods and actions by name).
	Calls []string
	// Node is the POU's syntax copy; set only on units materialised for a check or context.
	Node *Node
	// Doc is the comment right above the POU, for hover and prompt context.
	Doc string
	// Implicit are variables the POU has without declaring them: an SFC block's flags and
	// step variables (sfcImplicit).
	Implicit []*Var

	vars map[string]*Var
}

// Var is one declared variable.
type Var struct {
	Name      string
	Section   string // SecVar, SecInput…
	Type      *Type
	Address   string // "%IX0.0", "" when not located
	Value     string // initial value as written
	Constant  bool
	Retain    bool
	Comment   string // the comment on the declaration's line
	Decl      string // the declaration's source line(s), trimmed
	Start     int    // the name's byte range
	End       int
	DeclStart int
	DeclEnd   int
	// List is the global variable list a global belongs to, where its file names one (a
	// TwinCAT .TcGVL's <GVL Name="GVL_IO">); ListQualified: the list is
	// {attribute 'qualified_only'}, its variables are written GVL_IO.name only.
	List          string
	ListQualified bool
	// Owner is the POU that declares the variable (nil for globals).
	Owner *POU
	// Node is the var_declaration copy, when materialised.
	Node *Node
}

// IsFBLike reports whether instances of the POU keep state and have members: a function
// block or a class.
func (p *POU) IsFBLike() bool {
	return p != nil && (p.Kind == KindFunctionBlock || p.Kind == KindClass)
}

// Input reports whether the variable is read-only inside its POU by contract.
func (v *Var) Input() bool { return v.Section == SecInput }

// InputAddress reports whether the variable is located on a physical input.
func (v *Var) InputAddress() bool { return isInputAddress(v.Address) }

func isInputAddress(a string) bool {
	return len(a) >= 2 && a[0] == '%' && (a[1] == 'I' || a[1] == 'i')
}

func isOutputAddress(a string) bool {
	return len(a) >= 2 && a[0] == '%' && (a[1] == 'Q' || a[1] == 'q')
}

// TypeKind says what a Type is.
type TypeKind int

const (
	TypeNamed TypeKind = iota // elementary, user type or function block, by name
	TypeString
	TypeArray
	TypePointer
	TypeRef
	TypeStruct
	TypeSubrange
	TypeEnum
	TypeUnion
)

// Type is a type expression as declared.
type Type struct {
	Kind TypeKind
	Name string // TypeNamed: the name as written; TypeSubrange: the base
	Text string // source text
	Dims []Dim  // TypeArray
	Elem *Type  // TypeArray, TypePointer, TypeRef
	// Enum values (TypeEnum) and Members (TypeStruct, TypeUnion).
	Enum    []EnumValue
	Members []*Var
	Base    string // enum base type, struct EXTENDS
	Lo, Hi  *Node  // TypeSubrange bounds
	// Library is the shipped library whose declarations wrote this type: its names are
	// that library's (Tc2_MC2's AXIS_REF.Status is Tc2_MC2's ST_AxisStatus, whatever the
	// project calls ST_AxisStatus).
	Library string
}

// Dim is one array dimension; Lo and Hi are the bound expressions (nil for '*').
type Dim struct {
	Lo, Hi *Node
}

// EnumValue is one enumerator.
type EnumValue struct {
	Name       string
	Value      *Node // nil when implicit
	Start, End int   // the name
}

// TypeDecl is one TYPE … END_TYPE entry.
type TypeDecl struct {
	Name      string
	Type      *Type
	Start     int
	End       int
	NameStart int
	NameEnd   int
	// QualifiedOnly: {attribute 'qualified_only'}, the values are written Type.Value only
	QualifiedOnly bool
	// Init is the type's initial value (`TYPE E_Mode : (IDLE, RUN) := IDLE; END_TYPE`), or nil.
	Init *Node
}

// Elementary returns the upper-case elementary name of a named type, or "".
func (t *Type) Elementary() string {
	if t == nil {
		return ""
	}
	switch t.Kind {
	case TypeString:
		if strings.HasPrefix(strings.ToUpper(t.Text), "WSTRING") {
			return "WSTRING"
		}
		return "STRING"
	case TypeNamed, TypeSubrange:
		u := strings.ToUpper(t.Name)
		if _, ok := elementary[u]; ok {
			return u
		}
	}
	return ""
}

// Var looks a variable up by name in the POU's own declarations.
func (p *POU) Var(name string) *Var {
	if p == nil {
		return nil
	}
	if p.vars != nil {
		// Rules ask for every name they meet: a lookup must not allocate.
		var buf [64]byte
		if k, ok := lowerKey(buf[:], name); ok {
			return p.vars[string(k)]
		}
		return p.vars[lower(name)]
	}
	for _, v := range p.Vars {
		if strings.EqualFold(v.Name, name) {
			return v
		}
	}
	return nil
}

// seal builds the name index once the POU is complete. Cached POUs are shared between
// goroutines, so the index is never built lazily.
func (p *POU) seal() {
	p.vars = make(map[string]*Var, len(p.Vars))
	for _, v := range p.Vars {
		if _, dup := p.vars[lower(v.Name)]; !dup {
			p.vars[lower(v.Name)] = v
		}
	}
}

// Child returns a nested method, property or action by name.
func (p *POU) Child(name string) *POU {
	for _, c := range p.Children {
		if strings.EqualFold(c.Name, name) {
			return c
		}
	}
	return nil
}

// Overloads returns the methods of p's name its owner declares, p among them: SIMATIC AX
// overloads a method (a constructor too) by its parameters, and a call's arguments pick one.
func (p *POU) Overloads() []*POU {
	if p == nil {
		return nil
	}
	if p.Parent == nil || p.Kind != KindMethod {
		return []*POU{p}
	}
	var out []*POU
	for _, c := range p.Parent.Children {
		if c.Kind == KindMethod && strings.EqualFold(c.Name, p.Name) {
			out = append(out, c)
		}
	}
	return out
}

// Interface returns the POU's inputs, outputs and in-outs in declaration order.
func (p *POU) Interface() (in, out, inout []*Var) {
	for _, v := range p.Vars {
		switch v.Section {
		case SecInput:
			in = append(in, v)
		case SecOutput:
			out = append(out, v)
		case SecInOut:
			inout = append(inout, v)
		}
	}
	return
}

// Top returns the outermost POU (the function block of a method).
func (p *POU) Top() *POU {
	for p.Parent != nil {
		p = p.Parent
	}
	return p
}
