// Overrides a parameter the submodule does not declare.
module reg_n #(parameter int W = 4) (input logic clk, input logic [W-1:0] d, output logic [W-1:0] q);
  always_ff @(posedge clk) q <= d;
endmodule
module top_reg (input logic clk, input logic [7:0] d, output logic [7:0] q);
  reg_n #(.WIDTH(8)) u (.clk(clk), .d(d), .q(q));
endmodule
