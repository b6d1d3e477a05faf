// Rising-edge detector for every bit of a bus.
module edge_detect (input clk, input [7:0] in, output reg [7:0] pedge);
  reg [7:0] prev;
  always @(posedge clk) begin
    prev <= in;
    pedge <= in & ~prev;
  end
endmodule
