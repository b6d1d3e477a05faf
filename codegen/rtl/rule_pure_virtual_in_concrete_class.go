package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var rulePureVirtual = register(&rules.Rule{
	ID:       "rtl/abstract-class-misuse",
	Title:    "pure virtual method in a class that is not virtual, or new of a virtual class",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 8.21", "Verilator: Illegal to have 'pure virtual' in non-virtual class"},
	Doc: rules.Doc(
		`reports a "pure virtual" method prototype in a class not declared
"virtual class", and a handle of a virtual (abstract) class constructed with new.`,
		`Only an abstract class may leave methods unimplemented, and an
abstract class cannot be constructed (IEEE 1800-2017 8.21): tools refuse both. The
first usually means "virtual" was forgotten on the class; the second that the code
meant one of the derived classes.`,
		`class base;
  pure virtual function void run();
endclass`,
		`virtual class base;
  pure virtual function void run();
endclass`,
	),
}, func(p *rules.Pass, m *checkModel) {
	env := m.classes()
	for _, u := range m.units {
		for _, d := range u.Decls {
			if d.Class == nil || d.Node.Kind() != "method_prototype" || !d.Has("pure") {
				continue
			}
			if d.Class.Child("virtual") == nil && d.Class.Child("interface") == nil {
				cls := ""
				if nm := d.Class.Child("name"); nm != nil {
					cls = nm.Text()
				}
				report(p, u, d.NameNode, "%s is pure virtual, but class %s is not declared virtual class", d.Name, cls)
			}
		}
		// `h = new;` where h's class is abstract
		for _, w := range u.Writes {
			v := writeValue(w)
			// (`arr = new[4];` sizes an array of handles, all null: it constructs no object)
			if v == nil || v.Kind() != "new_expression" || v.Child("size") != nil {
				continue
			}
			if c := env.classOf(u, w.Id); c != nil && c.decl.Node.Child("virtual") != nil {
				report(p, u, v, "%s is a virtual class: it cannot be constructed (construct a derived class)", c.decl.Name)
			}
		}
	}
})
