package rtl

import (
	"context"
	"sort"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Navigation for the language server: document symbols, go to definition and references.
// They work on byte offsets of f; locations in other files carry their path.

// Symbol is one document symbol.
type Symbol struct {
	Name      string
	Kind      string // module, interface, package, port, parameter, localparam, net, variable, instance, function, task, type, genvar, label
	Start     int    // the whole declaration
	End       int
	NameStart int // the name
	NameEnd   int
	Detail    string // the declaration as one line ("input logic [7:0] d")
	Container string // the enclosing module, interface or package ("" at top level)
}

// Location is a byte range in a file; Path is "" for the file asked about.
type Location struct {
	Path       string
	Start, End int
}

var defaultPack = New()

// Symbols lists the design units of f and their declarations.
func Symbols(f *syntax.File) []Symbol { return defaultPack.symbolsOf(f) }

// Definition finds the declaration of the name at offset.
func Definition(f *syntax.File, offset int, ws codegen.Workspace) (Location, bool) {
	return defaultPack.definitionAt(f, offset, ws)
}

// References lists the uses of the name at offset, its declaration included.
func References(f *syntax.File, offset int, ws codegen.Workspace) []Location {
	return defaultPack.referencesAt(f, offset, ws)
}

// Symbols lists the design units of f and their declarations.
func (p *Pack) symbolsOf(f *syntax.File) []Symbol {
	fm := p.cache.fileModel(f)
	var out []Symbol
	for _, u := range fm.Units {
		container := ""
		if u.Kind != UnitItems && u.NameNode != nil {
			s, e := u.Abs(u.NameNode)
			out = append(out, Symbol{Name: u.Name, Kind: u.Kind, Start: u.Base, End: u.End(), NameStart: s, NameEnd: e,
				Detail: headerLine(u)})
			container = u.Name
		}
		for _, d := range u.Decls {
			member := d.Class != nil
			if d.NameNode == nil || d.Kind == KindEnumConst || (!member && d.Scope != u.Root && d.Kind != KindLabel &&
				d.Kind != KindFunction && d.Kind != KindTask && d.Kind != KindClass) {
				continue
			}
			if d.Kind == KindLabel && (d.Node == nil || d.Node.Kind() != "generate_block" && !isAssertion(d.Node)) {
				continue
			}
			kind := d.Kind
			detail := d.Describe()
			switch {
			case d.PortDecl:
				kind = "port"
			case d.Kind == KindIfacePort:
				kind = "port"
			case d.Kind == KindTypeParam:
				kind = KindParam
			case d.Kind == KindLabel && isAssertion(d.Node):
				kind, detail = "assertion", assertionText(u, d.Node)
			case member && (d.Kind == KindFunction || d.Kind == KindTask):
				kind, detail = "method", describeMember(u, d)
			case member && (d.Kind == KindVar || d.Kind == KindNet):
				kind, detail = "field", describeMember(u, d)
			case d.Kind == KindClass:
				detail = classHeader(d)
			}
			in := container
			if member {
				if nm := d.Class.Child("name"); nm != nil {
					in = nm.Text()
				}
			}
			s, e := u.Abs(d.NameNode)
			ds, de := u.Abs(d.Node)
			out = append(out, Symbol{Name: d.Name, Kind: kind, Start: ds, End: de, NameStart: s, NameEnd: e,
				Detail: detail, Container: in})
		}
		// unlabeled concurrent assertions are listed too, named by their keyword
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "class_declaration" || n.Kind() == "preprocessor_directive" {
				return false
			}
			if n.Kind() != "concurrent_assertion" || n.Child("label") != nil {
				return n.Kind() != "concurrent_assertion"
			}
			ds, de := u.Abs(n)
			kw := firstWord(u, keyword(n))
			ks, ke := u.Abs(kw)
			out = append(out, Symbol{Name: kw.SrcString(u.Text) + " property", Kind: "assertion", Start: ds, End: de,
				NameStart: ks, NameEnd: ke, Detail: assertionText(u, n), Container: container})
			return false
		})
	}
	return out
}

func isAssertion(n *Node) bool {
	return n.Kind() == "concurrent_assertion" || n.Kind() == "immediate_assertion"
}

// assertionText is an assertion as one line, cut to a readable length.
func assertionText(u *UnitRef, n *Node) string {
	s := squash(stripComments(n.SrcString(u.Text)))
	if len(s) > 100 {
		s = s[:97] + "…"
	}
	return s
}

