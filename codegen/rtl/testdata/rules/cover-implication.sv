module ci (input logic clk, req, gnt);
  cover property (@(posedge clk) req |=> gnt);  // want "rtl/cover-implication"
  cover property (@(posedge clk) (req |-> gnt));  // want "rtl/cover-implication"
  // clean: a sequence, and implications in assertions
  cover property (@(posedge clk) req ##1 gnt);
  assert property (@(posedge clk) req |=> gnt);
endmodule
