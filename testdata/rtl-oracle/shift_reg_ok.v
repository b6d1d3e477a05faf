// Serial-in parallel-out shift register.
module sipo (input clk, input rst_n, input din, output reg [7:0] q);
  always @(posedge clk or negedge rst_n) begin
    if (!rst_n) q <= 8'b0;
    else q <= {q[6:0], din};
  end
endmodule
