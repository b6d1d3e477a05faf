package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleInitial = register(&rules.Rule{
	ID:       "rtl/initial-in-synthesizable",
	Title:    "initial block in design code",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"synthesis guidelines (ASIC)", "Verilator INITIALDLY (delays in initial)"},
	Doc: rules.Doc(
		`reports initial blocks in modules with ports. Off when the
configured target is "fpga" (rtl.target = "fpga"), where initial values and $readmem
are how block RAMs and registers get their power-up contents.`,
		`An ASIC has no power-up values: the register starts random, and the
design works in simulation only because initial set it. Use a reset.`,
		`initial count = 0;
always @(posedge clk) count <= count + 1;`,
		`always @(posedge clk or negedge rst_n)
  if (!rst_n) count <= 0;
  else        count <= count + 1;`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		if !synthesizable(u.Unit) {
			continue
		}
		for _, pr := range u.Procs {
			if pr.Kind == "initial" {
				report(p, u, firstWord(u, pr.Node), "initial block in design code: an ASIC has no power-up values; use a reset")
			}
		}
	}
})
