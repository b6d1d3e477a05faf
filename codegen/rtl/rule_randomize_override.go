package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleRandomizeOverride = register(&rules.Rule{
	ID:       "rtl/randomize-override",
	Title:    "class method named randomize",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 18.6.3", "sv-tests 18.6.3 behavior_of_randomization_methods"},
	Doc: rules.Doc(
		`reports a class that declares its own randomize() method.`,
		`randomize() is built into every class and cannot be overridden (IEEE
1800-2017 18.6.3); tools refuse the class. Code that must run around randomization
belongs in pre_randomize() and post_randomize(), which the built-in method calls.`,
		`class packet;
  rand bit [7:0] len;
  function int randomize();
    len = 8;
    return 1;
  endfunction
endclass`,
		`class packet;
  rand bit [7:0] len;
  function void post_randomize();
    if (len == 0) len = 8;
  endfunction
endclass`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		for _, d := range u.Decls {
			if d.Class != nil && d.Name == "randomize" && (d.Kind == KindFunction || d.Kind == KindTask) {
				report(p, u, d.NameNode, "randomize() is built into every class and cannot be overridden: use pre_randomize() or post_randomize()")
			}
		}
	}
})
