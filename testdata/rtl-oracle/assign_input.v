// Clears an input port instead of the register.
module clr (input clk, input [3:0] d, input clear, output reg [3:0] q);
  always @(posedge clk) begin
    if (clear) d = 4'b0;
    q <= d;
  end
endmodule
