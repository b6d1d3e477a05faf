package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleUndrivenOutput = register(&rules.Rule{
	ID:       "rtl/undriven-output",
	Title:    "output never driven",
	Severity: rules.Warning,
	Category: rules.Correctness,
	// A module being written drives its outputs later: suggestions before that are not at fault.
	Unfinished: true,
	Anchors:    []string{"Verilator UNDRIVEN"},
	Doc: rules.Doc(
		`reports output ports that nothing in the module assigns, connects to
an instance output, or initialises. Modules with no body (black-box stubs) are skipped,
and so are outputs named inside a syntax error (the broken text may drive them).`,
		`The output floats (z) in simulation and is tied off or left dangling by
synthesis: whatever it feeds reads garbage. It is usually a forgotten assignment or a
misspelled name.`,
		`module m(input logic a, output logic y, output logic z);
  assign y = a;
endmodule`,
		`module m(input logic a, output logic y, output logic z);
  assign y = a;
  assign z = ~a;
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		if u.Empty || u.Kind != UnitModule {
			continue
		}
		s := m.sem(u)
		for _, port := range u.Ports {
			if port.Dir != "output" || port.Decl == nil || port.Decl.Iface || s.Driven(port.Name) || u.LostToError(port.Name) {
				continue
			}
			report(p, u, port.Node, "output %s is never driven", port.Name)
		}
	}
})
