// Parameterised up/down counter with load, enable and terminal count.
`timescale 1ns / 1ps
`default_nettype none

module up_down_counter #(
  parameter int unsigned WIDTH = 8,
  parameter logic [WIDTH-1:0] RESET_VALUE = '0
) (
  input  logic             clk,
  input  logic             rst_n,
  input  logic             en,
  input  logic             up,
  input  logic             load,
  input  logic [WIDTH-1:0] load_value,
  output logic [WIDTH-1:0] count,
  output logic             terminal
);

  logic [WIDTH-1:0] count_next;

  always_comb begin
    count_next = count;
    if (load) begin
      count_next = load_value;
    end else if (en) begin
      if (up) count_next = count + 1'b1;
      else    count_next = count - 1'b1;
    end
  end

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      count <= RESET_VALUE;
    end else begin
      count <= count_next;
    end
  end

  assign terminal = up ? (count == {WIDTH{1'b1}}) : (count == '0);

endmodule : up_down_counter

// Free-running prescaler producing a one-cycle tick every DIV cycles.
module prescaler #(
  parameter int DIV = 100
) (
  input  wire clk,
  input  wire rst,
  output reg  tick
);
  localparam int CW = (DIV > 1) ? $clog2(DIV) : 1;

  reg [CW-1:0] cnt;

  always @(posedge clk) begin
    if (rst) begin
      cnt  <= {CW{1'b0}};
      tick <= 1'b0;
    end else if (cnt == DIV - 1) begin
      cnt  <= 0;
      tick <= 1'b1;
    end else begin
      cnt  <= cnt + 1;
      tick <= 1'b0;
    end
  end
endmodule

// Gray-code counter, used for asynchronous FIFO pointers.
module gray_counter #(parameter N = 4) (
  input  logic         clk,
  input  logic         rst_n,
  input  logic         inc,
  output logic [N-1:0] bin,
  output logic [N-1:0] gray
);
  logic [N-1:0] bin_next;

  assign bin_next = bin + {{(N-1){1'b0}}, inc};

  always_ff @(posedge clk, negedge rst_n)
    if (!rst_n) begin
      bin  <= '0;
      gray <= '0;
    end else begin
      bin  <= bin_next;
      gray <= (bin_next >> 1) ^ bin_next;
    end
endmodule

// Johnson (twisted ring) counter.
module johnson_counter #(parameter int STAGES = 5) (
  input  logic              clk,
  input  logic              rst_n,
  output logic [STAGES-1:0] q
);
  always_ff @(posedge clk or negedge rst_n) begin
    if (~rst_n) q <= '0;
    else        q <= {q[STAGES-2:0], ~q[STAGES-1]};
  end
endmodule

// LFSR pseudo-random generator with configurable taps.
module lfsr #(
  parameter int          WIDTH = 16,
  parameter logic [15:0] TAPS  = 16'hB400,
  parameter logic [15:0] SEED  = 16'hACE1
) (
  input  logic             clk,
  input  logic             rst_n,
  input  logic             step,
  output logic [WIDTH-1:0] value
);
  logic feedback;

  assign feedback = ^(value & TAPS[WIDTH-1:0]);

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n)
      value <= SEED[WIDTH-1:0];
    else if (step)
      value <= {value[WIDTH-2:0], feedback};
  end
endmodule

`default_nettype wire
