module blk_seq (input clk, input [7:0] d, output reg [7:0] count, output reg [7:0] q);
  always @(posedge clk)
    count = count + 1;  // want "rtl/blocking-in-sequential"

  // clean: non-blocking, and a temporary written before it is read
  reg [7:0] t;
  always @(posedge clk) begin
    t = d + 8'd1;
    q <= t;
  end
endmodule
