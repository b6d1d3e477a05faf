package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleCaseDefault = register(&rules.Rule{
	ID:       "rtl/case-missing-default",
	Title:    "case without default",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"Verible case-missing-default", "Verilator CASEINCOMPLETE", "svlint case_default"},
	Doc: rules.Doc(
		`reports case statements without a default item, unless the items
list every value of the selector (all values of a narrow vector, every member of an
enum) or the case is unique/priority.`,
		`An uncovered selector value keeps the previous value: in combinational
logic that is a latch, in a state machine an illegal state it never leaves, and in
simulation an x that the hardware does not have.`,
		`module fsm(input logic clk, rst_n, start, done, output logic busy);
  typedef enum logic [1:0] {IDLE, RUN, WAIT} state_t;
  state_t state, next;
  always_comb begin
    next = state;
    case (state)
      IDLE: next = start ? RUN : IDLE;
      RUN:  next = done ? WAIT : RUN;
    endcase
  end
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) state <= IDLE;
    else        state <= next;
  assign busy = state != IDLE;
endmodule`,
		`module fsm(input logic clk, rst_n, start, done, output logic busy);
  typedef enum logic [1:0] {IDLE, RUN, WAIT} state_t;
  state_t state, next;
  always_comb begin
    next = state;
    case (state)
      IDLE: next = start ? RUN : IDLE;
      RUN:  next = done ? WAIT : RUN;
      default: next = IDLE;
    endcase
  end
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) state <= IDLE;
    else        state <= next;
  assign busy = state != IDLE;
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		u.Root.Walk(func(n *Node) bool {
			if n.Kind() == "case_statement" && !u.caseFull(n, m.ix) {
				report(p, u, keyword(n), "case without default: uncovered values keep their old value")
			}
			return true
		})
	}
})
