// Simple dual-port RAM with registered read.
module ram_dp (input clk, input we, input [5:0] waddr, raddr, input [15:0] wdata, output reg [15:0] rdata);
  reg [15:0] mem [0:63];
  always @(posedge clk) begin
    if (we) mem[waddr] <= wdata;
    rdata <= mem[raddr];
  end
endmodule
