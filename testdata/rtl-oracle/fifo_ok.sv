// Synchronous FIFO with one extra pointer bit for full/empty.
module fifo #(parameter int W = 8, parameter int D = 16) (
  input logic clk, rst_n, wr, rd, input logic [W-1:0] din,
  output logic [W-1:0] dout, output logic full, empty);
  localparam int AW = $clog2(D);
  logic [W-1:0] mem [0:D-1];
  logic [AW:0] wp, rp;
  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      wp <= '0;
      rp <= '0;
    end else begin
      if (wr && !full) wp <= wp + 1'b1;
      if (rd && !empty) rp <= rp + 1'b1;
    end
  end
  always_ff @(posedge clk) if (wr && !full) mem[wp[AW-1:0]] <= din;
  assign dout = mem[rp[AW-1:0]];
  assign empty = (wp == rp);
  assign full = (wp[AW] != rp[AW]) && (wp[AW-1:0] == rp[AW-1:0]);
endmodule
