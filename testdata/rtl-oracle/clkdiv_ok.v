// Divide-by-10 clock enable.
module clkdiv10 (input clk, input rst, output reg tick);
  reg [3:0] cnt;
  always @(posedge clk) begin
    if (rst) begin
      cnt <= 4'd0;
      tick <= 1'b0;
    end else if (cnt == 4'd9) begin
      cnt <= 4'd0;
      tick <= 1'b1;
    end else begin
      cnt <= cnt + 4'd1;
      tick <= 1'b0;
    end
  end
endmodule
