package st

import (
	"bytes"
	"context"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// LSP navigation: hover, definition and references resolve the name under the cursor to a
// target — what it declares, identified by kind, owner and name (all lower case, since IEC
// names are case-insensitive) — and then look for that target's declaration or uses in the
// file and in the workspace's other ST files.

var (
	_ codegen.Hoverer    = (*Pack)(nil)
	_ codegen.Definer    = (*Pack)(nil)
	_ codegen.Referencer = (*Pack)(nil)
)

type targetKind int

const (
	tNone   targetKind = iota
	tVar               // a variable: owner is the declaring POU's qualified name, "" for globals
	tPOU               // a POU: owner is the enclosing POU for methods, properties and actions
	tType              // a user type
	tEnum              // an enumeration value: owner is the enumeration's type name
	tField             // a struct member: owner is the struct's type name
	tStd               // a standard function or block (no declaration in the workspace)
	tStdArg            // a formal parameter of a standard block: owner is the block's name
)

// target is what a name refers to.
type target struct {
	kind  targetKind
	owner string
	name  string

	v    *Var
	pou  *POU
	td   *TypeDecl
	std  *StdPOU
	ev   *EnumValue
	prm  *Param
	path string // the workspace file it came from ("" for the current file or unknown)
}

func (t target) key() string {
	return string(rune('0'+int(t.kind))) + "|" + t.owner + "|" + t.name
}

// qualified returns the lower-case dotted name of a POU ("fb_x.m" for a method).
func qualified(p *POU) string {
	if p == nil {
		return ""
	}
	if p.Parent != nil {
		return qualified(p.Parent) + "." + lower(p.Name)
	}
	return lower(p.Name)
}

// navFile is one file seen by a navigation request.
type navFile struct {
	path string
	file *syntax.File
	m    *Model
}

// nodeAt returns the innermost node of root that covers off, preferring a name that ends
// exactly at off (the cursor right after a word).
func nodeAt(root *Node, off int) *Node {
	var best *Node
	root.Walk(func(n *Node) bool {
		if n.Start() <= off && off < n.End() {
			best = n
			return true
		}
		return n.Start() <= off && off <= n.End()
	})
	if best == nil || !isName(best) {
		var alt *Node
		root.Walk(func(n *Node) bool {
			if n.Start() <= off-1 && off-1 < n.End() {
				alt = n
				return true
			}
			return false
		})
		if alt != nil && isName(alt) {
			return alt
		}
	}
	return best
}

func isName(n *Node) bool { return n != nil && n.Is("identifier", "quoted_identifier") }

// at resolves the name under the cursor of req.
func (p *Pack) at(ctx context.Context, req codegen.ContextRequest) (target, *wsIndex) {
	ws := p.scopeIndex(ctx, req.Workspace, req.Path, req.File, req.Config, nil)
	f := req.File
	f.Lock()
	defer f.Unlock()
	m := p.cache.modelOf(f)
	u := m.UnitAt(req.Offset)
	if u == nil {
		return target{}, ws
	}
	n := nodeAt(u.Root(f.Bytes()), req.Offset)
	if !isName(n) {
		return target{}, ws
	}
	pou := innermostPOU(u.POUs(f.Bytes()), n.Start())
	sc := p.navScope(pou, m, ws, req)
	return resolveName(n, pou, sc, f.Bytes()), ws
}

func (p *Pack) navScope(pou *POU, m *Model, ws *wsIndex, req codegen.ContextRequest) *Scope {
	var sc *Scope
	if pou != nil {
		sc = newScope(pou, m, ws)
	} else {
		sc = &Scope{Model: m, WS: ws}
	}
	sc.setDialect(fileDialect(req.Path, req.Config, req.File))
	return sc
}

// resolveName says what the identifier n (inside pou, "nil" at file level) refers to.
func resolveName(n *Node, pou *POU, sc *Scope, text []byte) target {
	name := unquote(n.Text())
	par := n.Parent()
	if par == nil {
		return target{}
	}
	// Declarations.
	switch {
	case par.Kind() == "var_declaration" && n.Field() == "name":
		return declaredVar(par, name, pou, sc)
	case par.Kind() == "enumerator" && n.Field() == "name":
		td := enclosingType(par, sc)
		return enumTarget(td, name)
	case pouKinds[par.Kind()] != "" && n.Field() == "name":
		if pou != nil && pou.Start == par.Start() {
			return pouTarget(pou, "")
		}
	case par.Kind() == "type_declaration" && n.Field() == "name":
		if td := sc.FindType(name); td != nil {
			return target{kind: tType, name: lower(td.Name), td: td}
		}
	}
	// SCL #local.
	if par.Kind() == "local_variable" {
		return lookupTarget(sc, name, pou)
	}
	// A formal parameter in a call: fb(IN := x), F(a := 1).
	if par.Kind() == "argument" && n.Field() == "name" {
		if call := par.Parent(); call != nil && call.Parent() != nil {
			return formalOf(sc, call.Parent().Child("function"), name, pou, text)
		}
		return target{}
	}
	// A member: x.y, GVL.x, E_State.Idle, THIS^.m.
	if par.Kind() == "member_expression" && n.Field() == "member" {
		return memberOf(sc, par.Child("object"), name, pou)
	}
	if par.Kind() == "type_name" || par.Kind() == "typed_literal" {
		if par.Kind() == "type_name" && par.NumKids() > 1 {
			return target{} // a dotted type name (namespace)
		}
		return lookupTarget(sc, name, pou)
	}
	if par.Kind() == "field_initializer" && n.Field() == "name" {
		return target{} // the struct is known only from the declaration's type
	}
	return lookupTarget(sc, name, pou)
}

// declaredVar is the variable a var_declaration's name declares.
func declaredVar(decl *Node, name string, pou *POU, sc *Scope) target {
	for q := decl.Parent(); q != nil; q = q.Parent() {
		switch q.Kind() {
		case "struct_type", "union_type":
			td := enclosingType(q, sc)
			if td == nil {
				return target{}
			}
			for _, m := range td.Type.Members {
				if strings.EqualFold(m.Name, name) {
					return target{kind: tField, owner: lower(td.Name), name: lower(name), v: m, td: td}
				}
			}
			return target{kind: tField, owner: lower(td.Name), name: lower(name), td: td}
		case "var_section":
			if q.Parent() == nil || q.Parent().Is("source_file", "namespace_declaration") || pou == nil {
				v, path := sc.Global(name)
				return target{kind: tVar, name: lower(name), v: v, path: path}
			}
		}
	}
	if pou != nil {
		if v := pou.Var(name); v != nil {
			return target{kind: tVar, owner: qualified(pou), name: lower(name), v: v}
		}
	}
	return target{}
}

// enclosingType finds the TYPE entry a node of a type declaration belongs to.
func enclosingType(n *Node, sc *Scope) *TypeDecl {
	for q := n; q != nil; q = q.Parent() {
		if q.Kind() != "type_declaration" {
			continue
		}
		// Several types in one TYPE block: the last name before n.
		var name string
		for _, k := range q.Kids() {
			if k.Field() == "name" && k.Start() <= n.Start() {
				name = unquote(k.Text())
			}
		}
		return sc.FindType(name)
	}
	return nil
}

func enumTarget(td *TypeDecl, name string) target {
	if td == nil || td.Type == nil {
		return target{}
	}
	for i := range td.Type.Enum {
		if strings.EqualFold(td.Type.Enum[i].Name, name) {
			return target{kind: tEnum, owner: lower(td.Name), name: lower(name), td: td, ev: &td.Type.Enum[i]}
		}
	}
	return target{}
}

func pouTarget(p *POU, path string) target {
	owner := ""
	if p.Parent != nil {
		owner = qualified(p.Parent)
	}
	return target{kind: tPOU, owner: owner, name: lower(p.Name), pou: p, path: path}
}

func varTarget(v *Var, path string) target {
	owner := ""
	if v.Owner != nil {
		owner = qualified(v.Owner)
	}
	return target{kind: tVar, owner: owner, name: lower(v.Name), v: v, path: path}
}

// lookupTarget resolves a plain name from inside pou.
func lookupTarget(sc *Scope, name string, pou *POU) target {
	sym := sc.Lookup(name)
	switch sym.Kind {
	case SymVar:
		return varTarget(sym.Var, sym.Path)
	case SymSelf, SymPOU:
		return pouTarget(sym.POU, sym.Path)
	case SymStd:
		return target{kind: tStd, name: lower(sym.Std.Name), std: sym.Std}
	case SymType:
		if sym.Type != nil {
			return target{kind: tType, name: lower(sym.Type.Name), td: sym.Type}
		}
	case SymEnumValue:
		return enumTarget(sym.Type, name)
	}
	return target{}
}

// formalOf resolves a formal parameter name of a call to fn: a function's, a method's, or
// the block type's of an instance.
func formalOf(sc *Scope, fn *Node, name string, pou *POU, text []byte) target {
	if fn == nil {
		return target{}
	}
	var callee target
	switch {
	case fn.Is("identifier"):
		callee = lookupTarget(sc, fn.Text(), pou)
	case fn.Is("member_expression"):
		if m := fn.Child("member"); isName(m) {
			callee = resolveName(m, pou, sc, text)
		}
	}
	switch callee.kind {
	case tPOU:
		return ownMember(sc, callee.pou, name)
	case tStd:
		return stdParam(callee.std, name)
	}
	return memberOf(sc, fn, name, pou)
}

// memberOf resolves name as a member of the expression obj.
func memberOf(sc *Scope, obj *Node, name string, pou *POU) target {
	if obj == nil {
		return target{}
	}
	// THIS^.x, SUPER^.x: the function block's own members.
	if obj.Is("this", "super") || obj.Is("deref_expression") && obj.Child("operand").Is("this", "super") {
		if pou != nil {
			fb := pou.Top()
			return ownMember(sc, fb, name)
		}
		return target{}
	}
	// SCL "DB".x: a member of a global data block (its STRUCT, or its FB's variables).
	if obj.Is("quoted_identifier", "string") && sc.SCL {
		if p := sc.findPOU(unquote(obj.Text())); p != nil {
			return ownMember(sc, p, name)
		}
		return target{}
	}
	if obj.Is("identifier") {
		switch sym := sc.Lookup(obj.Text()); sym.Kind {
		case SymNone: // GVL.x or a namespace
			if l := sc.GlobalList(obj.Text()); l != nil && l.vars[lower(name)] != nil {
				// the named list's variable, not another list's of the same name
				return varTarget(l.vars[lower(name)], l.path)
			}
			if v, path := sc.Global(name); v != nil {
				return varTarget(v, path)
			}
			return lookupTarget(sc, name, pou)
		case SymType:
			return enumTarget(sym.Type, name)
		case SymPOU, SymSelf:
			if sym.POU != nil && !sym.POU.IsFBLike() {
				return ownMember(sc, sym.POU, name) // Program.x, Function.x
			}
		case SymStd:
			if sym.Std.FB {
				return stdParam(sym.Std, name)
			}
		}
	}
	t := sc.Resolve(sc.designatorType(obj))
	if t == nil {
		if obj.Is("identifier") {
			// A call target that is a function or FB type: F(a := 1), TON(...).
			if s := sc.Lookup(obj.Text()); s.Kind == SymPOU || s.Kind == SymSelf {
				return ownMember(sc, s.POU, name)
			}
		}
		return target{}
	}
	if t.Kind == TypeRef || t.Kind == TypePointer {
		t = sc.Resolve(t.Elem)
		if t == nil {
			return target{}
		}
	}
	if t.Kind == TypeStruct || t.Kind == TypeUnion {
		return structField(sc, sc.designatorType(obj), name)
	}
	fb, std := sc.FBType(t)
	if fb != nil {
		return ownMember(sc, fb, name)
	}
	if std != nil {
		return stdParam(std, name)
	}
	return target{}
}

// ownMember is a variable, method, property or action of p (or its bases).
func ownMember(sc *Scope, p *POU, name string) target {
	if p == nil {
		return target{}
	}
	inner := &Scope{POU: p, Model: sc.Model, WS: sc.WS}
	if v := inner.Local(name); v != nil {
		return varTarget(v, "")
	}
	if c := sc.member(p, name, 0); c != nil {
		return pouTarget(c, "")
	}
	return target{}
}

func stdParam(std *StdPOU, name string) target {
	for _, ps := range [][]Param{std.Inputs, std.Outputs, std.InOuts} {
		for i := range ps {
			if strings.EqualFold(ps[i].Name, name) {
				return target{kind: tStdArg, owner: lower(std.Name), name: lower(name), std: std, prm: &ps[i]}
			}
		}
	}
	return target{}
}

// structField finds a struct member through the declared type's name.
func structField(sc *Scope, t *Type, name string) target {
	for depth := 0; t != nil && t.Kind == TypeNamed && depth < 8; depth++ {
		td := sc.FindType(t.Name)
		if td == nil || td.Type == nil {
			return target{}
		}
		if td.Type.Kind == TypeStruct || td.Type.Kind == TypeUnion {
			for d := td; d != nil && d.Type != nil && depth < 16; depth++ {
				for _, m := range d.Type.Members {
					if strings.EqualFold(m.Name, name) {
						return target{kind: tField, owner: lower(d.Name), name: lower(name), v: m, td: d}
					}
				}
				if d.Type.Base == "" {
					break
				}
				d = sc.FindType(d.Type.Base)
			}
			return target{}
		}
		t = td.Type
	}
	return target{}
}

// files returns the current file and the workspace's other ST files with their models.
func (p *Pack) files(ctx context.Context, req codegen.ContextRequest) []navFile {
	out := []navFile{{path: req.Path, file: req.File}}
	if req.Workspace != nil {
		for _, wf := range req.Workspace.Files(ctx, "st") {
			if wf.File != nil && wf.File.HasTree() && wf.Path != req.Path { // a large file stays text
				out = append(out, navFile{path: wf.Path, file: wf.File})
			}
		}
	}
	for i := range out {
		out[i].file.Lock()
		out[i].m = p.cache.modelOf(out[i].file)
		out[i].file.Unlock()
	}
	return out
}

// declaration returns where t is declared in one file's model, as a byte range of its name.
func declaration(t target, nf navFile) (int, int, bool) {
	text := nf.file.Bytes()
	for _, u := range nf.m.Units {
		abs := u.Abs(text)
		switch t.kind {
		case tVar:
			if t.owner == "" {
				for _, v := range abs.globals {
					// two lists may declare one name: the target's list is the one
					if lower(v.Name) == t.name && (t.v == nil || t.v.List == "" || strings.EqualFold(v.List, t.v.List)) {
						return v.Start, v.End, true
					}
				}
				continue
			}
			if pou := findQualified(abs.pous, t.owner); pou != nil {
				if v := pou.Var(t.name); v != nil {
					return v.Start, v.End, true
				}
			}
		case tPOU:
			var pou *POU
			if t.owner == "" {
				pou = findQualified(abs.pous, t.name)
			} else {
				pou = findQualified(abs.pous, t.owner+"."+t.name)
			}
			if pou != nil && pou.NameEnd > pou.NameStart {
				return pou.NameStart, pou.NameEnd, true
			}
		case tType, tEnum, tField:
			name := t.name
			if t.kind != tType {
				name = t.owner
			}
			for _, td := range abs.types {
				if lower(td.Name) != name {
					continue
				}
				switch t.kind {
				case tType:
					return td.NameStart, td.NameEnd, true
				case tEnum:
					for _, e := range td.Type.Enum {
						if lower(e.Name) == t.name {
							return e.Start, e.End, true
						}
					}
				case tField:
					for _, m := range td.Type.Members {
						if lower(m.Name) == t.name {
							return m.Start, m.End, true
						}
					}
				}
			}
		}
	}
	return 0, 0, false
}

// findQualified finds a POU by its lower-case dotted name among pous and their children.
func findQualified(pous []*POU, q string) *POU {
	head, rest, nested := strings.Cut(q, ".")
	for _, p := range pous {
		if lower(p.Name) != head {
			continue
		}
		if !nested {
			return p
		}
		if c := findQualified(p.Children, rest); c != nil {
			return c
		}
	}
	return nil
}

// Definition implements codegen.Definer.
func (p *Pack) Definition(ctx context.Context, req codegen.ContextRequest) []codegen.Location {
	req.File = codegen.UnitWindow(ctx, p, req.File, req.Offset)
	t, _ := p.at(ctx, req)
	switch t.kind {
	case tNone, tStd, tStdArg:
		return nil
	}
	for _, nf := range p.files(ctx, req) {
		if s, e, ok := declaration(t, nf); ok {
			return []codegen.Location{{Path: nf.path, File: nf.file, Start: s, End: e}}
		}
	}
	return nil
}

// References implements codegen.Referencer: every identifier in the workspace's ST files that
// resolves to the same target, the declaration included, in file order.
func (p *Pack) References(ctx context.Context, req codegen.ContextRequest) []codegen.Location {
	req.File = codegen.UnitWindow(ctx, p, req.File, req.Offset)
	t, _ := p.at(ctx, req)
	if t.kind == tNone {
		return nil
	}
	ws := withConfig(p.index(ctx, req.Workspace, ""), req.Config) // every file: names declared here are used there
	name := []byte(t.name)
	var out []codegen.Location
	for _, nf := range p.files(ctx, req) {
		if ctx.Err() != nil {
			break
		}
		text := nf.file.Bytes()
		sub := codegen.ContextRequest{Path: nf.path, File: nf.file, Config: req.Config}
		for _, u := range nf.m.Units {
			if !containsFold(text[u.Start:u.End], name) {
				continue
			}
			abs := u.Abs(text)
			root := abs.root
			root.Walk(func(n *Node) bool {
				if n.IsError() && n.Kind() == "MISSING" {
					return false
				}
				if !isName(n) || lower(unquote(n.Text())) != t.name {
					return true
				}
				pou := innermostPOU(abs.pous, n.Start())
				sc := p.navScope(pou, nf.m, ws, sub)
				if resolveName(n, pou, sc, text).key() == t.key() {
					out = append(out, codegen.Location{Path: nf.path, File: nf.file, Start: n.Start(), End: n.End()})
				}
				return true
			})
		}
	}
	return out
}

// containsFold reports whether lower-case needle occurs in hay, ignoring ASCII case.
func containsFold(hay, needle []byte) bool {
	if len(needle) == 0 {
		return false
	}
	first := needle[0]
	for i := 0; i+len(needle) <= len(hay); i++ {
		c := hay[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != first {
			continue
		}
		if bytes.EqualFold(hay[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}
