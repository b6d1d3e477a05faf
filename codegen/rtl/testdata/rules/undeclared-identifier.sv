package cfg_pkg;
  parameter int WIDTH = 8;
  typedef enum logic [1:0] {S_IDLE, S_BUSY} mode_t;
endpackage

module undecl import cfg_pkg::*; (input logic clk, input logic [WIDTH-1:0] d, output logic [WIDTH-1:0] out);
  logic [7:0] count;
  mode_t mode;
  assign out = cnt + 1;  // want "rtl/undeclared-identifier"
  always_ff @(posedge clk) begin
    count <= d;
    mode <= S_BUSY;
  end
  state_t st;  // want "rtl/undeclared-identifier"
  sub_m u_sub (.a(count), .y(missing_wire));  // want "rtl/undeclared-identifier"
  function automatic logic [7:0] inc(input logic [7:0] x);
    logic [7:0] r;
    r = x + 1;
    return r;
  endfunction
  logic [7:0] nxt;
  assign nxt = inc(count);
endmodule

module sub_m (input logic [7:0] a, output logic y);
  assign y = ^a;
endmodule
class und_txn;
  rand bit [7:0] data;
endclass
module und_tb;
  und_txn t = new;
  // clean: randomize(data) names a member of t's class
  initial void'(t.randomize(data));
endmodule
module und_v2001 (input logic a, b, output logic y, z);
  und_sub u0 (.i(a), .o(implicit_w));  // want "rtl/undeclared-identifier"
  // clean: the implicit net is declared for the rest of the module; an escaped name
  assign y = implicit_w;
  logic \esc_sig ;
  assign z = esc_sig;
  function automatic logic pick(input logic p, q);
    return p & q;
  endfunction
endmodule
interface und_if (input logic clk);
  logic req;
  clocking drv_cb @(posedge clk);
    output req;
  endclocking
  // clean: the clocking block's name
  task automatic pulse();
    drv_cb.req <= 1'b1;
    @(drv_cb);
  endtask
endinterface
module und_implicit_param #(parameter int W = 4) (input logic [W-1:0] a);
  // clean: `.W` passes this module's W
  und_implicit_child #(.W) u_ok (.a(a));
  und_implicit_child #(.W, .DEPTH) u_bad (.a(a));  // want "rtl/undeclared-identifier: DEPTH"
endmodule
module und_implicit_child #(parameter int W = 1, parameter int DEPTH = 2) (input logic [W-1:0] a);
endmodule
module und_patterns;
  typedef union tagged {
    struct { bit [3:0] lo, hi; } Pair;
    bit [7:0] Whole;
  } val_t;
  val_t val;
  bit [7:0] r;
  initial begin
    // clean: `.name` in a pattern binds name for its item, if or conditional
    case (val) matches
      tagged Pair '{.l, .h} : r = {h, l};
      tagged Whole .w : r = w;
    endcase
    if (val matches tagged Whole .w2) r = w2;
    r = val matches tagged Pair '{.a, .*} ? {4'd0, a} : r;
    r = zz;  // want "rtl/undeclared-identifier: zz is not declared"
  end
endmodule
// a checker bound into the core reads the core's instances upwards: a warning, since only
// elaboration finds them; a typo of a local name stays an error
module und_upward_checker (input logic clk);
  logic [31:0] pc_q, pc_r;
  always_ff @(posedge clk) pc_q <= u_top.u_core.pc;  // want "rtl/undeclared-identifier: u_top is not declared in und_upward_checker"
  always_ff @(posedge clk) if (pc_qq.valid) pc_r <= '0;  // want "rtl/undeclared-identifier: pc_qq is not declared"
endmodule

// clean: a macro among the ports declares ports the module uses
`define UI_RAM_TEST_IO input logic WE, input logic CLK
module ui_ram #(parameter int DEPTH = 16) (input logic [3:0] ADR, input logic [7:0] D, output logic [7:0] Q,
  `UI_RAM_TEST_IO
);
  logic [7:0] core [DEPTH];
  always @(posedge CLK) begin
    if (WE) core[ADR] <= D;
    Q <= core[ADR];
  end
endmodule

// a package's exports are visible to its importers: by name, by package, or all it imports
package und_reg_pkg;
  parameter int unsigned MailboxDepth = 256;
  parameter int unsigned SfdpDepth = 64;
  parameter int unsigned FifoDepth = 16;
endpackage
package und_dev_pkg;
  import und_reg_pkg::MailboxDepth;
  export und_reg_pkg::MailboxDepth;
endpackage
package und_all_pkg;
  import und_reg_pkg::*;
  export *::*;
endpackage
module und_exports import und_dev_pkg::*; (output logic [31:0] depth);
  assign depth = MailboxDepth + SfdpDepth;  // want "rtl/undeclared-identifier: SfdpDepth"
endmodule
module und_exports_all import und_all_pkg::*; (output logic [31:0] depth);
  assign depth = MailboxDepth + FifoDepth;
endmodule

