// IEEE 1800-2017 clause 22: compiler directives
`timescale 1ns / 1ps
`default_nettype none
`include "defs.svh"
`include <stdlib.svh>
`pragma protect begin
`pragma reset all

`define WIDTH 8
`define MSB (`WIDTH - 1)
`define MAX(a, b) ((a) > (b) ? (a) : (b))
`define REG(name, w = 8, rst = '0) \
  logic [w-1:0] name; \
  always_ff @(posedge clk) if (!rst_n) name <= rst;
`define LOG(msg) $display("%s:%0d %s", `__FILE__, `__LINE__, msg)
`define STR(x) `"x`"
`define CAT(a, b) a``b
`define EMPTY
`define max(a,b)((a) > (b) ? (a) : (b))

`ifndef DIRECTIVES_SV
`define DIRECTIVES_SV

module directives #(
  parameter int W = `WIDTH
`ifdef WIDE_ADDR
  , parameter int AW = 64
`else
  , parameter int AW = 32
`endif
) (
  input  wire          clk,
  input  wire          rst_n,
`ifdef HAS_ENABLE
  input  wire          en,
`endif
  input  wire [`MSB:0] d,
  output logic [W-1:0] q
);
  `REG(stage, W)
  `REG(flag, 1, 1'b1)

  logic [`MAX(W, 4)-1:0] wide;

`ifdef SIMULATION
  initial `LOG("simulation build");
`elsif FORMAL
  initial assume (rst_n == 1'b0);
`else
  // synthesis: nothing to add
`endif

  always_ff @(posedge clk) begin
`ifdef HAS_ENABLE
    if (en)
`endif
      q <= d;
  end

  always_comb begin
    wide = `MAX(d, stage);
    `LOG(`STR(wide));
  end

`ifdef ASYNC_RESET
  always_ff @(posedge clk or negedge rst_n)
`else
  always_ff @(posedge clk)
`endif
    if (!rst_n) stage <= '0;
    else stage <= d;

  `EMPTY
endmodule
`endif

`resetall
`celldefine
module cell_buf (input wire a, output wire y);
  assign y = a;
endmodule
`endcelldefine
`undef WIDTH
`line 10 "generated.sv" 0
`default_nettype wire
