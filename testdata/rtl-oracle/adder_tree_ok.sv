// Sum of four bytes, widths grown at each level.
module sum4 (input logic [7:0] a, b, c, d, output logic [9:0] s);
  logic [8:0] ab, cd;
  assign ab = a + b;
  assign cd = c + d;
  assign s = ab + cd;
endmodule
