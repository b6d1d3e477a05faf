package rtl

import (
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
)

// Classes: the class a node lies in (or whose out-of-body method it is), a class's
// declaration found in the unit, the file or the workspace, and member lookup through
// the chain of base classes.

// classRef is a class declaration and the unit holding it.
type classRef struct {
	decl *Decl
	unit *UnitRef
}

// enclosingClass returns the class_declaration around n, or for a method defined out of
// its class body (`function T C::m`), the name of that class.
func enclosingClass(n *Node) (*Node, string) {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case "class_declaration":
			return p, ""
		case "function_declaration", "task_declaration", "constraint_declaration":
			if nm := p.Child("name"); nm != nil && nm.Kind() == "scoped_identifier" {
				if sc := nm.Child("scope"); sc != nil {
					return nil, sc.Text()
				}
				if i := strings.Index(nm.Text(), "::"); i > 0 {
					return nil, strings.TrimSpace(nm.Text()[:i])
				}
			}
		}
	}
	return nil, ""
}

// classEnv finds classes: the units of the file being looked at and the workspace index.
type classEnv struct {
	file *FileModel
	ix   *Index
}

func (m *checkModel) classes() classEnv { return classEnv{m.file, m.ix} }

// find finds a class by name: in the unit, the file, then the workspace.
func (e classEnv) find(u *UnitRef, name string) *classRef {
	if i := strings.LastIndex(name, "::"); i >= 0 {
		name = name[i+2:]
	}
	for _, d := range u.byName[name] {
		if d.Kind == KindClass {
			return &classRef{d, u}
		}
	}
	if i := strings.IndexAny(name, " #("); i >= 0 {
		name = name[:i] // a parameterized class: `stack #(int)`
	}
	for _, fu := range e.file.Units {
		for _, d := range fu.byName[name] {
			if d.Kind == KindClass {
				return &classRef{d, fu}
			}
		}
	}
	var found []*classRef
	for _, it := range e.ix.Item(name) {
		if it.Kind == KindClass && e.visibleFrom(u, it.Unit) {
			found = append(found, &classRef{it.Decl, it.Unit})
		}
	}
	if len(found) == 0 {
		for _, pk := range e.ix.All() {
			if pk.Kind != UnitPackage {
				continue
			}
			for _, d := range pk.byName[name] {
				if d.Kind == KindClass {
					found = append(found, &classRef{d, pk})
				}
			}
		}
	}
	return e.nearestClass(found)
}

// visibleFrom reports whether a class declared among def's file-level items may be named
// from unit u. A package shall not refer to items of the compilation-unit scope (IEEE
// 1800-2017 26.2): a class in a package cannot extend a class another file declares
// outside any package (a test's own stub `uvm_env` beside a testbench whose package
// imports uvm_pkg), unless the package's file includes that file, which puts the class
// in the package.
func (e classEnv) visibleFrom(u, def *UnitRef) bool {
	if u == nil || u.Kind != UnitPackage || def == nil || def.Kind != UnitItems || def.Path == u.Path || e.file == nil || e.file.File == nil {
		return true
	}
	base := filepath.Base(def.Path)
	for _, m := range includeDirective.FindAllSubmatch(e.file.File.Bytes(), -1) {
		if filepath.Base(string(m[1])) == base {
			return true
		}
	}
	return false
}

var includeDirective = lazyregexp.New("`include\\s*[\"<]([^\">\\r\\n]+)[\">]")

// nearestClass picks, of the classes of one name that several copies of a library in one
// tree define (UVMF's releases side by side), the one in the folder nearest the file
// checked, then the first path: the choice does not depend on map order.
func (e classEnv) nearestClass(found []*classRef) *classRef {
	var best *classRef
	bestN := -1
	for _, c := range found {
		n := 0
		if e.ix != nil && e.ix.at != "" && c.unit != nil {
			n = codegen.SharedFolders(c.unit.Path, e.ix.at)
		}
		if best == nil || n > bestN || n == bestN && c.unit != nil && best.unit != nil && c.unit.Path < best.unit.Path {
			best, bestN = c, n
		}
	}
	return best
}

// member returns the member name of class c or of its base classes; unknown is set
// when a base class cannot be found (its members are unknown).
func (e classEnv) member(c *classRef, name string) (d *Decl, owner *classRef, unknown bool) {
	for depth := 0; c != nil && depth < 32; depth++ {
		for _, x := range c.unit.byName[name] {
			if x.Class == c.decl.Node {
				return x, c, false
			}
		}
		if c.decl.Extends == "" {
			return nil, nil, false
		}
		next := e.find(c.unit, c.decl.Extends)
		if next == nil {
			return nil, nil, true
		}
		c = next
	}
	return nil, nil, true
}

