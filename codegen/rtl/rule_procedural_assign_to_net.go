package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleProcNet = register(&rules.Rule{
	ID:       "rtl/procedural-assign-to-net",
	Title:    "net assigned in a procedure",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"compiler (IEEE 1364 9.2, IEEE 1800 10.4)"},
	Doc: rules.Doc(
		`reports blocking and non-blocking assignments to a wire (or an
output declared without reg/logic, which is a wire). A net declared so only under an
`+"`"+`ifdef`+"`"+` the assignment does not need (`+"`"+`ifdef X wire w; `+"`"+`else reg w; `+"`"+`endif`+"`"+`)
is a warning: a compile without the macro reads another declaration.`,
		`Only variables can be assigned in always, initial and task bodies;
every tool rejects the file.`,
		`wire ready;
always @(posedge clk) ready <= valid;`,
		`reg ready;                 // or: logic ready;
always @(posedge clk) ready <= valid;`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		for _, w := range u.Writes {
			if w.Kind != AccProc && w.Kind != AccTask {
				continue
			}
			d := u.LookupAt(w.Name, w.Id)
			if d == nil || d.Kind != KindNet || d.Dir == "input" {
				continue
			}
			what := "wire"
			if d.NetType != "" {
				what = d.NetType
			}
			if d.Dir != "" {
				what = d.Dir + " " + what
			}
			if mac := macroAlone(d.Cond, w.Cond); mac != "" {
				// the net is declared so only with a macro the write does not need (Xilinx's
				// unisims: `ifdef XIL_XECLIB wire x; `else reg x; `endif): a compile without
				// it reads another declaration
				m.reportSoft(p, u, w.Expr, "rtl/procedural-assign-to-net", "%s is a %s with `%s defined: it cannot be assigned in a procedure there", w.Name, what, mac)
				continue
			}
			report(p, u, w.Expr, "%s is a %s: it cannot be assigned in a procedure; declare it as reg or logic", w.Name, what)
		}
	}
})
