// A net used before its declaration (legal: the declaration follows in scope).
module ubd (input a, b, output y);
  assign t = a & b;
  wire t;
  assign y = ~t;
endmodule
