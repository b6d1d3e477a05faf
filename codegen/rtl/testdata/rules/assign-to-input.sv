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
