// A top level wiring the FIFO and the ALU with named and wildcard connections
module top_soc (
  input  logic        clk,
  input  logic        rst_n,
  input  logic        wr_en,
  input  logic [15:0] wr_data,
  input  logic        rd_en,
  input  logic [2:0]  op,
  output logic [15:0] y,
  output logic        zero,
  output logic        full,
  output logic        empty
);
  logic [15:0] rd_data;

  sync_fifo #(.WIDTH(16), .DEPTH(32)) u_fifo (
    .clk, .rst_n, .wr_en, .wr_data, .rd_en, .rd_data, .full, .empty
  );

  alu #(.W(16)) u_alu (
    .clk (clk),
    .op  (op),
    .a   (rd_data),
    .b   (wr_data),
    .y   (y),
    .zero(zero)
  );
endmodule
