// A case with two default items.
module cdd (input [1:0] s, output reg y);
  always @(*) case (s) 2'd0: y = 1; default: y = 0; default: y = 1; endcase
endmodule
