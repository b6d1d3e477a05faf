module md #(parameter bit USE_B = 1) (input logic clk, load, inc, input logic [7:0] d, a, b,
    inout wire bus, input logic oe, output logic [7:0] count, output logic [7:0] y, output logic [7:0] v);
  always_ff @(posedge clk) if (load) count <= d;
  always_ff @(posedge clk) if (inc) count <= count + 1;  // want "rtl/multiple-drivers"

  wire [7:0] w;
  assign w = a;
  assign w = b;  // want "rtl/multiple-drivers"

  // clean: different bits of one vector
  assign y[3:0] = a[3:0];
  assign y[7:4] = b[7:4];

  // clean: a tri-state bus
  assign bus = oe ? a[0] : 1'bz;
  assign bus = !oe ? b[0] : 1'bz;

  // clean: exclusive generate branches
  if (USE_B) begin : g_b
    assign v = b;
  end else begin : g_a
    assign v = a;
  end

  // clean: loop counters reused in several blocks
  integer i;
  logic [7:0] r1, r2;
  always_comb for (i = 0; i < 8; i = i + 1) r1[i] = a[7-i];
  always_comb for (i = 0; i < 8; i = i + 1) r2[i] = b[7-i];
endmodule

`ifdef FAST
module md2 (input logic a, output logic y);
  assign y = a;
endmodule
`endif

module md3 (input logic a, b, output logic y);
`ifdef USE_A
  assign y = a;
`else
  assign y = b;
`endif
endmodule

// legal Verilog that does not synthesize: a variable written by two plain always blocks
// (a warning)
module md4 (input logic [1:0] cnt, input logic [7:0] a, output reg [7:0] z);
  always @(cnt) if (cnt == 2'd1) z <= a;
  always @(cnt) if (cnt == 2'd2) z <= ~a;  // want "rtl/multiple-drivers"
endmodule
// clean: the bits of a parameter-dependent part-select may not overlap the others
module md_param #(parameter int W = 32, parameter bit ECC = 1'b0) (input logic [31:0] d, input logic [6:0] e, output logic [W-1:0] q);
  assign q[31:0] = d;
  if (ECC) begin : g_ecc
    assign q[W-1:32] = e;
  end
endmodule

module flash_side (input logic csb, inout wire io0);
  assign io0 = csb ? 1'bz : 1'b0;
endmodule
module ctrl_side (input logic clk, inout wire io0, output logic o);
  assign io0 = clk ? 1'b1 : 1'bz;
endmodule
module board (input logic clk, csb, a);
  // clean: a wire between two instances' inout ports is a shared bus
  wire io0;
  ctrl_side ctrl (.clk(clk), .io0(io0), .o());
  flash_side flash (.csb(csb), .io0(io0));
endmodule

// clean: separate generate ifs that the default parameters make exclusive, as
// `verilator --lint-only` and yosys elaborate the module on its own
module md_widths #(parameter int unsigned InW = 8, parameter int unsigned OutW = 8)
    (input logic [7:0] a, b, output logic [7:0] y);
  if (InW == OutW) begin : g_same
    assign y = a;
  end
  if (InW > OutW) begin : g_down
    assign y = b;
  end
endmodule

// clean: one instance in each branch of an if-generate without begin/end, ports by .*
module md_leaf_a (input logic a, output logic y);
  assign y = a;
endmodule
module md_leaf_b (input logic a, output logic y);
  assign y = ~a;
endmodule
module md_pick #(parameter bit GRAY = 1) (input logic a, output logic y);
  if (GRAY)
    md_leaf_a i_leaf (.*);
  else
    md_leaf_b i_leaf (.*);
endmodule

// both generate ifs hold with the default parameters: two drivers
module md_both #(parameter bit A = 1, parameter bit B = 1) (input logic a, b, output wire y);
  if (A) begin : g_a
    assign y = a;
  end
  if (B) begin : g_b
    assign y = b;  // want "rtl/multiple-drivers"
  end
endmodule

// a condition on a genvar is not a constant of the module: both branches count
module md_loop (input logic [3:0] a, output wire [3:0] y);
  for (genvar i = 0; i < 4; i++) begin : g_bit
    if (i == 0) begin : g_first
      assign y[0] = a[0];
    end
  end
  assign y[0] = a[1];  // want "rtl/multiple-drivers"
  assign y[3:1] = a[3:1];
endmodule

// Drivers in `ifdef branches of two macros are built together only if both are defined,
// and configuration macros often exclude each other (a warning); a driver beside one under
// `ifdef stays an error.
module md_cfg (input logic a, b, c, output wire y, z);
`ifdef CFG_AXI
  assign y = a;
`endif
`ifdef CFG_AHB
  assign y = b;  // want "rtl/multiple-drivers"
`endif
  assign z = a;
