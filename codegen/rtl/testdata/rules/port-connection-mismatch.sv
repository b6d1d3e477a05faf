module fifo #(parameter int WIDTH = 8, parameter int DEPTH = 16) (
  input  logic clk, rst_n,
  input  logic [WIDTH-1:0] din,
  input  logic wr_en, rd_en,
  output logic [WIDTH-1:0] dout,
  output logic full, empty
);
  assign dout = din;
  assign full = wr_en;
  assign empty = rd_en;
endmodule

module top_pcm (input logic clk, rst_n, input logic [15:0] data16, input logic push, pop,
    output logic [15:0] out16, output logic f, e);
  logic [7:0] out8;
  fifo #(.WIDTH(8)) u_a (.clk(clk), .rst_n(rst_n), .din(data16), .wr_en(push), .rd_en(pop), .dout(out8), .full(), .empty());  // want "rtl/port-connection-mismatch"
  fifo #(.WIDTH(16)) u_b (.clk(clk), .rst_n(rst_n), .din(data16), .wr_en(push), .rd_enable(pop), .dout(out16), .full(f), .empty(e));  // want "rtl/port-connection-mismatch: no port rd_enable" "rtl/port-connection-mismatch: input rd_en of fifo is not connected"
  fifo #(.WIDTH(16)) u_c (.clk(clk), .din(data16), .wr_en(push), .rd_en(pop), .dout(), .full(), .empty());  // want "rtl/port-connection-mismatch"
  // clean: overrides make the widths agree; outputs may be left unconnected
  fifo #(.WIDTH(16), .DEPTH(4)) u_d (.clk(clk), .rst_n(rst_n), .din(data16), .wr_en(push), .rd_en(pop), .dout(), .full(), .empty());
  // clean: an unknown module is not judged
  vendor_ram u_ram (.a(data16), .zz(push));
endmodule

// clean: `#(.WIDTH)` passes the parent's WIDTH, not fifo's default 8
module top_pcm_implicit #(parameter int WIDTH = 16) (input logic clk, rst_n, input logic [15:0] data,
    input logic push, pop);
  fifo #(.WIDTH) u_e (.clk(clk), .rst_n(rst_n), .din(data), .wr_en(push), .rd_en(pop), .dout(), .full(), .empty());
endmodule

// a module named by a macro is found by the instances naming it so
`define PCM_GATE pcm_gate
module `PCM_GATE (input logic TE, E, CP, output logic Q);
  assign Q = CP & (E | TE);
endmodule
module top_pcm_macro (input logic clk, en, output logic gclk, gclk2);
  `PCM_GATE u_ok (.TE(1'b0), .E(en), .CP(clk), .Q(gclk));
  `PCM_GATE u_bad (.TE(1'b0), .E(en), .CP(clk), .Q(gclk2), .X(en));  // want "rtl/port-connection-mismatch: no port X"
endmodule

// a port list holding a macro (BlackParrot's `declare_ports(p)` after a port) has ports its
// text does not show; the ports it shows are still judged
module pcm_open (input logic clk_i `pcm_extra_ports(4), input logic en_i);
endmodule
module top_pcm_open (input logic clk, en);
  pcm_open u_ok (.clk_i(clk), .en_i(en), .extra_i(en));
  pcm_open u_missing (.clk_i(clk), .extra_i(en));  // want "rtl/port-connection-mismatch: input en_i"
endmodule

// ".*" finds signals a header the module includes declares
module pcm_csr (input logic csr_irq, csr_nmi, csr_dbg);
endmodule
module top_pcm_include;
`include "pcm_wildcard_signals.svh"
  logic csr_dbg;
  pcm_csr u_csr (.*);
endmodule
module top_pcm_include_short;
`include "pcm_wildcard_signals.svh"
  pcm_csr u_csr (.*);  // want "rtl/port-connection-mismatch: finds no signal for port csr_dbg"
endmodule

// a macro among the connections connects ports Gantry does not see
module pcm_ram (input logic clk, we, me, input logic [7:0] d, output logic [7:0] q);
endmodule
module top_pcm_ram_macro (input logic clk, input logic [7:0] d, output logic [7:0] q);
  pcm_ram u_ram (.clk(clk), .d(d), .q(q),
    `PCM_RAM_TEST_PORTS
    .*
  );
endmodule

// An ordered list may leave a connection empty: the next one keeps its place (a cell
// library's flop with an unused notifier input).
module pcm_cell (output q, input d, input notify, input [1:0] sel);
  assign q = d & sel[0];
endmodule

module pcm_cells (input logic d, input logic [1:0] s, output logic q1, q2, q3);
  pcm_cell c_skip (q1, d, , s);         // clean: s is the 2-bit sel, the empty place is notify
  pcm_cell c_wide (q2, s, , d);  // want "rtl/port-connection-mismatch: port d of pcm_cell is 1 bits wide" "rtl/port-connection-mismatch: port sel of pcm_cell is 2 bits wide"
  pcm_cell c_many (q3, d, , s, d);  // want "rtl/port-connection-mismatch: pcm_cell has 4 ports; this is connection 5"
endmodule

// A Verilog-1995 header may leave a port empty; ordered connections count it.
module pcm_gap (a, , b);
  input a;
  input [1:0] b;
endmodule

module pcm_gaps (input logic x, input logic [1:0] y);
  pcm_gap g0 (x, , y);  // clean: y is the third place, port b
endmodule

// ".*" leaves an input with a default value at its default when the parent has no signal
// of that name (IEEE 1800-2017 23.3.2.4); an input without one still needs a signal.
module pcm_lim (input logic clk, input logic [3:0] lim = 4'd0, input logic go, output logic hit);
  assign hit = clk & go & (lim == 4'd0);
endmodule

module pcm_lims (input logic clk, output logic hit1, hit2);
  logic go;
  pcm_lim u_dflt (.*, .hit(hit1));  // clean: lim keeps its default
  pcm_lim u_miss (.clk, .lim(4'd1), .hit(hit2), .*);
endmodule

module pcm_lims_nogo (input logic clk, output logic hit);
  pcm_lim u_nogo (.*);  // want "rtl/port-connection-mismatch: finds no signal for port go"
endmodule

// ".*" finds signals a macro among the module's items may declare (a unit-test fixture
// macro defined in a header declares the clock and reset)
module pcm_fixture_dut (input logic clk, rst_n, output logic busy);
endmodule
module pcm_fixture_tb;
  `PCM_CLOCK_FIXTURE(5)
  logic busy;
  pcm_fixture_dut u_dut (.*);  // clean
endmodule
module pcm_fixture_tb_plain;
  `define PCM_NOTHING $display("x")
  logic busy;
  pcm_fixture_dut u_dut (.*);  // want "rtl/port-connection-mismatch: finds no signal for port clk, rst_n"
endmodule
