module latchy (input logic sel, en, input logic [1:0] s, input logic [7:0] a, b, output logic [7:0] y, z, w, v);
  always_comb begin  // want "rtl/latch-inferred"
    if (sel) y = a;
  end
  always @* begin  // want "rtl/latch-inferred"
    case (s)
      2'd0: z = a;
      2'd1: z = b;
    endcase
  end
  // clean: a default first
  always_comb begin
    w = '0;
    if (en) w = a;
  end
  // clean: both branches, and a full case
  always_comb begin
    if (sel) v = a; else v = b;
  end
endmodule

// a case over a state register that covers every value the register is given: the
// latch never holds, a warning even in always_comb
module li_fsm (input logic clk, reset, output logic busy);
  parameter A = 0, B = 1, C = 2;
  logic [1:0] state, next;
  always_comb begin  // want "rtl/latch-inferred"
    case (state)
      A: next = B;
      B: next = C;
      C: next = A;
    endcase
  end
  always @(posedge clk)
    if (reset) state <= A;
    else state <= next;
  assign busy = state != A;
endmodule
typedef enum logic [1:0] {IDLE3, RUN3, DONE3} state3_t;
module li_enum (input state3_t state, input logic a, b, c, output logic z);
  // every member is listed, but the encoding 2'b11 is not: synthesis builds a latch
  always_comb begin  // want "rtl/latch-inferred"
    case (state)
      IDLE3: z = a;
      RUN3:  z = b;
      DONE3: z = c;
    endcase
  end
endmodule

// clean: t is a temporary of one case item, set before it is read and read nowhere else
module li_temp (input logic [1:0] op, input logic [7:0] a, b, output logic [7:0] r);
  logic [7:0] t;
  always_comb begin
    r = '0;
    case (op)
      2'd0: begin
        t = a + b;
        r = t ^ a;
      end
      2'd1: r = a;
      default: r = b;
    endcase
  end
endmodule

