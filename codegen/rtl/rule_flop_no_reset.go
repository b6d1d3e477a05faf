package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleFlopNoReset = register(&rules.Rule{
	ID:       "rtl/flop-no-reset",
	Title:    "state register without reset",
	Severity: rules.Info,
	Category: rules.Safety,
	Anchors:  []string{"design practice (reset every FSM state register)"},
	Doc: rules.Doc(
		`reports the state register of a state machine — a variable of an
enum type, or one a case statement selects on, written in a clocked block — that no
reset sets: the block has no reset, or its reset branch leaves the register alone.
A declaration initializer (FPGA power-up value) counts as a reset. Data registers
(pipelines, shift registers) are not reported.`,
		`Without a reset the machine powers up in an arbitrary, possibly
unused encoding: it may never reach a legal state, and simulation starts with x that
propagates everywhere instead of showing the problem.`,
		`module run_fsm(input logic clk, rst_n, go, output logic busy);
  typedef enum logic {IDLE, RUN} state_t;
  state_t state, next;
  assign next = go ? RUN : IDLE;
  always_ff @(posedge clk)
    state <= next;
  assign busy = state == RUN;
endmodule`,
		`module run_fsm(input logic clk, rst_n, go, output logic busy);
  typedef enum logic {IDLE, RUN} state_t;
  state_t state, next;
  assign next = go ? RUN : IDLE;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) state <= IDLE;
    else        state <= next;
  assign busy = state == RUN;
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		selectors := map[string]bool{}
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "case_statement" {
				if v := n.Child("value"); v.Is("identifier") {
					selectors[v.Text()] = true
				}
			}
			return true
		})
		s := m.sem(u)
		done := map[*Decl]bool{}
		for _, w := range u.Writes {
			pr := w.Proc
			if w.Kind != AccProc || pr == nil || !pr.Seq || len(pr.Edges) == 0 || pr.Kind == "initial" {
				continue
			}
			d := u.LookupAt(w.Name, w.Id)
			if d == nil || !d.IsVar() || done[d] || d.Value != nil || len(s.Inits[w.Name]) > 0 || u.localTo(w.Name, w.Id, pr.Node) {
				continue
			}
			if !selectors[w.Name] && len(u.EnumMembers(w.Name, w.Id, m.ix)) == 0 {
				continue
			}
			done[d] = true
			if pr.ResetIf == nil {
				report(p, u, w.Expr, "state register %s has no reset: the state machine powers up in an unknown state", w.Name)
				continue
			}
			if !resetAssigns(u.Unit, pr, d) {
				report(p, u, w.Expr, "the reset branch (line %d) does not set state register %s", u.line(pr.ResetIf), w.Name)
			}
		}
	}
})

// resetAssigns reports whether the reset branch of a clocked block writes d.
func resetAssigns(u *Unit, pr *Proc, d *Decl) bool {
	br := pr.ResetIf.Child("consequence")
	if br == nil {
		return false
	}
	for _, w := range u.Writes {
		if w.Proc == pr && contains(br, w.Stmt) && strings.EqualFold(w.Name, d.Name) && u.LookupAt(w.Name, w.Id) == d {
			return true
		}
	}
	return false
}
