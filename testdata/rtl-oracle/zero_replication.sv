// A replication with a zero count inside a concatenation.
module zr (input logic [3:0] a, output logic [7:0] y);
  assign y = {4'b0, {0{1'b1}}, a};
endmodule
