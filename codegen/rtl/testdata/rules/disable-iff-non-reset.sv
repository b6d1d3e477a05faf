module din (input logic clk, rst_n, flush, req, gnt, input logic [1:0] mode);
  logic q;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= 1'b0;
    else q <= req;
  assert property (@(posedge clk) disable iff (flush) req |=> gnt);  // want "rtl/disable-iff-non-reset"
  assert property (@(posedge clk) disable iff (mode == 2'd3) req |=> gnt);  // want "rtl/disable-iff-non-reset"
  // clean: resets by name or by use
  assert property (@(posedge clk) disable iff (!rst_n) req |=> gnt);
  assert property (@(posedge clk) disable iff (!rst_n || flush) req |=> q);
endmodule
