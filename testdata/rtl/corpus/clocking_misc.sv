// Miscellaneous design idioms: clock gating, glitch-free mux, edge detect, latch.
`default_nettype none

module clock_gate (
  input  wire clk,
  input  wire en,
  input  wire test_en,
  output wire gclk
);
  reg en_latched;
  // latch is transparent while clk is low
  always_latch begin
    if (!clk) en_latched = en | test_en;
  end
  assign gclk = clk & en_latched;
endmodule

module glitch_free_clk_mux (
  input  wire clk0,
  input  wire clk1,
  input  wire rst_n,
  input  wire sel,
  output wire clk_out
);
  reg [1:0] s0, s1;

  always @(negedge clk0 or negedge rst_n)
    if (!rst_n) s0 <= 2'b00;
    else        s0 <= {s0[0], ~sel & ~s1[1]};

  always @(negedge clk1 or negedge rst_n)
    if (!rst_n) s1 <= 2'b00;
    else        s1 <= {s1[0], sel & ~s0[1]};

  assign clk_out = (clk0 & s0[1]) | (clk1 & s1[1]);
endmodule

module edge_detect #(parameter bit REGISTERED = 1'b1) (
  input  logic clk,
  input  logic rst_n,
  input  logic sig,
  output logic rise,
  output logic fall,
  output logic any
);
  logic sig_q;

  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) sig_q <= 1'b0;
    else        sig_q <= sig;

  if (REGISTERED) begin : g_reg
    always_ff @(posedge clk or negedge rst_n) begin
      if (!rst_n) {rise, fall} <= '0;
      else begin
        rise <= sig & ~sig_q;
        fall <= ~sig & sig_q;
      end
    end
  end else begin : g_comb
    assign rise = sig & ~sig_q;
    assign fall = ~sig & sig_q;
  end

  assign any = rise | fall;
endmodule

// Bit-banded status register with write-one-to-clear semantics.
module w1c_status #(parameter int N = 16) (
  input  logic         clk,
  input  logic         rst_n,
  input  logic [N-1:0] set_i,
  input  logic         wr_en,
  input  logic [N-1:0] wr_data,
  output logic [N-1:0] status,
  output logic         irq
);
  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) status <= '0;
    else        status <= (status & ~(wr_en ? wr_data : '0)) | set_i;
  end
  assign irq = |status;
endmodule

// Parameterised one-hot mux implemented as AND-OR.
module onehot_mux #(
  parameter int N = 4,
  parameter int W = 8
) (
  input  logic [N-1:0]        sel,
  input  logic [N-1:0][W-1:0] in,
  output logic [W-1:0]        out
);
  always_comb begin
    out = '0;
    for (int i = 0; i < N; i++) out |= in[i] & {W{sel[i]}};
  end

`ifndef SYNTHESIS
  always_comb begin
    if (!$onehot0(sel)) $error("onehot_mux: select is not one-hot: %b", sel);
  end
`endif
endmodule

// Saturating fixed-point accumulator.
module sat_accum #(
  parameter int IW = 16,
  parameter int AW = 24
) (
  input  logic                 clk,
  input  logic                 rst_n,
  input  logic                 clr,
  input  logic                 valid,
  input  logic signed [IW-1:0] din,
  output logic signed [AW-1:0] acc
);
  localparam logic signed [AW-1:0] MAX_V = {1'b0, {(AW-1){1'b1}}};
  localparam logic signed [AW-1:0] MIN_V = {1'b1, {(AW-1){1'b0}}};

  logic signed [AW:0] sum;

  assign sum = {acc[AW-1], acc} + {{(AW+1-IW){din[IW-1]}}, din};

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n || clr) begin
      acc <= '0;
    end else if (valid) begin
      if (sum > $signed({MAX_V[AW-1], MAX_V}))       acc <= MAX_V;
      else if (sum < $signed({MIN_V[AW-1], MIN_V}))  acc <= MIN_V;
      else                                           acc <= sum[AW-1:0];
    end
  end
endmodule

`default_nettype wire
