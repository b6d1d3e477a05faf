// IEEE 1800-2017 clauses 11.12 (let), 17 (checkers), 23.11 (bind)
package util_pkg;
  let max(a, b) = (a > b) ? a : b;
  let in_range(x, lo, hi) = x inside {[lo:hi]};
endpackage

checker req_ack_checker (logic clk, logic req, logic ack, untyped limit = 4,
                         sequence s_done = 1'b1);
  default clocking @(posedge clk); endclocking
  int unsigned pending = 0;
  always_ff @(posedge clk) begin
    if (req && !ack) pending <= pending + 1;
    else if (ack && pending != 0) pending <= pending - 1;
  end
  a_bound: assert property (pending <= limit);
  c_done: cover property (req ##[1:$] ack ##0 s_done);
endchecker : req_ack_checker

module fifo_props #(parameter int DEPTH = 4) (
  input logic clk, rst_n, push, pop,
  input logic [$clog2(DEPTH):0] count
);
  let full = count == DEPTH;
  let empty = count == 0;
  a_no_overflow: assert property (@(posedge clk) disable iff (!rst_n) full |-> !push);
  a_no_underflow: assert property (@(posedge clk) disable iff (!rst_n) empty |-> !pop);
  req_ack_checker u_chk (clk, push, pop, DEPTH);
endmodule

module fifo #(parameter int DEPTH = 4) (
  input logic clk, rst_n, push, pop,
  output logic [$clog2(DEPTH):0] count
);
  import util_pkg::*;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) count <= '0;
    else count <= count + (push ? 1 : 0) - (pop ? 1 : 0);
  initial $display("%0d", max(DEPTH, 2));
endmodule

bind fifo fifo_props #(.DEPTH(DEPTH)) u_props (.*);
bind fifo : top.u_fifo0, top.u_fifo1 fifo_props u_props2 (.clk(clk), .rst_n(rst_n),
  .push(push), .pop(pop), .count(count));

module top;
  logic clk, rst_n, push, pop;
  logic [2:0] c0, c1;
  fifo u_fifo0 (.count(c0), .*);
  fifo u_fifo1 (.count(c1), .*);
  alias_demo u_alias ();
endmodule

module alias_demo;
  wire [3:0] a;
  wire [1:0] hi, lo;
  alias a = {hi, lo};
endmodule
