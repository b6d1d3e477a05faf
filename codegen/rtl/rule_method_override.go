package rtl

import (
	"fmt"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

// Overrides of base-class methods: three rules share one walk over the classes.

var ruleNonvirtualOverride = register(&rules.Rule{
	ID:       "rtl/nonvirtual-override",
	Title:    "method hides a non-virtual base-class method",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 8.20", "UVM guidelines: methods meant to be overridden are virtual"},
	Doc: rules.Doc(
		`reports a method of a derived class with the name of a base-class
method that is not virtual (in that base class or any class above it). Static methods
and constructors are left alone.`,
		`Without virtual, a call through a base-class handle — how
testbenches hold their components, transactions and callbacks — runs the base version:
the override is silently ignored exactly where it was meant to act.`,
		`class driver;
  function void send();
    $display("driver");
  endfunction
endclass
class err_driver extends driver;
  function void send();
    $display("error driver");
  endfunction
endclass`,
		`class driver;
  virtual function void send();
    $display("driver");
  endfunction
endclass
class err_driver extends driver;
  virtual function void send();
    $display("error driver");
  endfunction
endclass`,
	),
}, func(p *rules.Pass, m *checkModel) { reportOverrides(p, m, "rtl/nonvirtual-override") })

var ruleOverrideNoVirtual = register(&rules.Rule{
	ID:       "rtl/override-without-virtual",
	Title:    "override of a virtual method without the virtual keyword",
	Severity: rules.Info,
	Category: rules.Style,
	Anchors:  []string{"IEEE 1800-2017 8.20", "Verible/UVM style: mark overrides virtual"},
	Doc: rules.Doc(
		`reports a method that overrides a virtual base-class method without
writing "virtual" itself.`,
		`The method is virtual anyway (IEEE 1800-2017 8.20: once virtual,
always virtual), but the reader of the derived class cannot tell that it overrides
anything, nor that classes derived from it will override it in turn.`,
		`class base;
  virtual function void show();
    $display("base");
  endfunction
endclass
class child extends base;
  function void show();
    $display("child");
  endfunction
endclass`,
		`class base;
  virtual function void show();
    $display("base");
  endfunction
endclass
class child extends base;
  virtual function void show();
    $display("child");
  endfunction
endclass`,
	),
}, func(p *rules.Pass, m *checkModel) { reportOverrides(p, m, "rtl/override-without-virtual") })

var ruleOverrideSignature = register(&rules.Rule{
	ID:       "rtl/virtual-override-signature",
	Title:    "override of a virtual method with another signature",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 8.20 (matching prototypes)", "Verilator/Questa: override prototype mismatch"},
	Doc: rules.Doc(
		`reports a method overriding a virtual base-class method with a
different number of arguments, a function overriding a task (or the reverse), or a
different return type.`,
		`An override of a virtual method must match the prototype of the
method it overrides (IEEE 1800-2017 8.20); tools refuse the class.`,
		`class base;
  virtual function void send(int id);
    $display("base %0d", id);
  endfunction
endclass
class child extends base;
  virtual function void send(int id, bit urgent);
    $display("child %0d %0b", id, urgent);
  endfunction
endclass`,
		`class base;
  virtual function void send(int id);
    $display("base %0d", id);
  endfunction
endclass
class child extends base;
  virtual function void send(int id);
    $display("child %0d", id);
  endfunction
endclass`,
	),
}, func(p *rules.Pass, m *checkModel) { reportOverrides(p, m, "rtl/virtual-override-signature") })

// override is one finding of the override rules.
type override struct {
	rule string
	u    *UnitRef
	at   *Node
	msg  string
}

// reportOverrides reports one override rule's findings; the analysis runs once per check
// and serves the three rules.
func reportOverrides(p *rules.Pass, m *checkModel, rule string) {
	m.overridesOnce.Do(func() { m.overrides = findOverrides(m) })
	for _, o := range m.overrides {
		if o.rule == rule {
			report(p, o.u, o.at, "%s", o.msg)
		}
	}
}

// findOverrides judges every method of every derived class against its base classes.
func findOverrides(m *checkModel) []override {
	var out []override
	add := func(rule string, u *UnitRef, at *Node, format string, args ...any) {
		out = append(out, override{rule, u, at, fmt.Sprintf(format, args...)})
	}
	for _, u := range m.units {
		for _, d := range u.Decls {
			if d.Kind != KindClass || d.Extends == "" {
				continue
			}
			base := m.classes().find(u, d.Extends)
			if base == nil {
				continue
			}
			for _, md := range u.Decls {
				if md.Class != d.Node || (md.Kind != KindFunction && md.Kind != KindTask) || md.Name == "new" || md.Has("static") {
					continue
				}
				bm, owner, _ := m.classes().member(base, md.Name)
				if bm == nil || (bm.Kind != KindFunction && bm.Kind != KindTask) || bm.Has("static") {
					continue
				}
				virtual, vm, vu := virtualAbove(m, bm, owner)
				switch {
				case !virtual:
					add("rtl/nonvirtual-override", u, md.NameNode, "%s hides %s::%s, which is not virtual: calls through a %s handle still run the base version (declare it virtual in the base class)",
						md.Name, owner.decl.Name, md.Name, owner.decl.Name)
				default:
					if !md.Has("virtual") {
						add("rtl/override-without-virtual", u, md.NameNode, "%s overrides the virtual %s::%s: write virtual to say so", md.Name, owner.decl.Name, md.Name)
					}
					if why := signatureDiff(u, md, vu, vm); why != "" {
						add("rtl/virtual-override-signature", u, md.NameNode, "%s overrides the virtual %s::%s with another prototype: %s", md.Name, owner.decl.Name, md.Name, why)
					}
				}
			}
		}
	}
	return out
}

// virtualAbove reports whether method bm (declared in class owner) is virtual there or in
// a class above; it returns the declaration that made it virtual and its unit.
func virtualAbove(m *checkModel, bm *Decl, owner *classRef) (bool, *Decl, *UnitRef) {
	for depth := 0; bm != nil && owner != nil && depth < 32; depth++ {
		if bm.Has("virtual") {
			return true, bm, owner.unit
		}
		if owner.decl.Extends == "" {
			return false, nil, nil
		}
		next := m.classes().find(owner.unit, owner.decl.Extends)
		if next == nil {
			return true, nil, nil // unknown ancestors: do not claim it is not virtual
		}
		bm, owner, _ = m.classes().member(next, bm.Name)
	}
	return false, nil, nil
}

// signatureDiff describes how two method prototypes differ ("" when they match or
// cannot be compared).
func signatureDiff(u *UnitRef, md *Decl, bu *UnitRef, bm *Decl) string {
	if bm == nil || bu == nil {
		return ""
	}
	if md.Kind != bm.Kind {
		return fmt.Sprintf("a %s overrides a %s", md.Kind, bm.Kind)
	}
	a, okA := formalCount(u.Unit, md.Node)
	b, okB := formalCount(bu.Unit, bm.Node)
	if okA && okB && a != b {
		return fmt.Sprintf("%d argument(s) where the base method has %d", a, b)
	}
	if builtinType(md.TypeText) && builtinType(bm.TypeText) && md.TypeText != bm.TypeText {
		return fmt.Sprintf("it returns %s, the base method %s", md.TypeText, bm.TypeText)
	}
	return ""
}

// formalCount counts the formal arguments of a method declaration or prototype.
func formalCount(u *Unit, n *Node) (int, bool) {
	count := 0
	if pl := n.Child("ports"); pl != nil {
		for _, k := range pl.Kids() {
			switch k.Kind() {
			case "ansi_port_declaration", "port":
				count++
			case "comment":
			default:
				return 0, false
			}
		}
	}
	for _, k := range n.Kids() {
		if k.Kind() == "port_declaration" {
			count += len(k.KidsOf("declarator"))
		}
	}
	return count, true
}

// builtinType reports a type written with built-in keywords only (a type parameter or a
// typedef may name the same type under another name, so those are not compared).
func builtinType(t string) bool {
	if t == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '[' || r == ']' || r == ':' }) {
		switch w {
		case "bit", "logic", "reg", "byte", "shortint", "int", "longint", "integer", "time", "real", "shortreal",
			"realtime", "string", "chandle", "event", "void", "signed", "unsigned":
		default:
			if w[0] < '0' || w[0] > '9' {
				return false
			}
		}
	}
	return true
}