// inheritedOrUnknown reports whether an undeclared-looking name inside a class (or an
// out-of-body method) is a member of it or of a base class, or cannot be judged because
// a class in the chain is not found.
func inheritedOrUnknown(m *checkModel, u *UnitRef, ref *Node) bool {
	node, name := enclosingClass(ref)
	var c *classRef
	switch {
	case node != nil:
		nm := node.Child("name")
		if nm == nil {
			return true
		}
		c = m.classes().find(u, nm.Text())
	case name != "":
		c = m.classes().find(u, name)
	default:
		return false
	}
	if c == nil {
		return true
	}
	d, _, unknown := m.classes().member(c, ref.Text())
	return d != nil || unknown
}

// classOf returns the class an expression's value is an instance of: `this`, `super`, a
// handle variable of a class type (also a member of the current class), or a member
// access chain of those.
func (e classEnv) classOf(u *UnitRef, v *Node) *classRef {
	if v == nil {
		return nil
	}
	switch v.Kind() {
	case "this", "super":
		node, name := enclosingClass(v)
		var c *classRef
		if node != nil {
			if nm := node.Child("name"); nm != nil {
				c = e.find(u, nm.Text())
			}
		} else if name != "" {
			c = e.find(u, name)
		}
		if c != nil && v.Kind() == "super" {
			if c.decl.Extends == "" {
				return nil
			}
			return e.find(c.unit, c.decl.Extends)
		}
		return c
	case "identifier":
		if v.Text() == "this" || v.Text() == "super" {
			return e.classOf(u, leafNode(v.Text(), v.Start(), v.End(), false, v.Parent()))
		}
		d, du := e.lookup(u, v)
		if d == nil || d.UserType == "" {
			return nil
		}
		return e.find(du, d.UserType)
	case "member_access":
		c := e.classOf(u, v.Child("value"))
		m := v.Child("member")
		if c == nil || m == nil {
			return nil
		}
		d, owner, _ := e.member(c, m.Text())
		if d == nil || d.UserType == "" {
			return nil
		}
		return e.find(owner.unit, d.UserType)
	case "select":
		return e.classOf(u, v.Child("value")) // an array of handles
	}
	return nil
}

// lookup resolves a plain name at n: the scopes of the unit, then the members of the
// class n lies in (inherited ones included).
func (e classEnv) lookup(u *UnitRef, n *Node) (*Decl, *UnitRef) {
	if d := u.LookupAt(n.Text(), n); d != nil {
		return d, u
	}
	node, name := enclosingClass(n)
	var c *classRef
	if node != nil {
		if nm := node.Child("name"); nm != nil {
			c = e.find(u, nm.Text())
		}
	} else if name != "" {
		c = e.find(u, name)
	}
	if c == nil {
		return nil, nil
	}
	if d, owner, _ := e.member(c, n.Text()); d != nil {
		return d, owner.unit
	}
	return nil, nil
}

// classMembers lists a class's members, its own first, then each base class's, with the
// class that declares them.
func (e classEnv) classMembers(c *classRef) []memberOf {
	var out []memberOf
	seen := map[string]bool{}
	for depth := 0; c != nil && depth < 32; depth++ {
		for _, d := range c.unit.Decls {
			if d.Class == c.decl.Node && !seen[d.Name] {
				seen[d.Name] = true
				out = append(out, memberOf{d, c})
			}
		}
		if c.decl.Extends == "" {
			break
		}
		c = e.find(c.unit, c.decl.Extends)
	}
	return out
}

type memberOf struct {
	decl  *Decl
	owner *classRef
}

// describeMember is a member's declaration as one line: qualifiers, type, name; a
// method's prototype.
func describeMember(u *UnitRef, d *Decl) string {
	switch d.Kind {
	case KindFunction, KindTask, KindConstr, KindCovergrp:
		src := d.Node.SrcString(u.Text)
		if i := strings.IndexByte(src, ';'); i >= 0 {
			src = src[:i]
		}
		if d.Kind == KindConstr {
			if i := strings.IndexByte(src, '{'); i >= 0 {
				src = src[:i]
			}
		}
		return squash(stripComments(src))
	}
	var q []string
	for _, x := range d.Quals {
		if x != "virtual" {
			q = append(q, x)
		}
	}
	q = append(q, d.Describe())
	return strings.Join(q, " ")
}
