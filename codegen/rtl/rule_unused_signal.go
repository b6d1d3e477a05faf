package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleUnused = register(&rules.Rule{
	ID:       "rtl/unused-signal",
	Title:    "signal never read",
	Severity: rules.Info,
	Category: rules.Style,
	Anchors:  []string{"Verilator UNUSED (UNUSEDSIGNAL)"},
	Doc: rules.Doc(
		`reports nets and variables declared in a module that nothing reads. Names starting with "unused" or "_" are exempt, as is common practice, and so are names inside a syntax error (the broken text may read them).`,
		"Dead logic costs area until synthesis removes it, and an unread signal is often the sign of a connection that was meant to be made.",
		`module capture(input logic clk, input logic [7:0] data_i, output logic [7:0] data_o);
  logic [7:0] data_q;
  always_ff @(posedge clk) data_q <= data_i;
  assign data_o = data_i;
endmodule`,
		`module capture(input logic clk, input logic [7:0] data_i, output logic [7:0] data_o);
  logic [7:0] data_q;
  always_ff @(posedge clk) data_q <= data_i;
  assign data_o = data_q;
endmodule`,
		"Read it, remove it, or name it unused_data_q."),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		s := m.sem(u)
		for _, d := range u.Decls {
			if d.Scope != u.Root || d.PortDecl || (d.Kind != KindNet && d.Kind != KindVar) {
				continue
			}
			if sig := u.Signals[d.Name]; sig != nil && (sig.PortDecl || sig != d) {
				continue // the type of a non-ANSI port, or a duplicate
			}
			l := strings.ToLower(d.Name)
			if strings.HasPrefix(l, "unused") || strings.HasPrefix(l, "_") || s.Read(d.Name) || u.LostToError(d.Name) {
				continue
			}
			report(p, u, d.NameNode, "%s is never read", d.Name)
		}
	}
})
