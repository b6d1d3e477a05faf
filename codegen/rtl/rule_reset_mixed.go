package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleResetMixed = register(&rules.Rule{
	ID:       "rtl/reset-mixed",
	Title:    "reset used both asynchronously and synchronously",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"Verilator SYNCASYNCNET", "synthesis guidelines (reset schemes)"},
	Doc: rules.Doc(
		`reports a signal that is the asynchronous reset of some registers
(an edge of their sensitivity list, tested first) and is also read as ordinary
synchronous logic in another clocked block: in a condition, an enable or a data
input. It also reports an asynchronous reset taken on posedge in one block and on
negedge in another. (A block that tests such a reset first without its edge is
rtl/async-reset-not-in-sensitivity.)`,
		`The reset net then feeds both the flops' asynchronous reset pins and
their data paths: timing analysis must treat one net in two ways, reset assertion and
release race the clock in the synchronous logic, and reset synchronisation and
recovery/removal checks no longer describe what the hardware does.`,
		`always_ff @(posedge clk or negedge rst_n)
  if (!rst_n) q <= '0; else q <= d;
always_ff @(posedge clk)
  if (en && rst_n) r <= q;      // rst_n used as data`,
		`always_ff @(posedge clk or negedge rst_n)
  if (!rst_n) r <= '0; else if (en) r <= q;`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		type use struct {
			edge string
			proc *Proc
		}
		async := map[string]use{}
		for _, pr := range u.Procs {
			if !pr.Seq || pr.Reset == "" || pr.ResetSync {
				continue
			}
			edge := ""
			for _, e := range pr.Edges {
				if e.Signal == pr.Reset {
					edge = e.Edge
				}
			}
			prev, seen := async[pr.Reset]
			if !seen {
				async[pr.Reset] = use{edge, pr}
				continue
			}
			if prev.edge != "" && edge != "" && prev.edge != edge {
				for _, e := range pr.Edges {
					if e.Signal == pr.Reset {
						report(p, u, e.Node, "%s is an asynchronous reset on %s here and on %s at line %d", pr.Reset, edge, prev.edge, u.line(prev.proc.Node))
					}
				}
			}
		}
		if len(async) == 0 {
			continue
		}
		reported := map[*Proc]bool{}
		for _, r := range u.Reads {
			a, ok := async[r.Name]
			pr := r.Proc
			if !ok || pr == nil || !pr.Seq || reported[pr] || u.LookupAt(r.Name, r.Id) != u.Lookup(r.Name) {
				continue
			}
			if hasEdge(pr, r.Name) {
				continue // its own asynchronous reset block
			}
			if pr.ResetIf != nil && contains(pr.ResetIf.Child("condition"), r.Id) {
				continue // a leading reset test: rtl/async-reset-not-in-sensitivity
			}
			if first := firstStatement(pr.Body); first != nil && first.Kind() == "if_statement" && contains(first.Child("condition"), r.Id) {
				if name, _, _ := resetTest(first.Child("condition")); name == r.Name {
					continue
				}
			}
			reported[pr] = true
			report(p, u, r.Id, "%s is an asynchronous reset (line %d) and is also used here as synchronous logic", r.Name, u.line(a.proc.Node))
		}
	}
})

func hasEdge(pr *Proc, name string) bool {
	for _, e := range pr.Edges {
		if e.Signal == name {
			return true
		}
	}
	return false
}
