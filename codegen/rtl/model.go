package rtl

import "strings"

// The semantic model of one design unit (module, interface, package, or the file-level
// items between them). A Unit depends only on its own text, so it is cached by that text
// and every offset in it is relative to the unit's first byte; Base gives the absolute
// position in the file it was found in.

// Unit kinds.
const (
	UnitModule    = "module"
	UnitInterface = "interface"
	UnitPackage   = "package"
	UnitPrimitive = "primitive" // a user-defined primitive (UDP): ports only, no rules
	UnitProgram   = "program"   // a program block (IEEE 1800-2017 24): a testbench unit with ports
	UnitItems     = "items"     // file-level ($unit) declarations
)

// Declaration kinds.
const (
	KindNet       = "net"
	KindVar       = "variable"
	KindParam     = "parameter"
	KindLocal     = "localparam"
	KindTypeParam = "type parameter"
	KindGenvar    = "genvar"
	KindType      = "type"
	KindEnumConst = "enum constant"
	KindFunction  = "function"
	KindTask      = "task"
	KindInstance  = "instance"
	KindLabel     = "label"
	KindModport   = "modport"
	KindIfacePort = "interface port"
	KindProperty  = "property"
	KindClass     = "class"
	KindConstr    = "constraint"
	KindCovergrp  = "covergroup"
	KindCoverpt   = "coverpoint"
	KindLet       = "let"
	KindChecker   = "checker"
	KindClocking  = "clocking"
)

// Unit is the model of one top-level declaration.
type Unit struct {
	Kind       string
	Name       string
	NameNode   *Node
	Root       *Node
	Text       string
	Header     int  // relative offset of the end of the module header (";" after the ports)
	SVSyntax   bool // uses constructs that exist only in SystemVerilog
	NoNettype  bool // `default_nettype none in force
	Empty      bool // no items besides port declarations (a black-box stub)
	HasInclude bool
	// OpenParams and OpenPorts mark a header list that holds a macro use or an `include
	// (VeeR's `#(`include "el2_param.vh")`, BlackParrot's `declare_bp_proc_params(p)`):
	// the list has more entries than the text shows, so a name it lacks may still be one.
	OpenParams, OpenPorts bool
	// GapPorts marks a port list with an empty port before a named one (`module m (a, , b)`,
	// IEEE 1364-2005 12.3.2): an ordered connection's position does not index Ports
	GapPorts bool

	Params  []*Decl          // parameters and localparams in order
	Ports   []*Port          // in header order
	Decls   []*Decl          // every declaration, all scopes
	Signals map[string]*Decl // unit-scope declarations by name (merged port + net/var)
	// lost are the names of declarations a syntax error cut off (HasName counts them).
	lost    map[string]bool
	Imports []Import

	Procs     []*Proc
	Writes    []*Access
	Reads     []*Access
	Instances []*Instance
	Refs      []*Node // identifier and type_identifier references (for undeclared names)

	MacroItems bool // macros used where declarations go (they may declare names)
	// ItemMacros names the macros used as items of the body (set with MacroItems; a macro
	// in the header's lists sets MacroItems alone)
	ItemMacros []string
	// FirstError is the relative offset of the first ERROR or MISSING node (-1 when none):
	// name rules do not trust what error recovery made of the text after it.
	FirstError int
	// Broken is set when the whole unit is an ERROR node (a module being typed); it serves
	// the prompt context, not the rules.
	Broken bool

	byName map[string][]*Decl // every declaration by name, all scopes
	ifdef  []ifdefRegion
	env    map[string]Const // parameter values with defaults
}

// Import is one `import pkg::name;` (Name "*" for a wildcard).
type Import struct {
	Package, Name string
}

