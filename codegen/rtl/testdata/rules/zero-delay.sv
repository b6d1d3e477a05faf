module zd_tb;
  logic clk = 1'b0, start;
  wire #0 w = clk;
  always #5 clk = ~clk;
  initial begin
    #0 start = 1'b1;  // want "rtl/zero-delay"
    #10 start = 1'b0;
    start = #0 1'b1;  // want "rtl/zero-delay"
    @(posedge clk) start <= 1'b0;
  end
endmodule
