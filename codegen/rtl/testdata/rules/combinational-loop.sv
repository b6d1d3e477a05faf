module cloop (input logic en, start, input logic [3:0] g, p, input logic cin, output logic a, output logic [4:0] c, output logic x);
  logic b;
  assign a = b & en;  // want "rtl/combinational-loop"
  assign b = a | start;
  // clean: a ripple carry through different bits
  assign c[0] = cin;
  assign c[1] = g[0] | (p[0] & c[0]);
  assign c[2] = g[1] | (p[1] & c[1]);
  assign c[3] = g[2] | (p[2] & c[2]);
  assign c[4] = g[3] | (p[3] & c[3]);
  // clean: a value the block computed before reading it
  logic t;
  always_comb begin
    t = en & start;
    x = t | cin;
  end
endmodule

// clean: a behavioural model whose block runs on its listed signals only keeps state in
// mode and next_mode; reading and writing them is no loop (picosoc's flash model does this)
module flash_model (input csb, input clk, output reg [3:0] mode);
  reg [3:0] next_mode;
  always @(csb, clk) begin
    if (!csb && !clk) begin
      if (next_mode != 0) begin
        mode = next_mode;
        next_mode = 0;
      end
    end
  end
endmodule

// but with the state in the list, the block triggers itself
module self_trigger (input en, output reg [3:0] q);
  reg [3:0] n;
  always @(en, n) begin
    n = n + 1;  // want "rtl/combinational-loop"
  end
  assign q = n;
endmodule

// clean: each branch of the generate if has its own assigns, and only one branch is built
module cl_branches #(parameter bit Async = 1) (input logic a, output logic y);
  logic d;
  if (Async) begin : g_async
    assign y = d;
    assign d = a;
  end else begin : g_sync
    assign d = y;
    assign y = a;
  end
endmodule

// clean: the same with a condition on a genvar, which is no constant of the module
module cl_loop_branches (input logic a, output logic y);
  logic d;
  for (genvar i = 0; i < 1; i++) begin : g
    if (i == 0) begin : g_a
      assign y = d;
      assign d = a;
    end else begin : g_b
      assign d = y;
      assign y = a;
    end
  end
endmodule

// clean: $bits asks for the width of shamt, not for its value
module shift_amount (input logic [7:0] count, output logic [2:0] shamt);
  assign shamt = count[$bits(shamt)-1:0];
endmodule

// clean: a testbench process written as always @(*) that waits for an event is no
// combinational logic; its state moves on after the wait
module tb_stepper;
  typedef enum { S_IDLE, S_STEP, S_DONE } step_e;
  step_e step = S_IDLE;
  event go;
  always @(*) begin
    case (step)
      S_IDLE: step <= S_STEP;
      S_STEP: begin
        @go;
        step <= S_DONE;
      end
      default: ;
    endcase
  end
endmodule

// clean: bitwise logic keeps each bit in its lane, so sel[1] reaches only sel[0] through
// t (t[0] from sel[1], then sel[1:0] from t[1:0] bit for bit)
module cl_lanes (input logic rst, input logic a, input logic b, output logic [2:0] sel);
  logic [2:0] t;
  assign t[0] = ~sel[1] & ~sel[2];
  assign t[1] = a;
  assign t[2] = b;
  assign sel[1:0] = t[1:0] & ~{2{rst}};
  assign sel[2] = t[2] | rst;
endmodule

// but a bit that comes back to its own lane loops
module cl_lanes_loop (input logic en, input logic a, output logic [1:0] s);
  logic [1:0] t;
  assign t[0] = ~s[0] & a;  // want "rtl/combinational-loop"
  assign t[1] = a;
  assign s[1:0] = t[1:0] & {2{en}};
endmodule

