// Collection of arbiters.

// Fixed-priority arbiter: lowest index wins.
module fixed_prio_arbiter #(parameter int N = 4) (
  input  logic [N-1:0] req,
  output logic [N-1:0] gnt
);
  // isolate lowest set bit
  assign gnt = req & ~(req - 1'b1);
endmodule

// Round-robin arbiter using a rotating mask.
module rr_arbiter #(
  parameter int N = 8
) (
  input  logic         clk,
  input  logic         rst_n,
  input  logic [N-1:0] req,
  input  logic         ack,
  output logic [N-1:0] gnt,
  output logic [$clog2(N)-1:0] gnt_idx,
  output logic         gnt_valid
);
  logic [N-1:0] mask, masked_req, masked_gnt, unmasked_gnt;

  assign masked_req   = req & mask;
  assign masked_gnt   = masked_req & ~(masked_req - 1'b1);
  assign unmasked_gnt = req & ~(req - 1'b1);
  assign gnt          = (|masked_req) ? masked_gnt : unmasked_gnt;
  assign gnt_valid    = |req;

  always_comb begin
    gnt_idx = '0;
    for (int i = 0; i < N; i++) begin
      if (gnt[i]) gnt_idx = i[$clog2(N)-1:0];
    end
  end

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      mask <= '1;
    end else if (ack && gnt_valid) begin
      // everything above the granted index stays eligible
      mask <= ~((gnt << 1) - 1'b1);
      if (gnt[N-1]) mask <= '1;
    end
  end
endmodule

// Matrix arbiter: keeps pairwise priority bits.
module matrix_arbiter #(parameter int N = 4) (
  input  logic         clk,
  input  logic         rst_n,
  input  logic [N-1:0] req,
  output logic [N-1:0] gnt
);
  logic [N-1:0] prio [N];   // prio[i][j] = 1 -> i beats j

  always_comb begin
    for (int i = 0; i < N; i++) begin
      gnt[i] = req[i];
      for (int j = 0; j < N; j++) begin
        if (j != i && req[j] && prio[j][i]) gnt[i] = 1'b0;
      end
    end
  end

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
          prio[i][j] <= (i < j);
    end else begin
      for (int i = 0; i < N; i++) begin
        if (gnt[i]) begin
          for (int j = 0; j < N; j++) begin
            if (j != i) begin
              prio[i][j] <= 1'b0;
              prio[j][i] <= 1'b1;
            end
          end
        end
      end
    end
  end
endmodule

// Weighted round-robin wrapper with credit counters.
module wrr_arbiter #(
  parameter int N = 4,
  parameter int W = 4,
  parameter logic [W-1:0] WEIGHTS [N] = '{4'd4, 4'd2, 4'd1, 4'd1}
) (
  input  logic         clk,
  input  logic         rst_n,
  input  logic [N-1:0] req,
  output logic [N-1:0] gnt
);
  logic [W-1:0] credit [N];
  logic [N-1:0] eligible;
  logic [$clog2(N)-1:0] unused_idx;
  logic         unused_valid;

  always_comb
    foreach (credit[i]) eligible[i] = req[i] && (credit[i] != '0);

  rr_arbiter #(.N(N)) u_rr (
    .clk      (clk),
    .rst_n    (rst_n),
    .req      ((|eligible) ? eligible : req),
    .ack      (1'b1),
    .gnt      (gnt),
    .gnt_idx  (unused_idx),
    .gnt_valid(unused_valid)
  );

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      foreach (credit[i]) credit[i] <= WEIGHTS[i];
    end else if (~|eligible) begin
      foreach (credit[i]) credit[i] <= WEIGHTS[i];
    end else begin
      for (int i = 0; i < N; i++)
        if (gnt[i] && credit[i] != 0) credit[i] <= credit[i] - 1;
    end
  end
endmodule
