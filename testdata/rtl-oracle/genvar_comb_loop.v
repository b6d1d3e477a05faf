// Population count over a genvar in a combinational block.
module popcount8 (input [7:0] in, output reg [3:0] count);
  genvar i;
  always @(*) begin
    count = 4'd0;
    for (i = 0; i < 8; i = i + 1)
      count = count + in[i];
  end
endmodule