// A name in a concatenation connected to a port is an implicit net, as a whole value is.
module ud_pair (input logic [1:0] i, output logic [1:0] o);
  assign o = i;
endmodule

module ud_concat (input logic [1:0] a, output logic [1:0] y, output logic z);
  ud_pair u0 (.i(a), .o({hi, lo}));  // want "rtl/undeclared-identifier: hi is not declared: Verilog makes it an implicit" "rtl/undeclared-identifier: lo is not declared: Verilog makes it an implicit"
  assign y = {hi, lo};
  ud_pair u1 (.i({a[0], a_typo}), .o());  // want "rtl/undeclared-identifier: a_typo is not declared: Verilog makes it an implicit"
  assign z = a[1] ^ a_typ;  // want "rtl/undeclared-identifier: a_typ is not declared"
endmodule

// A port the `else branch of the header declares is declared for the code after it.
module ud_alt_pins (
  input logic clk,
`ifdef UD_DUAL_BUS
  output logic [1:0] bus2,
`else
  output logic [1:0] card,
`endif
  output logic y
);
`ifndef UD_DUAL_BUS
  assign card = 2'b00;  // clean
`endif
  assign y = clk;
endmodule

// randomize() outside a class is std::randomize (IEEE 1800-2017 18.12).
module ud_scope_randomize;
  int unsigned n;
  initial if (!randomize(n) with { n < 10; }) $display("no value");  // clean
endmodule

// A macro used as an item is judged by its definition in the file: one that writes a
// process declares nothing, one that writes a declaration does.
`define UD_FLOP(clk, q, d) always_ff @(posedge clk) q <= d;
`define UD_DECL(n) logic [3:0] n;

module ud_macro_flop (input logic clk, input logic [3:0] d, output logic [3:0] q, output logic [3:0] r);
  `UD_FLOP(clk, q, d)
  assign r = q ^ d_typo;  // want "rtl/undeclared-identifier: d_typo is not declared"
endmodule

module ud_macro_decl (input logic [3:0] d, output logic [3:0] r);
  `UD_DECL(tmp)
  assign tmp = d;  // clean: the macro declares tmp
  assign r = tmp;
endmodule

// A program's names are its own, not the file's.
program ud_prog (input logic clk);
  logic seen;
  initial @(posedge clk) seen = 1'b1;
endprogram

module ud_after_prog (output logic y);
  assign y = seen;  // want "rtl/undeclared-identifier: seen is not declared"
endmodule

// A macro may name the package of a scoped name.
package ud_cfg_pkg;
  localparam int W = 4;
  typedef logic [W-1:0] word_t;
endpackage

`define UD_CFG ud_cfg_pkg

module ud_macro_scope (input `UD_CFG::word_t a, output logic [`UD_CFG::W-1:0] y);
  assign y = a;  // clean
endmodule

// A subroutine's arguments named alone are inputs of type logic (IEEE 1800-2017 13.3).
module ud_bare_args (output logic [1:0] sel);
  task drive(hi, lo, which);
    if (which == 0) sel[0] = lo;  // clean
    else sel[1] = hi;  // clean
  endtask
  function logic both(p, q);
    return p & q;  // clean
  endfunction
  initial drive(1'b1, 1'b0, both(1'b1, 1'b0));
endmodule

// a header port without direction may be an interface a verification library beside the
// project defines: a warning; with a direction it is a variable of that type, an error
module ud_iface_port (
  dbg_probe_if dbg  // want "rtl/undeclared-identifier: type dbg_probe_if is not declared: as a port without direction"
);
endmodule
module ud_typed_port (
  input dbg_word_t w  // want "rtl/undeclared-identifier: type dbg_word_t is not declared"
);
endmodule

// an enum member with a range stands for numbered members (IEEE 1800-2017 6.19): LVL[0:3]
// is LVL0 to LVL3, TAP[2] is TAP0 and TAP1; a name past the range is still undeclared
module ud_enum_range (input logic clk, output logic top);
  typedef enum logic [2:0] {LVL[0:3], TAP[2]} lvl_e;
  lvl_e cur;
  always_ff @(posedge clk) cur <= (cur == LVL3) ? LVL0 : TAP1;  // clean
  assign top = (cur == LVL4);  // want "rtl/undeclared-identifier: LVL4 is not declared"
endmodule

// a user-defined nettype is a type for nets (IEEE 1800-2017 6.6.7)
module ud_nettype (output logic [3:0] y);
  nettype logic [3:0] nib_net;
  nib_net bus_n;  // clean
  assign y = bus_n;
endmodule

// CrossQueueType is the type a cross's bins function returns (IEEE 1800-2017 19.6.1.4)
class ud_cross_cov;
  rand bit [1:0] p, q;
  function CrossQueueType low_pairs();  // clean
    return low_pairs;
  endfunction
endclass

// `for (int i = 0, j = 7; …)` declares j too (IEEE 1800-2017 12.7.1)
module ud_for_pair (output logic [7:0] acc);
  always_comb begin
    acc = '0;
    for (int i = 0, j = 7; i < j; i++, j--) acc = acc + 8'(j - i);  // clean
  end
