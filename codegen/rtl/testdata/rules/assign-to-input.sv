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

// a port of a named type after an input: an interface port when the name is an
// interface's (its members are driven), an input of that type when it is a type's
interface ati_bus;
  logic valid, ready;
endinterface
typedef struct packed { logic valid, ready; } ati_pair_t;
module ati_iface (input logic clk, ati_bus bus, input logic go);
  always_comb bus.ready = go;
endmodule
module ati_typed (input logic clk, ati_pair_t pair, input logic go);
  always_comb pair.ready = go;  // want "rtl/assign-to-input"
endmodule

// clean: an input connected to an instance's inout (a clock/reset interface that may drive
// or only watch it)
interface ati_clk_rst_if (inout clk, inout rst_n);
endinterface
interface ati_agent_if (input clk, input rst_n);
  ati_clk_rst_if u_clk_rst (.clk(clk), .rst_n(rst_n));
endinterface

// a port whose header a macro spells (an interface's modport, chosen per tool) after an
// input: its kind is unknown, so the input does not carry over; a plain continuation of
// the input still does
`define ATI_MODPORT(i_, m_) i_.``m_
module ati_macro_port (
  input logic clk, en,
  `ATI_MODPORT(ati_bus, rx) rx,
  input logic go
);
  always_comb rx.ready = go;
  assign en = go;  // want "rtl/assign-to-input"
endmodule

// a macro standing for a process's head (VUnit's `TEST_SUITE, `TEST_CASE): the block after
// it is procedural code, its writes checked as an initial block's are
module ati_vunit_bench (input logic done);
  logic clk;
  `TEST_SUITE begin
    `TEST_SUITE_SETUP begin
      clk = 0;
    end
    `TEST_CASE("toggles") begin
      repeat (2) @(posedge clk);
      done = 1'b1;  // want "rtl/assign-to-input"
    end
  end
endmodule
