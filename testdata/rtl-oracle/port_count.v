// Positional instance with one connection too many.
module and2 (input a, input b, output y);
  assign y = a & b;
endmodule
module and3 (input a, input b, input c, output y);
  wire t;
  and2 u0 (a, b, t, c);
  and2 u1 (t, c, y);
endmodule
