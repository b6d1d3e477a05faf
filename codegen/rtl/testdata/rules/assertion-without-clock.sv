module awc (input logic clk, rst_n, req, gnt);
  property p_clocked;
    @(posedge clk) req |-> ##[1:3] gnt;
  endproperty
  property p_bare;
    req |-> ##[1:3] gnt;
  endproperty
  assert property (req |-> ##[1:3] gnt);  // want "rtl/assertion-without-clock"
  assert property (p_bare);  // want "rtl/assertion-without-clock"
  // clean: a clock of its own, from the named property, or from the always block
  assert property (@(posedge clk) disable iff (!rst_n) req |-> ##[1:3] gnt);
  assert property (p_clocked);
  always @(posedge clk) begin
    assert property (req |=> gnt);
  end
  cover property (@(posedge clk) req ##1 gnt);
endmodule
module awc_default (input logic clk, req, gnt);
  default clocking cb @(posedge clk); endclocking
  // clean: the default clocking block gives the clock
  assert property (req |=> gnt);
endmodule
module awc_formal (input logic clk, resetn, mem_ready, mem_valid);
  // clean: restrictions are for formal tools, which check an unclocked one at every step
  restrict property (resetn != $initstate);
  restrict property (mem_ready || !mem_valid);
  // but an assumption needs its clock like an assertion
  assume property (mem_ready || !mem_valid);  // want "rtl/assertion-without-clock"
endmodule
module awc_seq_clock (input logic clk, req, gnt);
  sequence s_both;
    @(posedge clk) req && gnt;
  endsequence
  property p_both;
    s_both;
  endproperty
  sequence s_plain;
    req ##1 gnt;
  endsequence
  property p_plain;
    s_plain;
  endproperty
  // clean: the property takes the clock of the sequence it names (IEEE 1800-2017 16.16.1)
  assert property (p_both);
  assert property (p_plain);  // want "rtl/assertion-without-clock"
endmodule

// in an `ifdef FORMAL section a formal tool checks an unclocked property at every step:
// a warning; outside one it stays an error
module awc_formal_tieoffs (input logic clk, input logic test_mode, input logic [31:0] boot);
`ifdef FORMAL
  TieTestMode: assume property (test_mode == 1'b0);  // want "rtl/assertion-without-clock"
`endif
  BootAligned: assert property (boot[1:0] == 2'b00);  // want "rtl/assertion-without-clock"
endmodule
