package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleGenerateUnnamed = register(&rules.Rule{
	ID:       "rtl/generate-unnamed",
	Title:    "unnamed generate block",
	Severity: rules.Info,
	Category: rules.Style,
	Anchors:  []string{"Verible generate-label", "svlint generate_for_with_label, generate_if_with_label"},
	Doc: rules.Doc(
		`reports begin … end blocks of generate for/if/case without a label.`,
		`Tools name unnamed generate blocks genblk1, genblk2, … : hierarchical
paths in waveforms, constraints and assertions change whenever a block is added above.`,
		`for (genvar i = 0; i < N; i++) begin
  assign y[i] = a[i] & b[i];
end`,
		`for (genvar i = 0; i < N; i++) begin : g_and
  assign y[i] = a[i] & b[i];
end`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "generate_block" && len(n.Children("label")) == 0 && n.Parent() != nil {
				switch n.Parent().Kind() {
				case "loop_generate", "if_generate", "case_item", "default_case_item":
					report(p, u, firstWord(u, n), "unnamed generate block; add a label (begin : g_name)")
				}
			}
			return true
		})
	}
})