`ifdef CFG_AXI
  assign z = c;  // want "rtl/multiple-drivers"
`endif
endmodule

// clean: a procedural if on parameters is decided at elaboration, as an if-generate is:
// the assign exists only without ICOUNT, the flop writes only with it
typedef struct packed { logic ICOUNT; logic XLEN32; } cfg_t;
module md_elab #(parameter cfg_t Cfg = '0) (input logic clk, rst_n, d, output logic q, r);
  if (!Cfg.ICOUNT) begin : g_no_icount
    assign q = 1'b0;
  end
  always_ff @(posedge clk, negedge rst_n) begin
    if (!rst_n) begin
      if (Cfg.ICOUNT) q <= 1'b0;
    end else if (Cfg.ICOUNT) begin
      q <= d;
    end
  end
  assign r = d;
endmodule

// tests that do not contradict each other leave both drivers in
module md_elab2 #(parameter bit A = 1, parameter bit B = 1) (input logic [3:0] a, b, output wire [3:0] r);
  if (A) begin : g_a
    assign r = a;
  end
  if (B && A) begin : g_b
    assign r = b;  // want "rtl/multiple-drivers"
  end
endmodule

// the same constant twice on a net: no conflict, a redundant assign (a warning); other
// values are a conflict
module md_tied (input logic a, b, output wire [1:0] resp, output wire [1:0] resp2);
  assign resp = '0;
  assign resp = '0;  // want "rtl/multiple-drivers"
  assign resp2 = {a, b};
  assign resp2 = {b, a};  // want "rtl/multiple-drivers"
endmodule

// generate branches on two values of one configuration parameter never coexist (VeeR's
// `if (pt.DIV_NEW == 0)` and `if ((pt.DIV_NEW == 1) & (pt.DIV_BIT == 1))`)
module md_cfg (input logic clk, a, output logic q, r);
  logic fin, other;
  if (md_cfg_pkg::DIV_NEW == 0) begin : g_old
    md_cfg_sub u_old (.clk(clk), .a(a), .o(fin));
  end
  if ((md_cfg_pkg::DIV_NEW == 1) & (md_cfg_pkg::DIV_BIT == 1)) begin : g_new
    md_cfg_sub u_new (.clk(clk), .a(a), .o(fin));
  end
  if (md_cfg_pkg::DIV_BIT == 1) begin : g_a
    md_cfg_sub u_a (.clk(clk), .a(a), .o(other));
  end
  if (md_cfg_pkg::DIV_NEW == 1) begin : g_b
    md_cfg_sub u_b (.clk(clk), .a(a), .o(other));  // want "rtl/multiple-drivers"
  end
  assign q = fin;
  assign r = other;
endmodule
module md_cfg_sub (input logic clk, a, output logic o);
  always_ff @(posedge clk) o <= a;
endmodule

