// Verilog-2001 designs with non-ANSI port lists.
`timescale 1ns/100ps

// Single-port synchronous RAM with byte enables.
module sp_ram (clk, en, we, be, addr, din, dout);
  parameter DW = 32;
  parameter AW = 10;
  parameter INIT_FILE = "";

  input               clk;
  input               en;
  input               we;
  input  [DW/8-1:0]   be;
  input  [AW-1:0]     addr;
  input  [DW-1:0]     din;
  output [DW-1:0]     dout;

  reg [DW-1:0] mem [0:(1<<AW)-1];
  reg [DW-1:0] dout;
  integer      k;

  initial begin
    if (INIT_FILE != "") $readmemh(INIT_FILE, mem);
  end

  always @(posedge clk) begin
    if (en) begin
      for (k = 0; k < DW/8; k = k + 1)
        if (we && be[k]) mem[addr][k*8 +: 8] <= din[k*8 +: 8];
      dout <= mem[addr];
    end
  end
endmodule

// CRC-16/CCITT, byte-serial.
module crc16_ccitt (clk, rst, init, valid, data, crc);
  input         clk, rst, init, valid;
  input  [7:0]  data;
  output [15:0] crc;
  reg    [15:0] crc;

  function [15:0] next_crc;
    input [15:0] c;
    input [7:0]  d;
    integer      i;
    reg   [15:0] r;
    begin
      r = c;
      for (i = 7; i >= 0; i = i - 1) begin
        if (r[15] ^ d[i]) r = {r[14:0], 1'b0} ^ 16'h1021;
        else              r = {r[14:0], 1'b0};
      end
      next_crc = r;
    end
  endfunction

  always @(posedge clk)
    if (rst || init) crc <= 16'hFFFF;
    else if (valid)  crc <= next_crc(crc, data);
endmodule

// Push-button debouncer.
module debounce (clk, rst_n, btn_in, btn_out, rise, fall);
  parameter CNT_MAX = 20'd999_999;
  input  clk;
  input  rst_n;
  input  btn_in;
  output btn_out;
  output rise;
  output fall;

  reg        sync_0, sync_1;
  reg [19:0] cnt;
  reg        btn_out;
  reg        btn_q;

  always @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      sync_0 <= 1'b0;
      sync_1 <= 1'b0;
    end else begin
      sync_0 <= btn_in;
      sync_1 <= sync_0;
    end
  end

  always @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      cnt     <= 20'd0;
      btn_out <= 1'b0;
    end else if (sync_1 == btn_out) begin
      cnt <= 20'd0;
    end else if (cnt == CNT_MAX) begin
      cnt     <= 20'd0;
      btn_out <= sync_1;
    end else begin
      cnt <= cnt + 20'd1;
    end
  end

  always @(posedge clk) btn_q <= btn_out;
  assign rise = btn_out & ~btn_q;
  assign fall = ~btn_out & btn_q;
endmodule

// PWM generator with programmable period and duty.
module pwm (clk, rst, period, duty, pwm_out);
  parameter W = 12;
  input          clk, rst;
  input  [W-1:0] period, duty;
  output reg     pwm_out;

  reg [W-1:0] counter;

  always @(posedge clk)
  begin
    if (rst)
    begin
      counter <= 0;
      pwm_out <= 0;
    end
    else
    begin
      if (counter >= period) counter <= 0;
      else                   counter <= counter + 1;
      pwm_out <= (counter < duty);
    end
  end
endmodule

// Seven-segment decoder (active-low segments).
module hex7seg (hex, seg_n);
  input  [3:0] hex;
  output [6:0] seg_n;
  reg    [6:0] seg;

  always @(hex)
    case (hex)
      4'h0: seg = 7'b0111111;
      4'h1: seg = 7'b0000110;
      4'h2: seg = 7'b1011011;
      4'h3: seg = 7'b1001111;
      4'h4: seg = 7'b1100110;
      4'h5: seg = 7'b1101101;
      4'h6: seg = 7'b1111101;
      4'h7: seg = 7'b0000111;
      4'h8: seg = 7'b1111111;
      4'h9: seg = 7'b1101111;
      4'hA: seg = 7'b1110111;
      4'hB: seg = 7'b1111100;
      4'hC: seg = 7'b0111001;
      4'hD: seg = 7'b1011110;
      4'hE: seg = 7'b1111001;
      4'hF: seg = 7'b1110001;
      default: seg = 7'bx;
    endcase

  assign seg_n = ~seg;
endmodule

// Priority encoder using casez with don't-cares.
module prio_enc8 (req, idx, valid);
  input  [7:0] req;
  output [2:0] idx;
  output       valid;
  reg    [2:0] idx;

  assign valid = |req;

  always @*
    casez (req)
      8'b1???????: idx = 3'd7;
      8'b01??????: idx = 3'd6;
      8'b001?????: idx = 3'd5;
      8'b0001????: idx = 3'd4;
      8'b00001???: idx = 3'd3;
      8'b000001??: idx = 3'd2;
      8'b0000001?: idx = 3'd1;
      default:     idx = 3'd0;
    endcase
endmodule

// casex-based instruction decoder
module decode_x (opcode, is_load, is_store, is_branch);
  input  [6:0] opcode;
  output reg   is_load, is_store, is_branch;

  always @(*) begin
    {is_load, is_store, is_branch} = 3'b000;
    casex (opcode)
      7'b0000011: is_load   = 1'b1;
      7'b0100011: is_store  = 1'b1;
      7'b110x011: is_branch = 1'b1;
    endcase
  end
endmodule

// tri-state bus driver and bidirectional pad
module bidir_pad (oe, dout, din, pad);
  input  oe;
  input  dout;
  output din;
  inout  pad;
  wire   din;

  assign pad = oe ? dout : 1'bz;
  assign din = pad;
endmodule

// clock divider by 2^N with tasks
module clk_div (clk_in, rst, clk_out);
  parameter N = 3;
  input  clk_in, rst;
  output clk_out;
  reg [N-1:0] r;
  always @(posedge clk_in or posedge rst)
    if (rst) r <= {N{1'b0}};
    else     r <= r + 1'b1;
  assign clk_out = r[N-1];
endmodule

// bit-serial shift register using a defparam-overridden instance
module shift_top (clk, d, q);
  input clk, d;
  output q;
  wire [7:0] taps;
  shift_reg #(8) u0 (.clk(clk), .d(d), .q(taps));
  assign q = taps[7];
endmodule

module shift_reg (clk, d, q);
  parameter LEN = 4;
  input            clk;
  input            d;
  output [LEN-1:0] q;
  reg    [LEN-1:0] q;
  always @(posedge clk) q <= {q[LEN-2:0], d};
endmodule
