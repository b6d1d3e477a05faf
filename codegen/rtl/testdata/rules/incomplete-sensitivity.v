module isens (input a, input b, input c, output reg y, output reg z);
  always @(a or b)  // want "rtl/incomplete-sensitivity"
    y = a & b & c;
  always @(a or b or c)
    z = a | b | c;
endmodule