// classHeader is `class name extends base`.
func classHeader(d *Decl) string {
	s := "class " + d.Name
	if d.Has("virtual") {
		s = "virtual " + s
	}
	if d.Extends != "" {
		s += " extends " + d.Extends
	}
	return s
}

func headerLine(u *UnitRef) string {
	h := u.Text[:min(u.Header, len(u.Text))]
	return squash(stripComments(h))
}

// target is what a name at a position refers to.
type target struct {
	unit *UnitRef // the unit the declaration is in
	decl *Decl    // nil for a unit itself
	port bool
}

func (p *Pack) resolveAt(f *syntax.File, offset int, ws codegen.Workspace) (*UnitRef, *Node, *target, *Index) {
	fm := p.cache.fileModel(f)
	ix := p.index(context.Background(), ws, "", f, fm)
	u := fm.UnitAt(offset)
	if u == nil {
		return nil, nil, nil, ix
	}
	n := u.Root.At(offset - u.Base)
	if n == nil || (n.Kind() != "identifier" && n.Kind() != "type_identifier") {
		// the cursor right after a name
		if m := u.Root.At(offset - u.Base - 1); m != nil && (m.Kind() == "identifier" || m.Kind() == "type_identifier") {
			n = m
		} else {
			return u, nil, nil, ix
		}
	}
	return u, n, p.resolve(u, n, ix), ix
}

// resolve finds the declaration an identifier node names.
func (p *Pack) resolve(u *UnitRef, n *Node, ix *Index) *target {
	name := n.Text()
	par := n.Parent()
	if par != nil {
		switch {
		case par.Kind() == "module_instantiation" && n.Field() == "module":
			if m := ix.Module(name); m != nil {
				return &target{unit: m}
			}
			return nil
		case par.Kind() == "port_connection" && n.Field() == "port":
			if inst := instanceOf(u, par); inst != nil {
				if m := ix.Module(inst.Module); m != nil {
					if d := m.Signals[name]; d != nil {
						return &target{unit: m, decl: d, port: true}
					}
				}
			}
			return nil
		case par.Kind() == "parameter_connection" && n.Field() == "name":
			if inst := instanceOfParam(u, par); inst != nil {
				if m := ix.Module(inst.Module); m != nil {
					if d := m.Param(name); d != nil {
						return &target{unit: m, decl: d}
					}
				}
			}
			return nil
		case par.Kind() == "scoped_identifier":
			scope := par.Child("scope")
			if n.Field() == "scope" {
				if m := ix.Module(name); m != nil {
					return &target{unit: m}
				}
				return nil
			}
			if scope != nil {
				if m := ix.Module(scope.Text()); m != nil {
					if d := m.Signals[name]; d != nil {
						return &target{unit: m, decl: d}
					}
				}
			}
			return nil
		case par.Kind() == "import_item":
			if n.Field() == "package" {
				if m := ix.Module(name); m != nil {
					return &target{unit: m}
				}
			} else if pk := par.Child("package"); pk != nil {
				if m := ix.Module(pk.Text()); m != nil {
					if d := m.Signals[name]; d != nil {
						return &target{unit: m, decl: d}
					}
				}
			}
			return nil
		}
	}
	env := classEnv{p.cache.fileModel(u.File), ix}
	if par != nil && par.Kind() == "member_access" && n.Field() == "member" {
		return p.resolveMember(u, par, n, env)
	}
	if u.Kind != UnitItems && u.NameNode == n {
		return &target{unit: u}
	}
	if d, du := env.lookup(u, n); d != nil {
		return &target{unit: du, decl: d}
	}
	for _, im := range u.Imports {
		if im.Name == name || im.Name == "*" {
			if m := ix.Module(im.Package); m != nil {
				if d := m.Signals[name]; d != nil {
					return &target{unit: m, decl: d}
				}
			}
		}
	}
	for _, it := range ix.Item(name) {
		return &target{unit: it.Unit, decl: it.Decl}
	}
	if m := ix.Module(name); m != nil {
		return &target{unit: m}
	}
	return nil
}