// but read where no branch set it, it holds its last value: a latch
module li_stale (input logic [1:0] op, input logic [7:0] a, b, output logic [7:0] r);
  logic [7:0] t;
  always_comb begin  // want "rtl/latch-inferred"
    r = '0;
    if (op == 2'd0) t = a + b;
    r = t ^ a;
  end
endmodule

// clean: a labeled statement sets the default (`label: statement`, IEEE 1800 A.6.4)
module li_labeled (input logic a, b, output logic y);
  always_comb begin
    dflt: y = 1'b0;
    if (a) y = b;
  end
endmodule

// clean: a macro among a case's items may hold the default (a register map's generated items)
`define LI_REG_ITEMS(REG) 2'd1: rdata = REG; default: rdata = '0;
module li_macro_items (input logic [1:0] addr, input logic [7:0] r0, r1, output logic [7:0] rdata);
  always_comb begin
    case (addr)
      2'd0: rdata = r0;
      `LI_REG_ITEMS(r1)
    endcase
  end
endmodule

// clean: a case on a member of an interface port (a width Gantry does not resolve) whose
// labels, sized alike, list every value of that width
interface valid_if; logic valid; endinterface
module case_on_member (valid_if in_i, input logic [1:0] q, output logic [1:0] d);
  always_comb begin
    case (in_i.valid)
      1'b0: d = q;
      1'b1: d = q + 2'd1;
    endcase
  end
endmodule

// the items are members of a struct parameter of no default value, one per format: they may
// list every value of the selector, so the latch is only possible (a warning)
typedef struct packed { int unsigned FMTBITS; logic [1:0] S_FMT, D_FMT, H_FMT, Q_FMT; } li_cfg_t;
module li_param_items #(parameter li_cfg_t P) (input logic [P.FMTBITS-1:0] fmt, output logic [3:0] n);
  always_comb  // want "rtl/latch-inferred: unless its case items"
    case (fmt)
      P.S_FMT: n = 4'd1;
      P.D_FMT: n = 4'd2;
      P.H_FMT: n = 4'd3;
      P.Q_FMT: n = 4'd4;
    endcase
endmodule

// An if on a genvar keeps one branch in each block the loop elaborates: the first stage
// drives the output, the others the chain (no latch); a branch that writes a name on
// some paths only still builds one.
module li_chain #(parameter int N = 3) (input logic in, en, output logic out, output logic [N-1:0] tap, mid);
  logic [N-1:0] s1, s2;
  for (genvar i = 0; i < N; i++) begin : g_stage
    always_comb begin  // clean
      if (i == N - 1) s1[i] = ~in;
      else s1[i] = ~s2[i+1];
      if (i == 0) out = ~s1[i];
      else s2[i] = ~s1[i];
    end
    always_comb begin  // want "rtl/latch-inferred: tap"
      if (i == 0) begin
        if (en) tap[i] = s1[i];
      end else tap[i] = s2[i];
    end
    // the blocks without the first branch write the name only when en is set
    always_comb begin  // want "rtl/latch-inferred: mid"
      if (i == 0) mid[i] = s1[i];
      if (en) mid[i] = s2[i];
    end
  end
endmodule

// casez and casex labels cover every selector value: plain values over a selector whose
// width comes from $clog2 of a parameter, or don't-care digits (z, ?; x in casex)
module li_casez #(parameter int BYTES = 4) (input logic [1:0] e, input logic [3:0] k,
    output logic [1:0] n, output logic [3:0] o, output logic p, r);
  localparam int EW = $clog2(BYTES);
  logic [EW-1:0] sel;
  assign sel = e;
  always_comb begin  // clean
    casez (sel)
      2'd3: n = 2'd0;
      2'd2: n = 2'd1;
      2'd1: n = 2'd2;
      2'd0: n = 2'd3;
    endcase
  end
  always_comb begin  // clean
    casez (k)
      4'b???0: o = 4'd0;
      4'b??01: o = 4'd1;
      4'b?011: o = 4'd2;
      4'b0111: o = 4'd3;
      4'b1111: o = 4'd4;
    endcase
  end
  always_comb begin  // clean
    casex (k[1:0])
      2'b1x: p = 1'b1;
      2'b0x: p = 1'b0;
    endcase
  end
  // 4'b1111 is left out
  always_comb begin  // want "rtl/latch-inferred: r"
    casez (k)
      4'b???0: r = 1'b1;
      4'b??01, 4'b?011, 4'b0111: r = 1'b0;
    endcase
  end
endmodule

// a variable written with others in a concatenation, then read only on that path, is a
// temporary of the block, not a latch
module li_concat_temp (input logic v, s, input logic [3:0] a, output logic [3:0] y);
  logic [1:0] ovf;
  always_comb begin  // clean
    y = a;
    if (v) begin
      case (s)
        1'b0: {ovf, y} = a + 6'd1;
        1'b1: {ovf, y} = a + 6'd2;
      endcase
      if (ovf[1]) y = '0;
    end
  end
endmodule

// a default after items listing every selector value never runs: what it leaves
// unassigned builds no latch (a 4-state enum of all 16 encodings, an empty default)
module li_dead_default (input logic [1:0] s, input logic a, output logic y, z);
  typedef enum logic [1:0] {Idle, Run, Wait, Done} st_e;
  st_e st;
  assign st = st_e'(s);
  always_comb begin  // clean
    unique case (st)
      Idle: y = a;
      Run:  y = ~a;
      Wait: y = 1'b0;
      Done: y = 1'b1;
      default: begin end
    endcase
  end
  // with a value left out, the default is reached
  always_comb begin  // want "rtl/latch-inferred: z"
    case (s)
      2'd0: z = a;
      2'd1: z = ~a;
      2'd2: z = 1'b0;
      default: ;
    endcase
  end
endmodule

// `unique if` and `priority if` tell the tool one condition always holds (IEEE 1800-2017
// 12.4.2; a violation is reported when none does): a chain without a final else is full,
// as a unique case is; the same chain without the keyword keeps its latch
module li_unique_if (input logic [2:0] onehot_sel, input logic [7:0] p, q, r, output logic [7:0] pick, pick2);
  always_comb begin  // clean
    unique if (onehot_sel[0]) pick = p;
    else if (onehot_sel[1])   pick = q;
    else if (onehot_sel[2])   pick = r;
  end
  always_comb begin  // want "rtl/latch-inferred"
    if (onehot_sel[0])      pick2 = p;
    else if (onehot_sel[1]) pick2 = q;
  end