// a delayed self-toggle is a simulation clock, not a zero-delay loop; without the delay it is one
module cl_delayed_osc;
  logic ref_clk, fast_clk, wire_clk, stuck;
  always @(*) ref_clk <= #250 ~ref_clk;  // clean
  always @* begin
    fast_clk = #3 !fast_clk;  // clean
  end
  assign #7 wire_clk = ~wire_clk;  // clean
  always @(*) stuck = ~stuck;  // want "rtl/combinational-loop"
endmodule

// a pad joined to a core net by two tristate buffers, one per direction: a loop only if
// both enables are on at once, which Gantry cannot tell (a warning); an always-on pair is one
module cl_bidir_pad (input logic dir_out, inout wire pin, inout wire core);
  assign pin  = dir_out ? core : 1'bz;  // want "rtl/combinational-loop"
  assign core = (dir_out) ? 'z : pin;
endmodule

// a ?: on parameters keeps one arm per elaboration: the counter's next value reads the
// register only where the generate branch builds it as a flop, and where the register is
// a wire of the next value the ?: gives 0 (OpenTitan's AES cipher FSM, its masking choice
// an enum of its package); a read in the arm the defaults keep still closes a loop
package cl_impl_pkg;
  typedef enum logic [1:0] { ImplLut, ImplDom } impl_e;
endpackage
module cl_param_arms import cl_impl_pkg::*; #(parameter impl_e Impl = ImplLut) (
  input logic clk, rst_n, en,
  output logic [2:0] cnt, y
);
  logic [2:0] cnt_d, cnt_q, a, b;
  always_comb cnt_d = (Impl == ImplDom) ? cnt_q + 3'd1 : 3'd0;  // clean
  if (Impl == ImplDom) begin : gen_ctr
    always_ff @(posedge clk or negedge rst_n)
      if (!rst_n) cnt_q <= '0;
      else cnt_q <= cnt_d;
  end else begin : gen_no_ctr
    assign cnt_q = cnt_d;
  end
  assign cnt = cnt_q;
  assign a = (Impl == ImplLut) ? b + 3'd1 : 3'd0;  // want "rtl/combinational-loop"
  assign b = en ? a : 3'd0;
  assign y = b;
endmodule

// clean: a CRC or scrambler unrolled over a word — the feedback word sits at the bottom of
// the full state, and each of its bits reads only higher bits of it, so no bit comes back
// to itself (bit i from bits i+3 and i+12: the offsets never add up to zero)
module cl_unrolled_crc #(parameter WIDTH = 32) (input logic clk, input logic init,
                                               input logic [WIDTH-1:0] data_in, output logic [11:0] crc);
  logic [11:0] state;
  logic [WIDTH-1:0] feedback;
  logic [WIDTH-1+12:0] full_state;
  assign full_state = {init ? 12'h0 : state, feedback};  // clean
  assign feedback = full_state[WIDTH-1+12:12] ^ full_state[WIDTH-1:3] ^ data_in;  // clean
  always_ff @(posedge clk) state <= full_state[11:0];
  assign crc = state;
endmodule

// clean: the same with indexed part-selects (a PRBS checker's x^7 + x^6 + 1)
module cl_unrolled_prbs #(parameter DW = 15) (input logic clk, input logic [6:0] seed,
                                             output logic [DW:0] pn);
  logic [DW+7:0] full_state;
  assign pn = full_state[7+:DW+1] ^ full_state[6+:DW+1];  // clean
  assign full_state = {seed, pn};  // clean
endmodule

// but a feedback bit that reads its own lane through the concatenation loops
module cl_concat_loop (input logic [3:0] seed, output logic [3:0] fb);
  logic [7:0] full;
  assign full = {seed, fb};  // want "rtl/combinational-loop"
  assign fb = full[3:0] ^ seed;
endmodule

// and so does one placed above its own lane by a concatenation and read back from there
module cl_concat_shifted_loop (input logic [3:0] a, output logic [3:0] y);
  logic [7:0] full;
  assign full = {y, a};  // want "rtl/combinational-loop"
  assign y = full[7:4] & a;
endmodule
