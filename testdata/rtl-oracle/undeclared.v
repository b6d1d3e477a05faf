// Uses a temporary it never declares.
module maj3 (input a, b, c, output y);
  assign tmp = a & b;
  assign y = tmp | (a & c) | (b & c) | undeclared_sig;
endmodule
