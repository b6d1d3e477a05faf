// A wider sum truncated into a narrower output (tools accept it).
module trunc (input logic [7:0] a, b, output logic [7:0] s, output logic c);
  logic [8:0] full;
  assign full = a + b;
  assign s = full;
  assign c = full[8];
endmodule
