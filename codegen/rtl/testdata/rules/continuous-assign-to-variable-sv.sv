module cav_sv (input logic clk, a, b, output logic y, z);
  logic t;
  assign t = a & b;  // clean in SystemVerilog: a single driver
  assign y = t;
  logic u;
  assign u = a;  // want "rtl/continuous-assign-to-variable"
  always_ff @(posedge clk) u <= b;  // want "rtl/multiple-drivers"
  assign z = u;
endmodule