// generate branches on two members of a configuration struct of unknown value (VeeR's
// `if (pt.ICCM_ONLY == 1)` beside `if (pt.ICACHE_ONLY == 1)`) are built together only if
// both tests hold, which one-hot choices rule out (a warning); a driver outside every branch
// beside one inside stays an error.
typedef struct packed { logic ONLY_A; logic ONLY_B; } md_mode_t;
module md_mode #(parameter md_mode_t M) (input logic a, b, output wire y, z);
  if (M.ONLY_A == 1) begin : g_a
    assign y = a;
  end
  if (M.ONLY_B == 1) begin : g_b
    assign y = b;  // want "rtl/multiple-drivers: in another generate branch"
  end
  assign z = a;
  if (M.ONLY_B == 1) begin : g_z
    assign z = b;  // want "rtl/multiple-drivers"
  end
endmodule

// A branch the default parameters leave out parts its drivers from the others, not from
// each other: built with PIPE = 0, the two assigns below both drive y.
module md_dead_pair #(parameter bit PIPE = 1'b1) (input wire clk, input wire a, b, output wire y);
  reg y_q;
  if (PIPE) begin : g_pipe
    always @(posedge clk) y_q <= a & b;
    assign y = y_q;
  end else begin : g_comb
    assign y = a & b;
    assign y = a | b;  // want "rtl/multiple-drivers: y is driven here"
  end
endmodule

// A ref port shares the variable: two instances holding it by reference are not two drivers.
program md_port_prog (input logic clk, ref string name);
  initial @(posedge clk) $display("%s", name);
endprogram

module md_ref_share (input logic clk);
  string name;
  md_port_prog p0 (.clk(clk), .name(name));
  md_port_prog p1 (.clk(clk), .name(name));  // clean
  initial name = "first";
endmodule

// two instances whose modules drive their output with z when idle share one wire, as an
// open-drain line or a tristate bus does: no conflict Gantry can tell
module md_od_cell (input wire pull, output wire line_o);
  assign line_o = pull ? 1'b0 : 1'bz;
endmodule
module md_od_pair (input wire a_pull, input wire b_pull, output wire line);
  md_od_cell ua (.pull(a_pull), .line_o(line));  // clean
  md_od_cell ub (.pull(b_pull), .line_o(line));  // clean
endmodule

// outputs that always drive still conflict
module md_push_cell (input wire d, output wire q);
  assign q = ~d;
endmodule
module md_push_pair (input wire x, input wire y, output wire q);
  md_push_cell ux (.d(x), .q(q));
  md_push_cell uy (.d(y), .q(q));  // want "rtl/multiple-drivers"
endmodule

// a localparam of a generate block is the block's own: two blocks each name their own
// element of a shared array through `slot`, which only a third block repeats
module md_slot_leaf (output logic done);
  assign done = 1'b1;
endmodule
module md_slots #(parameter bit USE_A = 1, parameter bit USE_B = 1) ();
  wire done_vec [1:0];
  if (USE_A) begin : g_a
    localparam int slot = 0;
    md_slot_leaf ua (.done(done_vec[slot]));
  end
  if (USE_B) begin : g_b
    localparam int slot = 1;
    md_slot_leaf ub (.done(done_vec[slot]));  // clean
  end
  if (USE_B) begin : g_tie
    localparam int slot = 1;
    assign done_vec[slot] = 1'b0;  // want "rtl/multiple-drivers"
  end
endmodule

// an output its module never drives is z on the net: the other instance's output wins
// (a module with no body at all is a black box, whose outputs count as driven)
module md_idle_unit (input wire clk, output wire probe);
  logic [3:0] ticks = '0;
  always_ff @(posedge clk) ticks <= ticks + 1'b1;
endmodule
module md_busy_unit (input wire clk, output wire probe);
  assign probe = clk;
endmodule
module md_shared_probe (input wire clk, output wire probe);
  md_idle_unit u_idle (.clk(clk), .probe(probe));
  md_busy_unit u_busy (.clk(clk), .probe(probe));  // clean
endmodule

