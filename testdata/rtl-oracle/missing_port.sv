// Instance connecting a port the submodule does not have.
module dff (input logic clk, input logic d, output logic q);
  always_ff @(posedge clk) q <= d;
endmodule
module two_dff (input logic clk, input logic d, output logic q);
  logic mid;
  dff u0 (.clk(clk), .d(d), .q(mid));
  dff u1 (.clk(clk), .data(mid), .q(q));
endmodule
