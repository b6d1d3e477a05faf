// Two always_ff blocks drive the same output.
module dup_drive (input logic clk, a, b, output logic q);
  always_ff @(posedge clk) q <= a;
  always_ff @(posedge clk) q <= b;
endmodule
