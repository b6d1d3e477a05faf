// An implicit one-bit net from a typo in a port connection (legal Verilog).
module inv1 (input a, output y);
  assign y = ~a;
endmodule
module top_inv (input a, output y);
  wire mid;
  inv1 u0 (.a(a), .y(mdi));
  inv1 u1 (.a(mid), .y(y));
endmodule
