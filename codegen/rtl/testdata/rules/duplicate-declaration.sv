module dup (input logic clk, output logic [7:0] q);
  logic [7:0] q;  // want "rtl/duplicate-declaration"
  logic [3:0] a;
  wire [3:0] a;  // want "rtl/duplicate-declaration"
`ifdef WIDE
  logic [15:0] b;
`else
  logic [7:0] b;
`endif
  for (genvar i = 0; i < 2; i++) begin : g_x
    logic t;
  end
  for (genvar i = 0; i < 2; i++) begin : g_y
    logic t;
  end
  assign q = '0;
endmodule

module dup_nonansi (clk, q);
  input clk;
  output [7:0] q;
  reg [7:0] q;
  always @(posedge clk) q <= q + 1;
endmodule

// clean: the port exists with `ifdef VERILATOR, the variable with `ifndef VERILATOR
module tb_clock (
`ifdef VERILATOR
  input clk
`endif
);
`ifndef VERILATOR
  reg clk = 1;
  always #5 clk = ~clk;
`endif
`ifdef VERILATOR
  wire [3:0] cnt;
`else
  reg [3:0] cnt;
`endif
`ifdef FAST
  reg [3:0] cnt;  // want "rtl/duplicate-declaration"
`endif
endmodule

// one memory model per bus configuration: declared twice only if both macros are defined
// (a warning)
module tb_mem;
`ifdef CFG_AHB
  logic [63:0] imem;
`endif
`ifdef CFG_AXI
  logic [63:0] imem;  // want "rtl/duplicate-declaration"
`endif
  logic [7:0] dmem;
`ifdef CFG_AXI
  logic [7:0] dmem;  // want "rtl/duplicate-declaration"
`endif
endmodule

// clean: a bind's instance lives in the module it binds to, whatever its name here
interface dd_probe_if (input logic clk);
endinterface
module dd_bound (input logic clk);
endmodule
module dd_bind_tb;
  logic clk;
  dd_probe_if u_probe (.clk(clk));
  bind dd_bound dd_probe_if u_probe (.clk(clk));
endmodule

// clean: a macro spells each parameter's name, given a default after it; what the
// macro expands to is not its argument, so the port of the same word is no duplicate
module macro_named_params #(
  parameter int `SIZE_OF(link) = '0
) (
  input logic [7:0] link
);
  localparam int `SIZE_OF(hub) = '0;
  logic hub;
  assign hub = ^link;
endmodule

// a member may take its class's name: the class's name is declared around the class
class dd_store;
  static local bit [7:0] dd_store [int unsigned];  // clean
  int dd_count;
  byte dd_count;  // want "rtl/duplicate-declaration"
endclass

// `default clocking name;` makes a clocking block declared before the default: it declares nothing
module dd_clocking (input logic clk, input logic req);
  clocking cb_main @(negedge clk);
    input req;
  endclocking
  default clocking cb_main;  // clean
  clocking cb_main @(posedge clk);  // want "rtl/duplicate-declaration"
  endclocking
endmodule

// enum members written with a range stand for numbered names only (IEEE 1800-2017 6.19):
// stage[2] is stage0 and stage1, stage[2:3] is stage2 and stage3, none of them stage
module dd_enum_ranges;
  enum { stage[2] = 4, stage[2:3] = 12 } st;  // clean
  enum { idle, idle_x[1] } mode;  // clean
  initial st = stage3;
endmodule

// the bounds may be based numbers (a CSR map's reserved ranges, `res[12'h004:12'h0ff]`,
// A.2.6 integral_number): res0 and res4 … res7 are distinct; a real repeat is still one
module dd_enum_based_ranges;
  typedef enum bit [11:0] {
    res [12'h000:12'h000] = 12'h000,
    fcsr                  = 12'h003,
    res [12'h004:12'h007] = 12'h004,  // clean
    sts                   = 12'h100,
    res [4'd7:4'd8]       = 12'h107  // want "rtl/duplicate-declaration"
  } csr_e;
  csr_e c = res5;
endmodule

// a property declared in a clocking block is the block's member, named through it
// (IEEE 1800-2017 14.3): a module-level property of the same name is another one
module dd_clocking_props (input logic clk, input logic a, input logic b);
  clocking rise_cb @(posedge clk);
    property a_then_b; a |=> b; endproperty
  endclocking
  property a_then_b;  // clean
    @(posedge clk) a |-> ##2 b;
  endproperty
  ap_cb: assert property (rise_cb.a_then_b);
  ap_top: assert property (a_then_b);
endmodule

// The one item a generate if, case or for takes without begin-end is a generate block of
// its own (IEEE 1800-2017 27.5): two such ifs may each declare the name.
module dd_unnamed_genblk #(parameter bit P = 0);
  if (P) logic a;
  else logic b;
  if (P) logic a;
  else logic b;
  case (P)
    1'b0: logic c;
    default: logic c;
  endcase
  logic d;
  logic d;  // want "rtl/duplicate-declaration: d is already declared"
endmodule