// Decl is one declared name.
type Decl struct {
	Name      string
	Kind      string
	Dir       string // port direction ("input", "output", "inout", "ref"), "" otherwise
	NetType   string // "wire", "tri", "wand", …, "" for variables
	TypeText  string // the data type as written ("logic [7:0]", "state_t")
	UserType  string // the named type, when the type is a typedef or interface
	NameNode  *Node
	Node      *Node // the declaration node
	Scope     *Node // the scope node that declares it
	Packed    []*Node
	Unpacked  []*Node
	Value     *Node // parameter default, declarator initializer or ANSI port default
	ValueText string
	Signed    bool
	Iface     bool // an interface port
	PortDecl  bool // declared by a port declaration (ANSI or not)
	// MaybeIface marks an ANSI port of a named type without a direction after a port
	// with one: an interface port if the name is an interface's, else of the type.
	MaybeIface bool
	Merged     *Decl

	Dims     []Dim // unpacked dimensions first, then packed ones
	Width    int   // total packed width, 0 when unknown
	WidthDep bool  // the width depends on an overridable parameter
	Const    Const // evaluated value of a parameter
	Cond     []cond

	// Classes: the class a member belongs to, the base class a class extends, and the
	// qualifiers written before a member (virtual, static, local, protected, rand, pure,
	// extern).
	Class   *Node
	Extends string
	Quals   []string
}

// Has reports whether the declaration carries a qualifier.
func (d *Decl) Has(q string) bool {
	for _, x := range d.Quals {
		if x == q {
			return true
		}
	}
	return false
}

// Dim is one evaluated dimension.
type Dim struct {
	Msb, Lsb Const
	Packed   bool
}

// Lo and Hi give the bounds of a known dimension.
func (d Dim) Lo() int64 { return min(d.Msb.V, d.Lsb.V) }

// Hi is the upper bound.
func (d Dim) Hi() int64 { return max(d.Msb.V, d.Lsb.V) }

// Known reports whether both bounds are constant.
func (d Dim) Known() bool { return d.Msb.OK && d.Lsb.OK }

// IsVar reports whether the declaration is a variable (procedurally assignable).
func (d *Decl) IsVar() bool { return d.Kind == KindVar }

// IsSignal reports whether the declaration is a net or variable.
func (d *Decl) IsSignal() bool {
	return d.Kind == KindNet || d.Kind == KindVar || d.Kind == KindIfacePort
}

// Port is one port of a module or interface in header order.
type Port struct {
	Name    string
	Dir     string
	Decl    *Decl // the merged declaration (nil when a non-ANSI port is never declared)
	Node    *Node // the name in the header
	Default *Node
}

// Proc is one always/initial/final construct.
type Proc struct {
	Node    *Node
	Kind    string // always, always_ff, always_comb, always_latch, initial, final
	Control *Node
	Body    *Node
	Edges   []Edge
	Star    bool     // @* or @(*)
	List    []string // plain signals of an explicit sensitivity list
	Comb    bool
	Seq     bool
	Latch   bool

	Clock     string
	ClockEdge string // posedge, negedge
	Reset     string
	ResetLow  bool
	ResetSync bool
	ResetNode *Node // the signal tested by the reset branch
	ResetIf   *Node // the if statement that tests the reset
}

// Edge is one edge event of a sensitivity list.
type Edge struct {
	Edge   string // posedge, negedge, edge
	Signal string
	Node   *Node
}

// Access kinds.
// AccessKind tells how an Access reads or writes its name.
type AccessKind uint8

const (
	AccAssign   AccessKind = iota + 1 // continuous assignment (or a net declaration's initializer)
	AccProc                           // procedural assignment
	AccInit                           // variable initializer
	AccLoop                           // for-loop header
	AccTask                           // inside a task or function
	AccGate                           // gate primitive output
	AccInstance                       // instance connection (resolved per check)
	AccRead
)

// Access is one write or read of a name. A unit holds one per name it reads or writes, so
// its size counts: connection details sit behind Conn, and the small fields come last.
type Access struct {
	Name     string
	Id       *Node // the identifier
	Expr     *Node // the lvalue or select holding it
	Stmt     *Node // the assignment, connection or statement
	Proc     *Proc
	Range    *[2]int64   // constant bit range written or read (nil: whole or unknown)
	Conn     *Connection // for instance connections
	Cond     []cond      // generate and `ifdef branches it lies in
	Kind     AccessKind
	Blocking bool
	Partial  bool // a select or member: not the whole signal
}

// Connection is where an instance connection's access goes.
type Connection struct {
	Inst *Instance
	Port string // connected port (named connections)
	Pos  int    // position of a positional connection
}

