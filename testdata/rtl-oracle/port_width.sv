// An 8-bit value connected to a 4-bit port (tools warn and truncate).
module nibble_reg (input logic clk, input logic [3:0] d, output logic [3:0] q);
  always_ff @(posedge clk) q <= d;
endmodule
module byte_top (input logic clk, input logic [7:0] d, output logic [3:0] q);
  nibble_reg u (.clk(clk), .d(d), .q(q));
endmodule
