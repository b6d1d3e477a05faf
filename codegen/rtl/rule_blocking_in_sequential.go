package rtl

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleBlockingSeq = register(&rules.Rule{
	ID:       "rtl/blocking-in-sequential",
	Title:    "blocking assignment in a clocked always block",
	Severity: rules.Warning,
	Category: rules.Safety,
	Anchors:  []string{"Verilator BLKSEQ", "svlint blocking_assignment_in_always_at_edge"},
	Doc: rules.Doc(
		`reports "=" assignments to registers in "always @(posedge …)" blocks.
A variable that is written and read only inside the block, written before it is read,
is a temporary and is not reported.`,
		`Registers updated with "=" change immediately: a later read in the same
edge sees the new value, and the result depends on the order the simulator runs blocks
in, while synthesis builds flip-flops that all sample before the edge.`,
		`module counter(input clk, output reg [7:0] count);
  always @(posedge clk)
    count = count + 1;
endmodule`,
		`module counter(input clk, output reg [7:0] count);
  always @(posedge clk)
    count <= count + 1;
endmodule`,
	),
}, func(p *rules.Pass, m *checkModel) { checkBlockingSeq(p, m, false) })
