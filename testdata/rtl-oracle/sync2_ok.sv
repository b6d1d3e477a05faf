// Two-flop synchroniser.
module sync2 (input logic clk, rst_n, async_in, output logic sync_out);
  logic meta;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) {sync_out, meta} <= 2'b00;
    else {sync_out, meta} <= {meta, async_in};
endmodule
