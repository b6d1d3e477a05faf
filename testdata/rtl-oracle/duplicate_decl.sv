// Declares the output register twice.
module cnt4 (input logic clk, rst, output logic [3:0] q);
  logic [3:0] q;
  always_ff @(posedge clk) q <= rst ? 4'd0 : q + 4'd1;
endmodule
