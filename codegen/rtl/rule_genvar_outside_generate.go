package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleGenvarOutside = register(&rules.Rule{
	ID:       "rtl/genvar-outside-generate",
	Title:    "genvar read outside the generate loop that steps it",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"IEEE 1800-2017 27.4", "iverilog: Unable to bind parameter"},
	Doc: rules.Doc(
		`reports a genvar read outside every generate loop whose header steps
it — in a continuous assignment, a declaration or a process of the module itself.`,
		`A genvar has a value only inside the loop being elaborated (IEEE
1800-2017 27.4); outside it, it is not a constant and not a signal, and tools refuse
the design. The code usually lost its "for" line, or meant a loop variable of a
procedure.`,
		`genvar i;
assign y[i] = a[i];`,
		`genvar i;
for (i = 0; i < 4; i = i + 1) begin : g_bit
  assign y[i] = a[i];
end`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.units {
		for _, r := range u.Reads {
			d := u.LookupAt(r.Name, r.Id)
			if d == nil || d.Kind != KindGenvar || steppedAround(r.Id, r.Name) {
				continue
			}
			report(p, u, r.Id, "genvar %s is read outside a generate loop over it: it has no value here", r.Name)
		}
	}
})

// steppedAround reports whether n lies in a generate loop whose header names the genvar
// (the header itself included), or in a procedural for loop over it (reported by
// rtl/genvar-in-procedural-loop).
func steppedAround(n *Node, name string) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() != "loop_generate" && p.Kind() != "for_statement" {
			continue
		}
		for _, k := range p.Kids() {
			if k.Field() != "initializer" {
				continue
			}
			found := false
			k.Walk(func(x *Node) bool {
				found = found || x.Kind() == "identifier" && x.Text() == name
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}
