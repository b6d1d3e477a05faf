// Testbench clock generator written without its half-period delay.
module tb_clk;
  reg clk;
  initial clk = 1'b0;
  always clk = ~clk;
  initial #100 $finish;
endmodule
