package rtl

import "strings"

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
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.Kind {
		case "class_declaration":
			return p, ""
		case "function_declaration", "task_declaration", "constraint_declaration":
			if nm := p.Child("name"); nm != nil && nm.Kind == "scoped_identifier" {
				if sc := nm.Child("scope"); sc != nil {
					return nil, sc.Text
				}
				if i := strings.Index(nm.Text, "::"); i > 0 {
					return nil, strings.TrimSpace(nm.Text[:i])
				}
			}
		}
	}
	return nil, ""
}

// findClass finds a class by name: in the unit, the file, then the workspace.
func findClass(m *checkModel, u *UnitRef, name string) *classRef {
	if i := strings.LastIndex(name, "::"); i >= 0 {
		name = name[i+2:]
	}
	for _, d := range u.byName[name] {
		if d.Kind == KindClass {
			return &classRef{d, u}
		}
	}
	for _, fu := range m.file.Units {
		for _, d := range fu.byName[name] {
			if d.Kind == KindClass {
				return &classRef{d, fu}
			}
		}
	}
	for _, it := range m.ix.Item(name) {
		if it.Kind == KindClass {
			return &classRef{it.Decl, it.Unit}
		}
	}
	for _, pk := range m.ix.All() {
		if pk.Kind != UnitPackage {
			continue
		}
		for _, d := range pk.byName[name] {
			if d.Kind == KindClass {
				return &classRef{d, pk}
			}
		}
	}
	return nil
}

// classMember returns the member name of class c or of its base classes; unknown is set
// when a base class cannot be found (its members are unknown).
func classMember(m *checkModel, c *classRef, name string) (d *Decl, owner *classRef, unknown bool) {
	for depth := 0; c != nil && depth < 32; depth++ {
		for _, x := range c.unit.byName[name] {
			if x.Class == c.decl.Node {
				return x, c, false
			}
		}
		if c.decl.Extends == "" {
			return nil, nil, false
		}
		next := findClass(m, c.unit, c.decl.Extends)
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
		c = findClass(m, u, nm.Text)
	case name != "":
		c = findClass(m, u, name)
	default:
		return false
	}
	if c == nil {
		return true
	}
	d, _, unknown := classMember(m, c, ref.Text)
	return d != nil || unknown
}