// resolveMember resolves `value.member`: a member of the value's class, or a signal or
// modport of the interface a port or instance names.
func (p *Pack) resolveMember(u *UnitRef, acc, n *Node, env classEnv) *target {
	v := acc.Child("value")
	if c := env.classOf(u, v); c != nil {
		if d, owner, _ := env.member(c, n.Text()); d != nil {
			return &target{unit: owner.unit, decl: d}
		}
		return nil
	}
	if v != nil && v.Kind() == "identifier" {
		if d, _ := env.lookup(u, v); d != nil {
			iface := d.UserType
			if d.Kind == KindInstance {
				iface = d.TypeText
			}
			if m := env.ix.Module(iface); m != nil && m.Kind == UnitInterface {
				if s := m.Signals[n.Text()]; s != nil {
					return &target{unit: m, decl: s}
				}
			}
		}
	}
	return nil
}

func instanceOf(u *UnitRef, conn *Node) *Instance {
	for _, inst := range u.Instances {
		if contains(inst.Inst, conn) {
			return inst
		}
	}
	return nil
}

func instanceOfParam(u *UnitRef, pc *Node) *Instance {
	for _, inst := range u.Instances {
		if contains(inst.Node, pc) {
			return inst
		}
	}
	return nil
}

// Definition finds the declaration of the name at offset.
func (p *Pack) definitionAt(f *syntax.File, offset int, ws codegen.Workspace) (Location, bool) {
	_, _, t, _ := p.resolveAt(f, offset, ws)
	if t == nil {
		return Location{}, false
	}
	return t.location(f), true
}

func (t *target) location(f *syntax.File) Location {
	n := t.unit.NameNode
	if t.decl != nil {
		n = t.decl.NameNode
	}
	if n == nil {
		return Location{Path: pathOf(t.unit, f), Start: t.unit.Base, End: t.unit.End()}
	}
	s, e := t.unit.Abs(n)
	return Location{Path: pathOf(t.unit, f), Start: s, End: e}
}

func pathOf(u *UnitRef, f *syntax.File) string {
	if u.File == f || u.File == nil {
		return ""
	}
	return u.Path
}

// References lists the uses of the name at offset, its declaration first.
func (p *Pack) referencesAt(f *syntax.File, offset int, ws codegen.Workspace) []Location {
	_, _, t, ix := p.resolveAt(f, offset, ws)
	if t == nil {
		return nil
	}
	out := []Location{t.location(f)}
	seen := map[Location]bool{out[0]: true}
	add := func(u *UnitRef, n *Node) {
		s, e := u.Abs(n)
		l := Location{Path: pathOf(u, f), Start: s, End: e}
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	all := ix.All()
	if fm := p.cache.fileModel(f); fm != nil {
		for _, u := range fm.Units {
			if u.Kind == UnitItems {
				all = append(all, u)
			}
		}
	}
	for _, u := range all {
		switch {
		case t.decl == nil:
			// a module, interface or package: its instances, imports and scoped uses
			u.Root.Walk(func(n *Node) bool {
				if n.Kind() == "identifier" && n.Text() == t.unit.Name && (n.Field() == "module" || n.Field() == "package" || n.Field() == "scope") {
					add(u, n)
				}
				if n.Kind() == "type_identifier" && n.Text() == t.unit.Name {
					add(u, n)
				}
				return true
			})
		case t.decl.Class != nil || t.decl.Kind == KindClass || t.unit.Kind == UnitInterface:
			// members reach across units (handles, inheritance, interface ports): every
			// same-named name that resolves to the declaration
			u.Root.Walk(func(n *Node) bool {
				if (n.Kind() == "identifier" || n.Kind() == "type_identifier") && n.Text() == t.decl.Name {
					if r := p.resolve(u, n, ix); r != nil && r.decl == t.decl {
						add(u, n)
					}
				}
				return true
			})
		default:
			if u.Unit == t.unit.Unit && u.Base == t.unit.Base {
				for _, r := range u.Refs {
					if r.Text() == t.decl.Name && u.LookupAt(r.Text(), r) == t.decl {
						add(u, r)
					}
				}
			}
			if t.port || t.decl.Kind == KindParam || t.unit.Port(t.decl.Name) != nil {
				for _, inst := range u.Instances {
					if inst.Module != t.unit.Name {
						continue
					}
					for _, c := range inst.Conns {
						if pn := c.Child("port"); pn != nil && pn.Text() == t.decl.Name {
							add(u, pn)
						}
					}
					for _, pc := range inst.Params {
						if nm := pc.Child("name"); nm != nil && nm.Text() == t.decl.Name {
							add(u, nm)
						}
					}
				}
			}
		}
	}
	sort.SliceStable(out[1:], func(i, j int) bool {
		a, b := out[1+i], out[1+j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Start < b.Start
	})
	return out
}