// a primitive's table always drives its output
primitive md_and_udp (y, a, b);
  output y;
  input a, b;
  table
    1 1 : 1 ;
    0 ? : 0 ;
    ? 0 : 0 ;
  endtable
endprimitive
module md_two_udps (input wire a, b, c, output wire y);
  md_and_udp g1 (y, a, b);
  md_and_udp g2 (y, b, c);  // want "rtl/multiple-drivers"
endmodule

// clean: the assign is built only where q is the net of the `else (which Gantry does not
// read), and the flop's procedural write needs the variable declared under the macro: the
// one build that compiles has the flop alone (OpenCores' ethmac declares its burst-type
// output so)
module md_cfg_decl (input logic clk, d, output logic y);
`ifdef MD_FLOPPED
  logic q;
`else
  wire q;
`endif
`ifndef MD_FLOPPED
  assign q = d;
`endif
  always_ff @(posedge clk) q <= d;
  assign y = q;
endmodule

// a `.*` connection exists only where its port does: the wrapper has the debug port under
// `ifndef MD_VIVADO, the bench drives the signal itself under `ifdef MD_VIVADO, never both
// in one build (RSD's bench and its Zynq wrapper); an unconditional write still conflicts
module md_wrap (
  input logic clk,
`ifndef MD_VIVADO
  output logic [7:0] dbg,
`endif
  output logic [7:0] cnt
);
  always_ff @(posedge clk) cnt <= cnt + 8'd1;
`ifndef MD_VIVADO
  assign dbg = cnt;
`endif
endmodule
module md_wrap_bench;
  logic clk;
  logic [7:0] dbg;
  wire [7:0] cnt;
  md_wrap u_wrap (.*);  // want "rtl/multiple-drivers: cnt"
`ifdef MD_VIVADO
  always_comb dbg = 8'd0;  // clean
`endif
  assign cnt = 8'd0;  // the second driver of the wrapper's cnt, reported at the instance
endmodule
// A lint tool's stub under `ifdef beside a simulation model under `ifndef of another
// macro: both exist only with the first macro defined and the second not (a warning);
// two models under `ifndef of two macros are both in a compile without defines.
module md_cfg_neg (input logic [3:0] a, b, output wire [3:0] y, z);
`ifdef MD_LINT_STUB
  assign y = '0;
`endif
`ifndef MD_SYNTHESIS
  assign y = a;  // want "rtl/multiple-drivers"
`endif
`ifndef MD_SYNTHESIS
  assign z = a;
`endif
`ifndef MD_FORMAL
  assign z = b;  // want "rtl/multiple-drivers"
`endif
endmodule
// clean: the assign is built only where the text has not defined MD_ASIC_CELLS, which it
// defines wherever the first driver is built (NVDLA's RAM wrappers)
module md_cfg_define (input logic a, b, output wire y);
`ifndef MD_EMU
`ifndef MD_FPGA
`define MD_ASIC_CELLS
  assign y = a;
`endif
`endif
`ifndef MD_ASIC_CELLS
  assign y = b;
`endif
endmodule

// a constant assign beside a tri-state driver drives the net all the time and fights it
// whenever it is enabled; a pull written with a strength, or an assign of z alone, does not
module md_tristate_const (input logic oe, a, output wire bus, pulled, idle);
  assign bus = oe ? a : 1'bz;
  assign bus = 1'b0;  // want "rtl/multiple-drivers"
  assign pulled = oe ? a : 1'bz;
  assign (weak0, weak1) pulled = 1'b1;  // clean
  assign idle = 1'bz;
  assign idle = 1'b0;  // clean
endmodule
module md_tristate_const_inout (input logic oe, a, inout wire pad, shared);
  assign pad = oe ? a : 1'bz;
  assign pad = 1'b0;  // want "rtl/multiple-drivers"
  assign shared = oe ? a : 1'bz;
  assign shared = !oe ? ~a : 1'bz;  // clean
endmodule
