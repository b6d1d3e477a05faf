module init_asic (input clk, output reg [3:0] count);
  initial count = 0;  // want "rtl/initial-in-synthesizable"
  always @(posedge clk) count <= count + 1;
endmodule

module init_tb;
  reg clk;
  initial clk = 0;
endmodule