// Instance is one instance of a module (or interface).
type Instance struct {
	Node     *Node // the module_instantiation
	Inst     *Node // the instance node
	Module   string
	ModNode  *Node
	Name     string
	NameNode *Node
	Params   []*Node // parameter_connection nodes
	Conns    []*Node // port_connection nodes
	// ConnPos is the position of each of Conns among the connections: an ordered list may
	// leave one empty (`u (q, , d)`), which has no node but takes its place
	ConnPos   []int
	Wildcard  bool
	Array     bool
	Named     bool // connections by name
	Positonal bool
	// MacroConns: a macro stands for some connections (which ports is not known)
	MacroConns bool
}

type cond struct {
	group  int
	branch int
	// macro and defined say what a preprocessor branch requires: macro defined (+1) or
	// not (-1); 0 when the branch says nothing certain about a single macro.
	macro   string
	defined int8
	// test is an if-generate's condition (nil for other branches); dead is set once the
	// unit's parameters are known when the condition's value, with every parameter at its
	// default, leaves this branch out of the elaboration (markDeadBranches).
	test *Node
	dead bool
	// open is set when the condition is no constant Gantry can evaluate (a member of a
	// struct parameter without default, `pt.ICCM_ONLY == 1`): a configuration choice.
	open bool
	// notAll: an `ifndef of a macro the text `defines earlier under these branch
	// requirements (NVDLA's `ifndef EMU `ifndef FPGA `define NO_EMU_NO_FPGA … `endif `endif,
	// then `ifndef NO_EMU_NO_FPGA): the branch is built only where not all of them hold.
	notAll []cond
}

// exclusive reports whether two branch paths can never both be elaborated: two branches
// of one conditional, branches that need one macro both defined and undefined
// (`ifdef VERILATOR … `endif then `ifndef VERILATOR … `endif), or a path through a
// generate branch that the module's default parameters leave out, or two branches whose
// parameter tests contradict (`if (!Cfg.X)` generate, `if (Cfg.X && Cfg.Y)` in a process;
// elabconds.go). The default-parameter case is what
// `verilator --lint-only` sees when it elaborates the module on its own: separate
// `if (W == 8)` and `if (W > 8)` blocks each driving the output are one driver, not two,
// and rules whose findings are errors must not assume a configuration no one builds.
//
// A branch both paths go through does not part them, dead or not: two assigns to one
// signal inside the same `else` of `if (REGISTERED)` conflict whenever that branch is built.
func exclusive(a, b []cond) bool {
	for _, x := range a {
		if x.dead && !onPath(b, x) {
			return true
		}
	}
	for _, y := range b {
		if y.dead && !onPath(a, y) {
			return true
		}
	}
	for _, x := range a {
		for _, y := range b {
			if x.group == y.group && x.branch != y.branch {
				return true
			}
			if x.defined != 0 && y.defined != 0 && x.macro == y.macro && x.defined != y.defined {
				return true
			}
			if contradict(x, y) {
				return true
			}
		}
	}
	return excludedByDefine(a, b) || excludedByDefine(b, a)
}

// excludedByDefine reports whether b holds an `ifndef of a macro the text defines under
// requirements that a's path all meets: where a is built, the macro is defined.
func excludedByDefine(a, b []cond) bool {
	for _, y := range b {
		if len(y.notAll) == 0 {
			continue
		}
		all := true
		for _, s := range y.notAll {
			met := false
			for _, x := range a {
				met = met || (x.defined == s.defined && x.macro == s.macro)
			}
			all = all && met
		}
		if all {
			return true
		}
	}
	return false
}

// onPath reports whether the branch c is on the path cs.
func onPath(cs []cond, c cond) bool {
	for _, x := range cs {
		if x.group == c.group && x.branch == c.branch {
			return true
		}
	}
	return false
}

// apartByMacros reports whether a and b are elaborated together only when two different
// macros are both defined, each needed by one side alone (`ifdef RV_BUILD_AXI4 … `endif
// beside `ifdef RV_BUILD_AHB_LITE … `endif). Configuration macros of that kind usually
// exclude each other, which no source says; verilator and yosys, given no defines, see
// neither side. A conflict between such branches is reported one severity lower.
//
// So are a branch that needs a macro defined beside one that needs another left undefined
// (NVDLA's `ifdef SPYGLASS_FLOPRAM stub beside its RAM model's `ifndef SYNTHESIS):
// together only when one configuration macro is defined and the other is not, which a
// compile without defines never builds. Two branches that need macros left undefined
// (`ifndef SYNTHESIS beside `ifndef FORMAL) are both in that compile: no such pair.
func apartByMacros(a, b []cond) bool {
	if needsMacroAlone(a, b) && needsMacroAlone(b, a) {
		return true
	}
	return (needsMacroAlone(a, b) || needsMacroAlone(b, a)) && needsConfigAlone(a, b) && needsConfigAlone(b, a)
}

