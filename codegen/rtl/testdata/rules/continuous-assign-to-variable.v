module cav (input a, input b, output y, output reg z);
  reg t;
  assign t = a & b;  // want "rtl/continuous-assign-to-variable"
  assign z = t;  // want "rtl/continuous-assign-to-variable"
  wire w;
  assign w = a | b;
  assign y = w;
endmodule