endmodule

// $setuphold's delayed clock and data are nets the timing check declares (IEEE 1800-2017
// 31.9); an extern module's header uses its own parameters
extern module ud_ext_hdr #(parameter int W = 4) (input logic [W-1:0] a, output logic y);  // clean
module ud_delayed (input logic CK, D, output logic Q);
  specify
    $setuphold(posedge CK, D, 2, 1, , , , dCK, dD);  // clean
  endspecify
  assign Q = dD;  // clean
endmodule

// a covergroup's arguments continue a type as a subroutine's do: hi is an int like lo
module ui_cg_args (input logic clk, input logic [5:0] level);
  covergroup level_cg (int lo, hi) @(posedge clk);
    coverpoint level { bins in_band[] = { [lo:hi] }; }  // clean
  endgroup
  level_cg band = new(4, 12);
endmodule

// an undeclared name in a net alias is an implicit net, as an assign target is (IEEE
// 1800-2017 10.11): a warning, not an error
module ui_alias_nets (inout wire [7:0] lanes);
  alias lanes = lane_alias;  // want "rtl/undeclared-identifier: lane_alias is not declared: Verilog makes it an implicit 1-bit wire"
endmodule

// a randsequence's code blocks read the values of its productions by their names, a
// repeated one by index (IEEE 1800-2017 18.17.7); each randsequence has its own productions
module ui_randseq_values;
  initial randsequence (expr)
    void expr : operand opcode operand
                { $display("%0d %s %0d", operand[1], opcode, operand[2]); } ;  // clean
    int operand : { return $urandom_range(9); } ;
    string opcode : plus { return "+"; } | minus { return "-"; } ;
    plus : say("plus") ;
    minus : say("minus") ;
    say (string word = "none") : { $display(word); } ;
  endsequence
  initial randsequence (top)
    top : say("again") ;
    say (string word = "none") : { $display(word); } ;  // clean
  endsequence
endmodule

// An `else branch a compile without +define+ takes is checked as that compile reads it: a
// name invented there is reported, as a warning (the project may build only with its
// defines); the branch such a compile leaves out is not judged.
module ud_sim_model (input logic clk, input logic [3:0] d, output logic [3:0] q, output logic t);
`ifdef UD_GATE_LEVEL
  assign q = d;
`else
  logic [3:0] q_r;
  always_ff @(posedge clk) q_r <= d;
  assign q = q_r ^ q_rr;  // want "rtl/undeclared-identifier: q_rr is not declared where a compile without .define. reads this branch"
`endif
`ifndef UD_NO_TRACE
  assign t = d[0];
`else
  assign t = d_nowhere;  // clean
`endif
endmodule

// A task called by simple name that the bench does not declare is searched upward through
// the instance hierarchy (IEEE 1800-2017 23.8): the harness that instantiates the bench
// declares `ud_ready`. A name no instantiating module declares stays an error.
module ud_bench;
  initial begin
    ud_ready();
    ud_unknown_step();  // want "rtl/undeclared-identifier: ud_unknown_step is not declared"
  end
endmodule

module ud_harness;
  ud_bench bench ();
  task ud_ready();
    $display("bench ready");
  endtask
endmodule

module ud_bystander;
  task ud_unknown_step();
  endtask
endmodule

// So is a name in a concatenation an assign drives (IEEE 1800-2017 6.10: an identifier on
// the left of a continuous assignment); on the right it is not.
module ud_assign_concat (input logic [3:0] a, output logic [3:0] s);
  assign {carry, s} = a + 4'd1;  // want "rtl/undeclared-identifier: carry is not declared: Verilog makes it an implicit"
  assign {s_dup} = {a[0]};  // want "rtl/undeclared-identifier: s_dup is not declared: Verilog makes it an implicit"
  wire w = {a_missing, a[0]};  // want "rtl/undeclared-identifier: a_missing is not declared"
endmodule

// Upward name resolution (IEEE 1800-2017 23.8): a child reaching an interface instance of
// the module that instantiates it finds it there; a root no instantiating module declares
// is still reported.
interface ud_status_if;
  logic busy;
endinterface

module ud_child;
  always_comb status.busy = 1'b0;
  always_comb stat.busy = 1'b0;  // want "rtl/undeclared-identifier: stat is not declared in ud_child"
endmodule

module ud_parent;
  ud_status_if status ();
  ud_child child ();
endmodule

// The methods every class has, called on the object itself from one of its methods
// (IEEE 1800-2017 18.8, 18.9, 18.13); a misspelt one is still reported.
class ud_seeded_pkt;
  rand bit [7:0] len;
  function void reseed(int s);
    srandom(s);
    constraint_mode(1);
  endfunction
  function string state();
    return get_randstate();
  endfunction
  function void restore(string s);
    set_randstate(s);
    srandum(1);  // want "rtl/undeclared-identifier: srandum is not declared"
  endfunction
endclass
