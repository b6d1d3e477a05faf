package st

import (
	"context"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen/editdist"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Model is the semantic model of one file: its top-level units and the symbols they declare.
type Model struct {
	File  *syntax.File
	Units []*Unit
	symtab
	// plcopen are the POUs a PLCopen export declares in XML (readPLCopenDecls), nested
	// ones too: a body's statements take the scope of the one whose element holds them.
	plcopen []*POU
	// plcopenNoInst are the methods of a PLCopen export TwinCAT wrote, whose VAR_INST the
	// export does not hold (readPLCopenDecls).
	plcopenNoInst map[*POU]bool
}

// Unit is one top-level declaration (a POU, a TYPE block, a global list, a statement).
type Unit struct {
	Start, End int
	data       *unitData

	once sync.Once
	abs  *unitData
}

// Abs returns the unit's declarations with file offsets and syntax nodes attached: a copy
// made on first use, so only the units a check or a context looks at pay for it.
func (u *Unit) Abs(text []byte) *unitData {
	u.once.Do(func() {
		if d := u.shift(); d != 0 {
			// The copy takes what the unit's place added to its tree too: the global list
			// it belongs to, the comment above it.
			u.abs = buildUnit(u.data.root.Shift(d, nil), text, 0)
			u.abs.decorate(u.data.decor)
			return
		}
		// Where it was read: the cached declarations are this text's (they are never
		// changed once built, so models share them).
		u.abs = u.data
	})
	return u.abs
}

// shift is what turns the offsets of the unit's cached data into this text's offsets.
func (u *Unit) shift() int { return u.Start - u.data.at }

// POUs returns the unit's top-level POUs with file offsets.
func (u *Unit) POUs(text []byte) []*POU { return u.Abs(text).pous }

// Root returns the unit's syntax copy with file offsets.
func (u *Unit) Root(text []byte) *Node { return u.Abs(text).root }

// symtab indexes declarations by lower-case name. Entries keep unit-relative offsets: the
// index answers names and types, never positions.
type symtab struct {
	pous     map[string]*POU
	types    map[string]*TypeDecl
	globals  map[string]*Var
	enumVals map[string][]*TypeDecl
	spaces   map[string]bool
	// overloads marks function names declared more than once with different parameters
	// (SIMATIC AX overloads functions by their parameter types).
	overloads map[string]bool
	// redeclared marks POU names declared more than once differently ("type:" + name for
	// types): a repository of several projects (Beckhoff's samples) has an FB_Client in
	// each, and which one a call means is not known.
	redeclared map[string]bool
	// where records the file each symbol came from (workspace index only).
	where map[string]string
	// lists are the named global variable lists (TwinCAT GVLs) by lower-case name.
	lists map[string]*globalList
	// project is the .plcproj of the file a workspace index serves ("" for none): a list of
	// another project's never joins that project's list of the same name (a repository of
	// several projects has a GVL in each, and another's members are not this one's).
	project string
}

// globalList is one named global variable list and the variables it declares.
type globalList struct {
	name      string
	path      string          // the file declaring it ("" in the checked file's own model)
	qualified bool            // {attribute 'qualified_only'}: GVL_IO.name only
	vars      map[string]*Var // by lower-case name
}

func (s *symtab) init() {
	s.pous = map[string]*POU{}
	s.types = map[string]*TypeDecl{}
	s.globals = map[string]*Var{}
	s.enumVals = map[string][]*TypeDecl{}
	s.spaces = map[string]bool{}
	s.overloads = map[string]bool{}
	s.redeclared = map[string]bool{}
	s.lists = map[string]*globalList{}
}

// anyName reports whether fn holds for the key of a global, an enumeration value, a POU or
// a type of the table; it stops at the first.
func (s *symtab) anyName(fn func(string) bool) bool {
	for _, keys := range []iter.Seq[string]{maps.Keys(s.globals), maps.Keys(s.enumVals), maps.Keys(s.pous), maps.Keys(s.types)} {
		for k := range keys {
			if fn(k) {
				return true
			}
		}
	}
	return false
}

func (s *symtab) add(u *unitData, path string) {
	for _, ns := range u.namespaces {
		s.spaces[lower(ns)] = true
	}
	for _, p := range u.pous {
		k := lower(p.Name)
		if _, held := s.pous[k]; held && !s.ownFirst("pou:"+k, path, func() {
			delete(s.pous, k)
			delete(s.redeclared, k)
			delete(s.overloads, k)
		}) {
			continue
		}
		if prev, ok := s.pous[k]; ok && twins(prev, p) {
			// B&R: a .fun's interface and a .st's code of one block; the interface is
			// what a call sees.
			if declOnly(p) {
				s.pous[k] = p
				if s.where != nil {
					s.where["pou:"+k] = path
				}
			}
			continue
		}
		if prev, ok := s.pous[k]; ok && overloads(prev, p) {
			s.overloads[k] = true
		}
		if prev, ok := s.pous[k]; ok && prev != p && shape(prev) != shape(p) {
			s.redeclared[k] = true
		}
		if _, ok := s.pous[k]; !ok {
			s.pous[k] = p
			if s.where != nil {
				s.where["pou:"+k] = path
			}
		}
	}
	for _, t := range u.types {
		k := lower(t.Name)
		if _, held := s.types[k]; held && !s.ownFirst("type:"+k, path, func() {
			delete(s.types, k)
			delete(s.redeclared, "type:"+k)
		}) {
			continue
		}
		if prev, ok := s.types[k]; ok && prev != t && memberList(prev.Type) != memberList(t.Type) {
			s.redeclared["type:"+k] = true
		}
		if _, ok := s.types[k]; !ok {
			s.types[k] = t
			if s.where != nil {
				s.where["type:"+k] = path
			}
		}
		if t.Type != nil && t.Type.Kind == TypeEnum && !t.QualifiedOnly {
			for _, e := range t.Type.Enum {
				ek := lower(e.Name)
				s.enumVals[ek] = append(s.enumVals[ek], t)
			}
		}
	}
	for _, v := range u.globals {
		k := lower(v.Name)
		if v.List != "" {
			s.addToList(v, path)
		}
		if prev, ok := s.globals[k]; ok && prev != v && lower(prev.List) != lower(v.List) {
			s.redeclared["var:"+k] = true // two lists declare it: which one a bare name means is not known
		}
		if _, ok := s.globals[k]; !ok {
			s.globals[k] = v
			if s.where != nil {
				s.where["var:"+k] = path
			}
		}
	}
}

// addToList adds global v to its list, declared in path.
func (s *symtab) addToList(v *Var, path string) {
	lk := lower(v.List)
	l := s.lists[lk]
	if l != nil {
		switch s.declarationOrder(l.path, path) {
		case foreignDeclaration:
			return // the own project's list of that name stays as it is
		case ownDeclaration:
			l = nil
		}
	}
	if l == nil {
		l = &globalList{name: v.List, path: path, vars: map[string]*Var{}}
		s.lists[lk] = l
	}
	// Qualified only when every declaration of the list says so (a repository of
	// several projects may hold two GVL_IO).
	if len(l.vars) == 0 {
		l.qualified = v.ListQualified
	}
	l.qualified = l.qualified && v.ListQualified
	l.vars[lower(v.Name)] = v
}

// ownFirst settles a declaration in path of a name the table holds (where key w): false
// when the table keeps its own project's; drop clears the held one when path is the own
// project's and the held one another's.
func (s *symtab) ownFirst(w, path string, drop func()) bool {
	switch s.declarationOrder(s.where[w], path) {
	case foreignDeclaration:
		return false
	case ownDeclaration:
		drop()
	}
	return true
}

// How a declaration in one file meets the index's declaration of that name from another
// (declarationOrder).
const (
	declarationsJoin   = iota // the same project, or none to tell apart
	foreignDeclaration        // the new one is another project's than the index's own, the old one is the own
	ownDeclaration            // the old one is another project's, the new one the own: it takes the name
)

// declarationOrder tells how a declaration in path meets one of the same name from prev, in
// an index serving a TwinCAT project (s.project): a repository of several projects
// declares GVL, E_State or FB_Motor in each, and a file another name brought in (another
// project's declaration counts where the own project declares nothing) must not join,
// replace or make ambiguous the own project's.
func (s *symtab) declarationOrder(prev, path string) int {
	if s.project == "" || prev == path || prev == "" || path == "" {
		return declarationsJoin
	}
	was, now := ProjectOf(prev), ProjectOf(path)
	switch {
	case was == now:
		return declarationsJoin
	case was == s.project:
		return foreignDeclaration
	case now == s.project:
		return ownDeclaration
	}
	return declarationsJoin
}

func (m *Model) index() {
	m.init()
	for _, u := range m.Units {
		m.add(u.data, "")
	}
}

// UnitAt returns the unit holding offset (ends inclusive, so a cursor right after
// END_PROGRAM still belongs to it), or nil.
func (m *Model) UnitAt(off int) *Unit {
	for _, u := range m.Units {
		if u.Start <= off && off <= u.End {
			return u
		}
	}
	return nil
}

// UnitsIn returns the units overlapping [start, end].
func (m *Model) UnitsIn(start, end int) []*Unit {
	var out []*Unit
	for _, u := range m.Units {
		if u.End >= start && u.Start <= end {
			out = append(out, u)
		}
	}
	return out
}

// SymKind classifies what a name resolves to.
type SymKind int

const (
	SymNone SymKind = iota
	SymVar
	SymPOU
	SymStd // standard function or function block
	SymType
	SymEnumValue
	SymSelf // the POU's own name (function result) or a nested method/action/property
)

// Sym is a resolved name.
type Sym struct {
	Kind SymKind
	Var  *Var
	POU  *POU
	Std  *StdPOU
	Type *TypeDecl
	Path string // the workspace file it came from, "" for this file
}

// Scope resolves names as seen from inside one POU (nil for file level).
type Scope struct {
	POU   *POU
	Model *Model
	WS    *wsIndex
	// Incomplete is set when part of the scope is unknown (a base FB that cannot be found),
	// so rules that need every name stay silent instead of guessing.
	Incomplete bool
	// SCL: double-quoted names are tags, not WSTRING literals.
	SCL bool
	// AX: the file is SIMATIC AX's (its system library's namespaces are known).
	AX bool
	// CharStrings: a string's [i] reads a CHAR, not a BYTE (Dialect.CharStrings).
	CharStrings bool
	// blocks, shared by the scopes of one check, keeps the blocks' member sets.
	blocks *blockMemo
}

// setDialect sets what the scope reads differently in d.
func (s *Scope) setDialect(d Dialect) {
	s.SCL = d == DialectSCL
	s.AX = d == DialectAX
	s.CharStrings = d.CharStrings()
}

func newScope(p *POU, m *Model, ws *wsIndex) *Scope {
	s := &Scope{POU: p, Model: m, WS: ws}
	for q := p; q != nil; q = q.Parent {
		if s.unknownAncestor(q, map[*POU]bool{}) {
			s.Incomplete = true
		}
		if q.Parent == nil && (q.Kind == KindMethod || q.Kind == KindAction || q.Kind == KindProperty) {
			s.Incomplete = true // declared outside its function block: its owner is unknown
		}
		if q.InstanceOf != "" && s.findPOU(q.InstanceOf) == nil && s.FindType(q.InstanceOf) == nil {
			s.Incomplete = true // an instance DB of a block (or type) Gantry cannot see
		}
	}
	return s
}

// unknownAncestor reports whether some block p inherits from, however far up, cannot be
// found or is a library block, whose internals beyond its documented interface are not
// known: a base's base may declare what a body uses.
func (s *Scope) unknownAncestor(p *POU, seen map[*POU]bool) bool {
	if seen[p] {
		return false // a cycle of EXTENDS is reported elsewhere
	}
	seen[p] = true
	for _, b := range p.Extends {
		base := s.findPOU(b)
		if base == nil || s.LibraryPOU(base) || s.unknownAncestor(base, seen) {
			return true
		}
	}
	return false
}

// findPOU looks a POU up in the file, the workspace, then the referenced libraries.
func (s *Scope) findPOU(name string) *POU {
	k := s.unqualified(name)
	if s.Model != nil {
		if p := s.Model.pous[k]; p != nil {
			if d := s.bnrDeclaration(p); d != nil {
				return d // a B&R block's code: its interface is its .fun's
			}
			return p
		}
	}
	if s.WS != nil {
		if p, _ := s.WS.pou(k); p != nil {
			return p
		}
		if p, _ := s.WS.libs.pou(k); p != nil {
			return p
		}
	}
	return nil
}

// FindType looks a user type up in the file, the workspace, then the referenced libraries.
func (s *Scope) FindType(name string) *TypeDecl {
	k := s.unqualified(name)
	if s.Model != nil {
		if t := s.Model.types[k]; t != nil {
			return t
		}
	}
	if s.WS != nil {
		if t := s.WS.typ(k); t != nil {
			return t
		}
		if t := s.WS.libs.typ(k); t != nil {
			return t
		}
	}
	return nil
}

// unqualified returns a lower-case name without the library namespace it is written under
// (`Tc2_MC2.MC_Power` → `mc_power`), or without `_.`, which names the root namespace of a
// TIA Portal PLC: a V21 block document writes a user type so (`cfg : _.typeAxis;`).
func (s *Scope) unqualified(name string) string {
	k := lower(strings.TrimSpace(name))
	if strings.HasPrefix(k, "_.") {
		return k[2:]
	}
	if i := strings.IndexByte(k, '.'); i > 0 && s.WS != nil && s.WS.libs != nil && s.WS.libs.spaces[k[:i]] {
		return k[i+1:]
	}
	return k
}

// Refresh brings a lazy workspace index up to date with the disk (once per process) and
// reports whether it did: a name about to be reported undeclared is looked up again.
func (s *Scope) Refresh() bool { return s.WS.refresh(context.Background()) }

// LibraryPOU reports whether p comes from a shipped library declaration.
func (s *Scope) LibraryPOU(p *POU) bool { return s.WS != nil && s.WS.libs.isLibraryPOU(p) }

// UnknownLibraries returns the referenced libraries Gantry does not list completely: a
// call or a type nothing declares may come from one of them.
func (s *Scope) UnknownLibraries() []string {
	if s.WS == nil || s.WS.libs == nil {
		return nil
	}
	return s.WS.libs.unknown
}

// ShippedLibraryName reports a name the copy of a referenced library that the project
// keeps declares, a library Gantry does not list completely (library_shipped.go).
//
// The table also holds the library's parameters, members and locals, often plain words or
// single letters (`value`, `Reset`, `b`, `idx`): only a compound name, as a library names
// what it exports (`arrNcAchsReset`, `MaxAlarms`, `KinStatus_Error`: a capital, a digit or
// an underscore after its first letter, four characters or more), is taken for one.
func (s *Scope) ShippedLibraryName(name string) bool {
	if s.WS == nil || s.WS.libs == nil || !compoundName(name) {
		return false
	}
	shipped, _ := s.WS.libs.shippedNames()
	return shipped[lower(name)]
}

// compoundName reports a name of four characters or more with a capital letter, a digit
// or an underscore after its first character.
func compoundName(name string) bool {
	if len(name) < 4 {
		return false
	}
	return strings.IndexFunc(name[1:], func(r rune) bool { return r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' }) >= 0
}

// ShippedLibraryTypo reports a name the copies of referenced libraries the project keeps
// do not declare but that is one or two edits from one they do (`KinStatus_Redy` beside
// the library's KinStatus_Ready): a misspelling of the library's name, not another name of
// a library Gantry cannot see. A name of any referenced library's copy is none.
func (s *Scope) ShippedLibraryTypo(name string) bool {
	if s.WS == nil || s.WS.libs == nil {
		return false
	}
	shipped, known := s.WS.libs.shippedNames()
	k := lower(name)
	if len(shipped) == 0 || known[k] || len(strings.TrimLeft(k, "_")) < 3 {
		return false
	}
	limit := typoLimit(k)
	for o := range shipped {
		if editdist.Within(k, o, limit) {
			return true
		}
	}
	return false
}

// ReferencesLibraries reports whether the project says which libraries it uses (a
// .plcproj, a PLCopen export's <Libraries>, `[st] libraries`): then those are all there is.
func (s *Scope) ReferencesLibraries() bool {
	return s.WS != nil && s.WS.libs != nil && len(s.WS.libs.spaces) > 0 && s.WS.libs.named
}

// Global looks a global variable up in the file, then the workspace.
func (s *Scope) Global(name string) (*Var, string) {
	k := lower(name)
	if s.Model != nil {
		if v := s.Model.globals[k]; v != nil {
			return v, ""
		}
	}
	if s.WS != nil {
		if v, where := s.WS.global(k); v != nil {
			return v, where
		}
		if v, where := s.WS.libs.global(k); v != nil {
			return v, where
		}
	}
	return nil, ""
}

// QualifiedGlobal returns the variable `list.name` reads: the member of the project's
// global variable list of that name (two lists may each declare a name, `G_IO.fPressure
// AT %I*` beside a scaled `G_Sensors.fPressure`), or, where the workspace has no list so
// named (a library's list or namespace), the global of that name. Where the list lacks
// the name, only a global of a list so named is taken (a repository of several projects
// may hold two lists of one name); nil otherwise.
func (s *Scope) QualifiedGlobal(list, name string) *Var {
	v, _ := s.Global(name)
	l := s.GlobalList(list)
	if l == nil {
		return v
	}
	if m := l.vars[lower(name)]; m != nil {
		return m
	}
	if v != nil && strings.EqualFold(v.List, list) {
		return v
	}
	return nil
}

// Local finds a variable declared by the POU, the POUs it is nested in, or their bases.
func (s *Scope) Local(name string) *Var {
	seen := 0
	var find func(p *POU) *Var
	find = func(p *POU) *Var {
		if p == nil || seen > 16 {
			return nil
		}
		seen++
		if v := p.Var(name); v != nil {
			return v
		}
		if d := s.bnrDeclaration(p); d != nil {
			return find(d)
		}
		for _, b := range p.Extends {
			if v := find(s.findPOU(b)); v != nil {
				return v
			}
		}
		if p.InstanceOf != "" {
			if fb := s.findPOU(p.InstanceOf); fb != nil {
				return find(fb)
			}
			// A data block of a PLC data type: DATA_BLOCK "DB" "UDT_X" holds its members.
			if t := s.Resolve(&Type{Kind: TypeNamed, Name: p.InstanceOf}); t != nil && t.Kind == TypeStruct {
				for _, m := range t.Members {
					if strings.EqualFold(m.Name, name) {
						return m
					}
				}
			}
		}
		return nil
	}
	for p := s.POU; p != nil; p = p.Parent {
		if v := find(p); v != nil {
			return v
		}
		// Inside a method (or a function) its own name is its result, which hides a
		// variable of the same name in the block around it: `TypeCode := …;` in METHOD
		// TypeCode of a block that also has a constant typeCode sets the result.
		if p.Parent != nil && p.ReturnType != nil && strings.EqualFold(p.Name, name) {
			return nil
		}
	}
	return nil
}

// Lookup resolves a name: locals, own methods, globals, POUs, the standard library, types,
// enumeration values.
func (s *Scope) Lookup(name string) Sym {
	if name == "" {
		return Sym{}
	}
	if v := s.Local(name); v != nil {
		return Sym{Kind: SymVar, Var: v}
	}
	if v := s.implicit(name); v != nil {
		return Sym{Kind: SymVar, Var: v}
	}
	for p := s.POU; p != nil; p = p.Parent {
		if strings.EqualFold(p.Name, name) {
			return Sym{Kind: SymSelf, POU: p}
		}
		if c := s.member(p, name, 0); c != nil {
			return Sym{Kind: SymSelf, POU: c}
		}
	}
	if v, path := s.Global(name); v != nil {
		g := Sym{Kind: SymVar, Var: v, Path: path}
		if v.List == "" || !v.ListQualified {
			return g
		}
		// A variable of a list marked {attribute 'qualified_only'} is not reached by its
		// bare name: `LiqNaReceita();` calls the program of that name, not the array a
		// qualified-only list also declares. Only when nothing else has the name is the
		// global what was meant (and st/undeclared-identifier asks for the list's name).
		if sym := s.lookupBeyondGlobals(name); sym.Kind != SymNone {
			return sym
		}
		return g
	}
	return s.lookupBeyondGlobals(name)
}

// LookupGlobal resolves a name behind the global namespace operator (`.x`): a global
// variable, else a POU, type or library name as Lookup finds it, never a local or a
// member of the block around it.
func (s *Scope) LookupGlobal(name string) Sym {
	if name == "" {
		return Sym{}
	}
	if v, path := s.Global(name); v != nil {
		return Sym{Kind: SymVar, Var: v, Path: path}
	}
	return s.lookupBeyondGlobals(name)
}

// lookupBeyondGlobals resolves a name that is no variable in scope: POUs, the standard
// library, types, enumeration values.
func (s *Scope) lookupBeyondGlobals(name string) Sym {
	k := lower(name)
	if s.Model != nil {
		if p := s.Model.pous[k]; p != nil {
			if d := s.bnrDeclaration(p); d != nil {
				return Sym{Kind: SymPOU, POU: d}
			}
			return Sym{Kind: SymPOU, POU: p}
		}
	}
	if s.WS != nil {
		if p, where := s.WS.pou(k); p != nil {
			return Sym{Kind: SymPOU, POU: p, Path: where}
		}
		if p, where := s.WS.libs.pou(k); p != nil {
			return Sym{Kind: SymPOU, POU: p, Path: where}
		}
	}
	if std := s.std(name); std != nil {
		return Sym{Kind: SymStd, Std: std}
	}
	if c := StdConst(name); c != nil {
		return Sym{Kind: SymVar, Var: c, Path: "system library"}
	}
	if t := s.FindType(name); t != nil {
		return Sym{Kind: SymType, Type: t}
	}
	if _, ok := elementary[strings.ToUpper(name)]; ok {
		return Sym{Kind: SymType}
	}
	if ts := s.EnumsWith(name); len(ts) > 0 {
		return Sym{Kind: SymEnumValue, Type: ts[0]}
	}
	if t := s.inlineEnumWith(name); t != nil {
		return Sym{Kind: SymEnumValue, Type: t}
	}
	// B&R: a mapp component's link, which its configuration in the Physical view declares.
	if s.WS != nil {
		if v := s.WS.mapp[k]; v != nil {
			return Sym{Kind: SymVar, Var: v, Path: "mapp configuration"}
		}
		// TIA Portal: a PLC tag written without its quotes, from the project's tag tables.
		if v := s.WS.tags[k]; v != nil {
			return Sym{Kind: SymVar, Var: v, Path: "PLC tag table"}
		}
	}
	return Sym{}
}

// inlineEnumWith finds name among the values of an enumeration written in a variable's
// declaration (`eState : (WAITING, RUNNING);`) of the POU or the blocks around it: those
// values are names in the POU's scope.
func (s *Scope) inlineEnumWith(name string) *TypeDecl {
	for p := s.POU; p != nil; p = p.Parent {
		for _, v := range p.Vars {
			if v.Type == nil || v.Type.Kind != TypeEnum {
				continue
			}
			for _, e := range v.Type.Enum {
				if strings.EqualFold(e.Name, name) {
					return &TypeDecl{Name: v.Name, Type: v.Type, Start: v.Start, End: v.End, NameStart: e.Start, NameEnd: e.End}
				}
			}
		}
	}
	return nil
}

// implicit returns the variables a block has without a declaration: an SFC block's flags and
// steps (POU.Implicit), and those SCL gives every block: ENO, the enable output (Bool),
// classic SCL's OK flag (Bool, ENO's value when the block ends), and in a function RET_VAL,
// its result.
func (s *Scope) implicit(name string) *Var {
	if s.POU == nil {
		return nil
	}
	top := s.POU.Top()
	for _, v := range top.Implicit {
		if strings.EqualFold(v.Name, name) {
			return v
		}
	}
	if !s.SCL {
		return nil
	}
	switch strings.ToUpper(name) {
	case "ENO":
		return &Var{Name: "ENO", Section: SecOutput, Type: &Type{Kind: TypeNamed, Name: "Bool", Text: "Bool"},
			Owner: top, Decl: "ENO : Bool", Comment: "enable output: FALSE tells the caller the block failed"}
	case "OK":
		return &Var{Name: "OK", Section: SecTemp, Type: &Type{Kind: TypeNamed, Name: "Bool", Text: "Bool"},
			Owner: top, Decl: "OK : Bool", Comment: "classic SCL's error flag: FALSE when an operation failed; ENO takes its value"}
	case "RET_VAL":
		if top.Kind == KindFunction && top.ReturnType != nil {
			return &Var{Name: "RET_VAL", Section: SecOutput, Type: top.ReturnType, Owner: top,
				Decl: "RET_VAL : " + top.ReturnType.Text, Comment: "the function's result"}
		}
	}
	return nil
}

// inherits reports whether p EXTENDS base, however far up.
func (s *Scope) inherits(p, base *POU, depth int) bool {
	if p == nil || depth > 8 {
		return false
	}
	for _, b := range p.Extends {
		if q := s.findPOU(b); q == base || s.inherits(q, base, depth+1) {
			return true
		}
	}
	return false
}

// member finds a method, property or action of p or its bases.
func (s *Scope) member(p *POU, name string, depth int) *POU {
	if p == nil || depth > 8 {
		return nil
	}
	if c := p.Child(name); c != nil {
		return c
	}
	for _, b := range p.Extends {
		if c := s.member(s.findPOU(b), name, depth+1); c != nil {
			return c
		}
	}
	return nil
}

// EnumsWith returns the enumeration types that declare a value name.
func (s *Scope) EnumsWith(name string) []*TypeDecl {
	k := lower(name)
	var out []*TypeDecl
	if s.Model != nil {
		out = append(out, s.Model.enumVals[k]...)
	}
	if s.WS != nil {
		out = append(out, s.WS.enums(k)...)
		out = append(out, s.WS.libs.enumVals(k)...)
	}
	return out
}

// Resolve follows type aliases to the underlying definition (bounded, for cycles).
func (s *Scope) Resolve(t *Type) *Type {
	for i := 0; t != nil && t.Kind == TypeNamed && i < 8; i++ {
		if t.Elementary() != "" {
			return t
		}
		d := s.namedType(t)
		if d == nil || d.Type == nil {
			return t
		}
		t = d.Type
	}
	return t
}

// namedType finds the declaration a named type refers to: a library's declarations name the
// library's own types first.
func (s *Scope) namedType(t *Type) *TypeDecl {
	if t.Library != "" && s.WS != nil {
		if d := s.WS.libs.typ(s.unqualified(t.Name)); d != nil {
			return d
		}
	}
	return s.FindType(t.Name)
}

// FBType returns the POU or standard block a variable's type names, if it is an FB.
func (s *Scope) FBType(t *Type) (*POU, *StdPOU) {
	if t == nil || t.Kind != TypeNamed {
		return nil, nil
	}
	if p := s.findPOU(t.Name); p.IsFBLike() {
		return p, nil
	}
	if std := s.std(t.Name); std != nil && std.FB {
		return nil, std
	}
	return nil, nil
}

// EnumOf returns the enumeration behind a type, with its declaration, or nil.
func (s *Scope) EnumOf(t *Type) (*TypeDecl, *Type) {
	if t == nil {
		return nil, nil
	}
	if t.Kind == TypeEnum {
		return nil, t
	}
	if t.Kind != TypeNamed {
		return nil, nil
	}
	d := s.FindType(t.Name)
	for i := 0; d != nil && d.Type != nil && i < 8; i++ {
		if d.Type.Kind == TypeEnum {
			return d, d.Type
		}
		if d.Type.Kind != TypeNamed {
			return nil, nil
		}
		d = s.FindType(d.Type.Name)
	}
	return nil, nil
}

// Overloaded reports whether a function name has several declarations with different
// parameters, so which one a call means depends on its argument types. A function in a
// namespace of Siemens' SIMATIC AX packages counts as overloaded: packages add overloads
// to their namespaces (AxUnit.Assert.Equal for each type), and a project that adds one of
// its own (an Equal for its type) holds only that one. A function in a namespace of the
// project's own (`NAMESPACE ProgramEdge`) is one function, judged as any other, and so is
// one in the namespace of the package the project builds itself (Simatic.Ax.LPMLV2022 in
// the project whose apax.yml is `name: "@simatic-ax/lpmlv2022"`: Siemens' own library).
func (s *Scope) Overloaded(name string) bool {
	k := lower(name)
	if s.Model != nil && s.Model.overloads[k] || s.WS != nil && s.WS.overloads[k] {
		return true
	}
	p := s.findPOU(name)
	return p != nil && p.Kind == KindFunction && packageNamespace(p.Namespace) && !s.ownNamespace(p.Namespace)
}

// ownNamespace reports a namespace named after a package the project builds: one of its
// names after the root, or a run of them, spells the package's name (ownPackageKey):
// Simatic.Ax.LPMLV2022.Tests for @simatic-ax/lpmlv2022, Simatic.Ax.LAcycCom.Procedural for
// @simatic-ax/lacyccom-procedural; or one of them is a word of five letters or more of the
// package's name (ownPackageWords): Simatic.Ax.Tutorial for
// @simatic-ax/standardizer-tutorial-lib.
func (s *Scope) ownNamespace(ns string) bool {
	if s.WS == nil || len(s.WS.own) == 0 {
		return false
	}
	parts := strings.Split(ns, ".")
	for i := 1; i < len(parts); i++ {
		if w := "word:" + strings.ToLower(parts[i]); len(w) >= 10 && slices.Contains(s.WS.own, w) {
			return true
		}
		run := ""
		for j := i; j < len(parts); j++ {
			run += ownPackageKey(parts[j])
			for _, own := range s.WS.own {
				if run == own {
					return true
				}
			}
		}
	}
	return false
}

// packageNamespace reports a namespace under the roots Siemens' SIMATIC AX packages
// declare theirs (Siemens.Simatic.S71500.Clocks, Simatic.Ax.Json, System.Timer,
// AxUnit.Assert), where packages the workspace does not hold add overloads.
func packageNamespace(ns string) bool {
	if ns == "" {
		return false
	}
	root, _, _ := strings.Cut(ns, ".")
	switch strings.ToLower(root) {
	case "siemens", "simatic", "system", "axunit", "ax":
		return true
	}
	return false
}

// Redeclared reports a POU name the file or the workspace declares more than once, with
// different variables, bases or members.
func (s *Scope) Redeclared(name string) bool {
	k := s.unqualified(name)
	return s.Model != nil && s.Model.redeclared[k] || s.WS != nil && s.WS.redeclared[k]
}

// shape is a POU's signature with the names of all its variables, bases and members: two
// declarations of one name that differ in it are different blocks.
func shape(p *POU) string {
	var b strings.Builder
	b.WriteString(signature(p))
	for _, v := range p.Vars {
		b.WriteString(" " + lower(v.Name))
	}
	b.WriteString(" :")
	for _, e := range p.Extends {
		b.WriteString(" " + lower(e))
	}
	for _, c := range p.Children {
		b.WriteString(" " + c.Kind + " " + lower(c.Name))
	}
	return b.String()
}

// typeRedeclared reports a type name declared more than once with different members.
func (s *Scope) typeRedeclared(name string) bool {
	k := "type:" + s.unqualified(name)
	return s.Model != nil && s.Model.redeclared[k] || s.WS != nil && s.WS.redeclared[k]
}

// memberList is a structure's member names in order ("" for other types).
func memberList(t *Type) string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(t.Base)
	for _, m := range t.Members {
		b.WriteString("," + lower(m.Name))
	}
	return b.String()
}

// projectType is the declaration of a type the file or the workspace declares (not a
// library's, whose documented members need not be all), once; nil otherwise.
func (s *Scope) projectType(name string) *TypeDecl {
	k := s.unqualified(name)
	if s.typeRedeclared(name) {
		return nil
	}
	if s.Model != nil {
		if t := s.Model.types[k]; t != nil {
			return t
		}
	}
	if s.WS != nil {
		return s.WS.typ(k)
	}
	return nil
}

// overloads reports whether two declarations of one name are SIMATIC AX overloads:
// functions in namespaces with different parameters.
func overloads(a, b *POU) bool {
	return a.Kind == KindFunction && b.Kind == KindFunction && a.Namespace != "" && b.Namespace != "" &&
		signature(a) != signature(b)
}

// signature is a POU's kind, name and parameter types: overloads differ in it.
func signature(p *POU) string {
	var b strings.Builder
	b.WriteString(p.Kind + " " + lower(p.Name) + "(")
	for _, v := range p.Vars {
		if v.Section == SecInput || v.Section == SecInOut || v.Section == SecOutput {
			if v.Type != nil {
				b.WriteString(strings.ToUpper(v.Type.Text))
			}
			b.WriteByte(',')
		}
	}
	b.WriteByte(')')
	return b.String()
}

// Namespace reports whether name is the first segment of a NAMESPACE in the file or the
// workspace.
func (s *Scope) Namespace(name string) bool {
	k := lower(name)
	return s.Model != nil && s.Model.spaces[k] || s.WS.space(k) || s.GlobalList(name) != nil
}

// GlobalList returns the named global variable list (a TwinCAT GVL) of the file or the
// workspace, nil when none has that name.
func (s *Scope) GlobalList(name string) *globalList {
	k := lower(name)
	if s.Model != nil {
		if l := s.Model.lists[k]; l != nil {
			return l
		}
	}
	return s.WS.list(k)
}

// qualifiedOnlyGlobal returns the list a global must be named through
// ({attribute 'qualified_only'}), nil when its bare name is fine: a local of the POU, a
// global of a list that is not qualified only, or one that several lists declare.
func (s *Scope) qualifiedOnlyGlobal(name string) *globalList {
	if s.Local(name) != nil {
		return nil
	}
	v, _ := s.Global(name)
	if v == nil || v.List == "" || !v.ListQualified {
		return nil
	}
	k := lower(name)
	if s.Model != nil && s.Model.redeclared["var:"+k] || s.WS != nil && s.WS.globalRedeclared(k) {
		return nil
	}
	return s.GlobalList(v.List)
}
