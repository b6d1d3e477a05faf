module cav_sv (input logic clk, a, b, output logic y, z);
  logic t;
  assign t = a & b;  // clean in SystemVerilog: a single driver
  assign y = t;
  logic u;
  assign u = a;  // want "rtl/continuous-assign-to-variable"
  always_ff @(posedge clk) u <= b;  // want "rtl/multiple-drivers"
  assign z = u;
endmodule

// the second driver is in a branch of another macro (a warning)
module cav_cfg (input logic a, b, output logic y);
  logic u;
`ifdef CFG_AXI
  assign u = a;  // want "rtl/continuous-assign-to-variable"
`endif
`ifdef CFG_AHB
  always_comb u = b;  // want "rtl/multiple-drivers"
`endif
  assign y = u;
endmodule
