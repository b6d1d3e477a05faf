// Two-digit BCD counter.
module bcd2 (input clk, input reset, output reg [3:0] ones, output reg [3:0] tens);
  always @(posedge clk) begin
    if (reset) begin
      ones <= 0;
      tens <= 0;
    end else if (ones == 9) begin
      ones <= 0;
      tens <= (tens == 9) ? 4'd0 : tens + 4'd1;
    end else begin
      ones <= ones + 4'd1;
    end
  end
endmodule
