// A variable driven by a process and by a continuous assignment.
module twodrv (input logic clk, a, b, output logic y);
  logic r;
  always_ff @(posedge clk) r <= a;
  assign r = b;
  assign y = r;
endmodule