// macroAlone returns a macro a needs defined that b does not need, or "".
func macroAlone(a, b []cond) string {
	for _, x := range a {
		if x.defined <= 0 {
			continue
		}
		shared := false
		for _, y := range b {
			shared = shared || (y.defined > 0 && y.macro == x.macro)
		}
		if !shared {
			return x.macro
		}
	}
	return ""
}

// needsConfigAlone reports whether a needs some macro defined or left undefined that b
// does not need the same way.
func needsConfigAlone(a, b []cond) bool {
	for _, x := range a {
		if x.defined == 0 {
			continue
		}
		shared := false
		for _, y := range b {
			shared = shared || (y.defined == x.defined && y.macro == x.macro)
		}
		if !shared {
			return true
		}
	}
	return false
}

// apartByParams reports whether a and b each lie in an if-generate branch whose test Gantry
// cannot evaluate and the other is not in (`if (pt.ICCM_ONLY == 1)` beside
// `if (pt.ICACHE_ONLY == 1)`, VeeR's): separate configuration choices that usually exclude
// each other, elaborated together only if both tests hold. A conflict between such
// branches is reported one severity lower, as one between `ifdef branches of two macros.
func apartByParams(a, b []cond) bool {
	return needsOpenTestAlone(a, b) && needsOpenTestAlone(b, a)
}

// needsOpenTestAlone reports whether a passes an unevaluated generate test b does not.
func needsOpenTestAlone(a, b []cond) bool {
	for _, x := range a {
		if !x.open {
			continue
		}
		shared := false
		for _, y := range b {
			shared = shared || y.group == x.group
		}
		if !shared {
			return true
		}
	}
	return false
}

// apartByConfig reports branches built together only under two configuration choices at
// once: two macros (apartByMacros) or two generate tests of unknown value (apartByParams).
func apartByConfig(a, b []cond) bool { return apartByMacros(a, b) || apartByParams(a, b) }

// apartReason says why two drivers apartByConfig may never be built together.
func apartReason(a, b []cond) string {
	if apartByMacros(a, b) {
		if needsMacroAlone(a, b) && needsMacroAlone(b, a) {
			return "in another `ifdef branch: both are built only if both macros are defined"
		}
		return "in another `ifdef branch: both are built only if one macro is defined and the other is not"
	}
	return "in another generate branch: both are built only if both of their parameter tests hold"
}

// needsMacroAlone reports whether a needs some macro defined that b does not need.
func needsMacroAlone(a, b []cond) bool { return macroAlone(a, b) != "" }

// Lookup returns the unit-scope declaration of name.
func (u *Unit) Lookup(name string) *Decl {
	if u == nil {
		return nil
	}
	return u.Signals[name]
}

