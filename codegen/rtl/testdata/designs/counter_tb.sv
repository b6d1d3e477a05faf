`timescale 1ns/1ps
module counter_tb;
  logic clk = 0;
  logic rst_n;
  logic [7:0] q;
  always #5 clk = ~clk;
  up_counter #(.W(8)) dut (.clk(clk), .rst_n(rst_n), .en(1'b1), .q(q));
  initial begin
    rst_n = 0;
    #20 rst_n = 1;
    #200 $finish;
  end
endmodule

module up_counter #(parameter int W = 4) (input logic clk, rst_n, en, output logic [W-1:0] q);
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= '0;
    else if (en) q <= q + 1'b1;
endmodule
