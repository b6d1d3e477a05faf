// Drives a part-select beyond the top bit.
module pack (input [3:0] a, b, output [7:0] y);
  assign y[3:0] = a;
  assign y[8:5] = b;
endmodule