// Port returns the port named name.
func (u *Unit) Port(name string) *Port {
	for _, p := range u.Ports {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// Param returns the parameter named name.
func (u *Unit) Param(name string) *Decl {
	for _, p := range u.Params {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// Scope returns an evaluation scope over the unit's parameter values.
func (u *Unit) Scope() Scope {
	return func(name string) Const { return u.env[name] }
}

// scopeAt resolves names as seen at n: a parameter declared in an enclosing generate
// block is that block's own (`localparam pid = 1;` in one `if (EN1)` block and `pid = 0`
// in another, each indexing its own element of a shared array), not the unit's first
// parameter of that name.
func (u *Unit) scopeAt(n *Node) Scope {
	env := u.Scope()
	return func(name string) Const {
		d := u.LookupAt(name, n)
		if d == nil || d.Scope == u.Root || d.Value == nil || (d.Kind != KindLocal && d.Kind != KindParam) {
			return env(name)
		}
		c := Eval(d.Value, env)
		if d.Kind == KindParam {
			c.ParamDep = true
		}
		return c
	}
}

// ScopeWith evaluates the unit's parameters again with overrides (instance parameters).
func (u *Unit) ScopeWith(over map[string]Const) Scope {
	if len(over) == 0 {
		return u.Scope()
	}
	env := map[string]Const{}
	sc := func(name string) Const { return env[name] }
	for _, p := range u.Params {
		if v, ok := over[p.Name]; ok && p.Kind == KindParam {
			env[p.Name] = v
			continue
		}
		c := Eval(p.Value, sc)
		if p.Kind == KindParam {
			c.ParamDep = true
		}
		env[p.Name] = c
	}
	return sc
}

// WidthIn evaluates the packed width of d under scope (0 when unknown).
func (d *Decl) WidthIn(sc Scope) (int, bool) {
	if d.UserType != "" || d.Iface {
		return 0, false
	}
	w := 1
	for _, pd := range d.Packed {
		a, b := Eval(pd.Child("msb"), sc), Eval(pd.Child("lsb"), sc)
		if !a.OK || !b.OK {
			return 0, false
		}
		w *= int(max(a.V, b.V)-min(a.V, b.V)) + 1
	}
	if len(d.Packed) == 0 {
		switch baseType(d.TypeText) {
		case "integer", "int":
			return 32, true
		case "byte":
			return 8, true
		case "shortint":
			return 16, true
		case "longint":
			return 64, true
		case "real", "shortreal", "realtime", "time", "string", "event":
			return 0, false
		}
	}
	return w, true
}

func baseType(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.IndexAny(t, " \t["); i >= 0 {
		t = t[:i]
	}
	return t
}

// Describe is the one-line declaration shown in hovers and prompts.
func (d *Decl) Describe() string {
	var sb strings.Builder
	if d.Dir != "" {
		sb.WriteString(d.Dir + " ")
	}
	switch {
	case d.NetType != "" && d.TypeText != "":
		sb.WriteString(d.NetType + " " + d.TypeText + " ")
	case d.NetType != "":
		sb.WriteString(d.NetType + " ")
	case d.TypeText != "":
		sb.WriteString(d.TypeText + " ")
	case d.Kind == KindParam || d.Kind == KindLocal:
		sb.WriteString(d.Kind + " ")
	case d.Kind == KindNet && d.Dir == "":
		sb.WriteString("wire ")
	}
	sb.WriteString(d.Name)
	for _, u := range d.Unpacked {
		sb.WriteString(" " + squash(u.Text()))
	}
	if (d.Kind == KindParam || d.Kind == KindLocal) && d.Value != nil {
		sb.WriteString(" = " + squash(d.ValueText))
	}
	return sb.String()
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// markDeadBranches sets dead on the if-generate branches of the unit's declarations and
// writes that its default parameters leave out.
func (u *Unit) markDeadBranches() {
	for _, d := range u.Decls {
		u.markDead(d.Cond)
	}
	for _, w := range u.Writes {
		u.markDead(w.Cond)
	}
}

// markDead sets dead on the if-generate branches of cs whose condition, a constant of the
// unit with every parameter at its default, leaves them out. A condition that is not such
// a constant (a genvar's, a package's, an unknown name's) marks nothing.
func (u *Unit) markDead(cs []cond) {
	sc := u.Scope()
	for i := range cs {
		c := &cs[i]
		if c.test == nil {
			continue
		}
		if v := Eval(c.test, sc); v.OK {
			c.dead = (v.V != 0) != (c.branch == 0)
		} else {
			c.open = true
		}
	}
}

// HasName reports whether the unit declares name in any scope, or names it in a
// declaration a syntax error cut off.
func (u *Unit) HasName(name string) bool { return len(u.byName[name]) > 0 || u.lost[name] }

// LostToError reports whether name appears inside a syntax error of the unit: what the
// broken text did with it (drive it, read it) is unknown.
func (u *Unit) LostToError(name string) bool { return u.lost[name] }

// EachName calls fn with every name HasName reports, once each, until fn returns false.
func (u *Unit) EachName(fn func(name string) bool) {
	for n := range u.byName {
		if !fn(n) {
			return
		}
	}
	for n := range u.lost {
		if len(u.byName[n]) == 0 && !fn(n) {
			return
		}
	}
}
