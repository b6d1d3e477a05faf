module dly (input clk, input d, input a, input b, output reg q, output y);
  always @(posedge clk) q <= #1 d;  // want "rtl/delay-in-synthesizable"
  assign #5 y = a & b;  // want "rtl/delay-in-synthesizable"
endmodule

// clean: a testbench (no ports) may delay
module dly_tb;
  reg clk = 0;
  always #5 clk = ~clk;
endmodule
