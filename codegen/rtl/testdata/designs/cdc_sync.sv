// Two-flop synchroniser, a reset synchroniser and a pulse crossing
module cdc_sync (
  input  logic clk_src, clk_dst, rst_n,
  input  logic pulse_in,
  output logic pulse_out
);
  logic toggle_src;
  logic [2:0] sync_dst;
  logic [1:0] rst_sync;

  always_ff @(posedge clk_dst or negedge rst_n)
    if (!rst_n) rst_sync <= 2'b00;
    else        rst_sync <= {rst_sync[0], 1'b1};

  always_ff @(posedge clk_src or negedge rst_n)
    if (!rst_n)        toggle_src <= 1'b0;
    else if (pulse_in) toggle_src <= ~toggle_src;

  always_ff @(posedge clk_dst or negedge rst_n)
    if (!rst_n) sync_dst <= 3'b000;
    else        sync_dst <= {sync_dst[1:0], toggle_src};

  assign pulse_out = sync_dst[2] ^ sync_dst[1];
endmodule
