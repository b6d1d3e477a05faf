package rtl

import (
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
)

var ruleSuperNew = register(&rules.Rule{
	ID:       "rtl/super-new-missing",
	Title:    "derived class does not pass the arguments its base constructor needs",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 8.7, 8.17", "UVM: components call super.new(name, parent)"},
	Doc: rules.Doc(
		`reports a class that extends a base class whose constructor has
arguments without defaults, when the derived class neither passes them in its extends
clause ("extends base(5)") nor calls super.new(…) first thing in its own new(). A class
whose body invokes a macro named for a constructor (`+"`"+`uvm_component_new,
`+"`"+`uvm_object_new), a macro whose definition in the file writes one, or a macro
defined elsewhere (UVM's `+"`"+`UVM_IMP_COMMON writes new() for its TLM ports; UVM's
registration and field macros excepted) has one Gantry does not see, and is left alone.`,
		`Without an explicit call, the derived constructor calls super.new()
with no arguments (IEEE 1800-2017 8.17), which does not match the base constructor;
tools refuse the class. A UVM component written this way never gets its name and
parent.`,
		`class base_driver;
  string name;
  function new(string name);
    this.name = name;
  endfunction
endclass
class my_driver extends base_driver;
  function new(string name);
    this.name = name;
  endfunction
endclass`,
		`class base_driver;
  string name;
  function new(string name);
    this.name = name;
  endfunction
endclass
class my_driver extends base_driver;
  function new(string name);
    super.new(name);
  endfunction
endclass`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		for _, d := range u.Decls {
			if d.Kind != KindClass || d.Extends == "" || d.Node.Child("arguments") != nil {
				continue
			}
			base := m.classes().find(u, d.Extends)
			if base == nil {
				continue
			}
			bnew, owner, unknown := m.classes().member(base, "new")
			if unknown || bnew == nil || bnew.Node.Kind() != "function_declaration" {
				continue
			}
			required := 0
			for _, f := range owner.unit.formals(bnew.Node) {
				if f.Value == nil {
					required++
				}
			}
			if required == 0 {
				continue
			}
			var own *Decl
			for _, x := range u.byName["new"] {
				if x.Class == d.Node {
					own = x
				}
			}
			if own == nil && externNew(u, d.Node) {
				// `extern function new(…)`: the constructor is defined out of the class
				if body := outOfClassNew(m, d.Name); body != nil && !callsSuperNew(body, body.Root) {
					report(p, body, body.Root, "%s::new does not call super.new(…): %s::new needs %d argument(s)", d.Name, owner.decl.Name, required)
				}
				continue
			}
			if own == nil && !constructorMacro.MatchString(d.Node.SrcString(u.Text)) && !unknownMacroItem(u, d.Node) {
				report(p, u, d.NameNode, "%s has no constructor, so super.new() is called without the %d argument(s) %s::new needs", d.Name, required, owner.decl.Name)
				continue
			}
			if own == nil || own.Node.Kind() != "function_declaration" || callsSuperNew(u, own.Node) {
				continue
			}
			report(p, u, own.NameNode, "%s::new does not call super.new(…): %s::new needs %d argument(s)", d.Name, owner.decl.Name, required)
		}
	}
})

var superNewRE = lazyregexp.New(`\bsuper\s*\.\s*new\b`)

var externNewRE = lazyregexp.New(`^extern\s+(?:\w+\s+)*function\s+new\b`)

// externNew reports whether a class declares its constructor as an extern prototype.
func externNew(u *UnitRef, class *Node) bool {
	for _, k := range class.KidsOf("method_prototype") {
		if externNewRE.MatchString(k.SrcString(u.Text)) {
			return true
		}
	}
	return false
}

// outOfClassNew finds the unit of `function C::new(…)` among the checked units (nil when
// elsewhere).
func outOfClassNew(m *checkModel, class string) *UnitRef {
	for _, u := range m.units {
		if u.Root.Kind() != "function_declaration" {
			continue
		}
		if nm := u.Root.Child("name"); nm != nil && nm.Kind() == "scoped_identifier" &&
			nm.Child("scope").Text() == class && nm.Child("name").Text() == "new" {
			return u
		}
	}
	return nil
}

// constructorMacro is a macro that writes a constructor (`uvm_component_new,
// `uvm_object_new, a project's own `ctor): the class has one that Gantry does not see.
var constructorMacro = lazyregexp.New("`\\w*(?:new|ctor|constructor)\\b")

// unknownMacroItem reports a class item that is a macro which may write a constructor:
// one whose definition in the file does (`define PORT_COMMON … function new(…)), or one
// defined elsewhere (UVM's `UVM_EXPORT_COMMON and `UVM_IMP_COMMON write new() for every
// TLM port class), except UVM's registration and field macros, which write none: a
// component with only `uvm_component_utils still lacks its constructor.
func unknownMacroItem(u *UnitRef, class *Node) bool {
	for _, k := range class.KidsOf("macro_usage") {
		name := strings.TrimPrefix(k.Child("name").Text(), "`")
		if nonConstructorMacro.MatchString(name) {
			continue
		}
		body, found := macroDefinition(fileText(u), name)
		if !found || newFunctionRE.MatchString(body) {
			return true
		}
	}
	return false
}

var newFunctionRE = lazyregexp.New(`\bfunction\s+(?:\w+\s+)*new\b`)

// macroDefinition returns the text of `define name in text, with the lines a trailing
// backslash continues it on.
func macroDefinition(text, name string) (string, bool) {
	for rest := text; ; {
		i := strings.Index(rest, "`define")
		if i < 0 {
			return "", false
		}
		rest = rest[i+len("`define"):]
		after := strings.TrimLeft(rest, " \t")
		if len(after) == len(rest) || !strings.HasPrefix(after, name) {
			continue
		}
		body := after[len(name):]
		if body != "" && (isWordByte(body[0])) {
			continue // a longer name
		}
		end := 0
		for {
			nl := strings.IndexByte(body[end:], '\n')
			if nl < 0 {
				return body, true
			}
			line := strings.TrimRight(body[end:end+nl], "\r")
			end += nl + 1
			if !strings.HasSuffix(line, "\\") {
				return body[:end], true
			}
		}
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

var nonConstructorMacro = lazyregexp.New(`^(?:uvm_\w*_utils\w*|uvm_field_\w+|uvm_register_cb|uvm_set_super_type|uvm_\w+_imp_decl|uvm_(?:info|warning|error|fatal)\w*)$`)

// callsSuperNew reports whether a constructor calls super.new (macros count as a call).
func callsSuperNew(u *UnitRef, fn *Node) bool {
	src := fn.SrcString(u.Text)
	return superNewRE.MatchString(src) || strings.Contains(src, "`")
}

// fileText is the whole text of the file a unit is in (a unit holds its own part only).
func fileText(u *UnitRef) string {
	if u.File != nil {
		return source.View(u.File.Bytes()) // not copied: searched once and dropped
	}
	return string(u.Text)
}
