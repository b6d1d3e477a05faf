module a2i (input logic clk, input logic en, input logic [3:0] d, output logic y);
  assign en = 1'b1;  // want "rtl/assign-to-input"
  always_ff @(posedge clk) d <= 4'd0;  // want "rtl/assign-to-input"
  assign y = en;
endmodule

// clean: the clock is an input for Verilator and a variable the testbench toggles otherwise
module tb_toggle (
`ifdef VERILATOR
  input clk
`endif
);
`ifndef VERILATOR
  reg clk = 1;
  always #5 clk = ~clk;
`endif
endmodule

// An input with CFG_AXI, a local signal otherwise; the gasket built with CFG_AHB drives it
// (a warning: both macros at once are needed to make this a write to an input).
module a2i_cfg (
`ifdef CFG_AXI
  input logic awready,
`endif
  output logic ready
);
`ifndef CFG_AXI
  logic awready;
`endif
`ifdef CFG_AHB
  assign awready = 1'b1;  // want "rtl/assign-to-input"
`endif
  assign ready = awready;
endmodule

// clean: the header Verilator builds has the clock as a port; the other build declares a
// variable and toggles it (the `ifdef opens before the module)
`ifdef VERILATOR
module tb_hdr (input bit clk);
`else
module tb_hdr;
  bit clk;
`endif
`ifndef VERILATOR
  always #5 clk = ~clk;
`endif
endmodule