endmodule

// an if on a literal keeps only the branch the literal picks (a disabled alternative left
// in the text): `if (1'b1)` without else is every path, `if (0)` never writes
module li_literal_if (input logic [1:0] s, input logic [3:0] a, output logic [3:0] y, w);
  always_comb begin  // clean
    unique case (s)
      2'd0 : if (1'b1) begin y = a; end
      2'd1 : y = ~a;
      default: y = 'x;
    endcase
  end
  always_comb begin  // want "rtl/latch-inferred"
    if (1'b0) w = a;
  end
endmodule

// a call of one of the module's functions or tasks writes what the callee writes on every
// path (a FIFO's flag updates factored into `void` functions); a callee that writes the
// flag on one path only, or writes a local of the same name, leaves the latch
module li_callee (input logic rd, wr, a, output logic empty_n, full_n, busy_n);
  function void set_empty();
    if (a) empty_n = 1'b1;
    else empty_n = 1'b0;
  endfunction
  function void set_full();
    if (a) full_n = 1'b1;
  endfunction
  task automatic set_busy();
    logic busy_n;
    busy_n = a;
  endtask
  always_comb begin  // clean
    if (rd) set_empty();
    else empty_n = 1'b0;
  end
  always_comb begin  // want "rtl/latch-inferred: always_comb infers a latch for full_n"
    if (wr) set_full();
    else full_n = 1'b0;
  end
  always_comb begin  // want "rtl/latch-inferred: always_comb infers a latch for busy_n"
    if (wr) set_busy();
    else busy_n = 1'b0;
  end
endmodule

// an if on a parameter without else inside one case item: where the default takes it, only
// an instance that overrides the parameter builds the latch (a warning); where the default
// leaves the branch out, the module as written builds it (an error)
module li_cfg_if #(parameter bit EN_B = 1'b1, parameter bit EN_C = 1'b0) (
  input logic [1:0] s, input logic [3:0] a, output logic [3:0] y, z
);
  always_comb begin  // want "rtl/latch-inferred: always_comb infers a latch for y where parameters"
    unique case (s)
      2'd0: y = a;
      2'd1: if (EN_B) y = ~a;
      default: y = '0;
    endcase
  end
  always_comb begin  // want "rtl/latch-inferred: always_comb infers a latch for z: not assigned"
    unique case (s)
      2'd0: z = a;
      2'd1: if (EN_C) z = ~a;
      default: z = '0;
    endcase
  end
endmodule

// a macro used as a statement writes the variable it is given first when its definition
// assigns that formal (PULP's `AXI_SET_*_STRUCT(lhs, rhs) in always_comb); one that only
// shows it writes nothing
`define LI_SET_FIELD(lhs, rhs) lhs.f = rhs;
`define LI_SHOW(v) $display("%0d", v);
module li_macro_stmt (input logic v, input logic [3:0] a, output logic [3:0] y, z);
  typedef struct packed { logic [3:0] f; } wrap_t;
  wrap_t w;
  always_comb begin
    if (v) begin
      `LI_SET_FIELD(w, a)
    end else begin
      w.f = '0;
    end
  end
  assign y = w.f;
  always_comb begin  // want "rtl/latch-inferred: always_comb infers a latch for z"
    if (v) begin
      `LI_SHOW(z)
    end else begin
      z = '0;
    end
  end
endmodule

// `case … inside` ranges cover every value between their bounds (IEEE 1800-2017 12.5.4)
module li_case_inside (input logic [2:0] s, output logic [1:0] y, z);
  always_comb begin
    case (s) inside
      3'd0, 3'd1: y = 2'd0;
      [2:3]: y = 2'd1;
      [4:7]: y = 2'd2;
    endcase
  end
  always_comb begin  // want "rtl/latch-inferred: always_comb infers a latch for z"
    case (s) inside
      [0:3]: z = 2'd0;
      [5:7]: z = 2'd1;
    endcase
  end
endmodule
