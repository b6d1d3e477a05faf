// Testbench: clock, reset, stimulus and a self-check.
module tb;
  logic clk = 0, rst = 1, en = 0;
  logic [3:0] q;
  always #5 clk = ~clk;
  cnt4_tb dut (.clk(clk), .rst(rst), .en(en), .q(q));
  initial begin
    repeat (2) @(posedge clk);
    rst = 0;
    en = 1;
    repeat (5) @(posedge clk);
    #1;
    if (q !== 4'd5) $error("count %0d, want 5", q);
    $finish;
  end
endmodule
module cnt4_tb (input logic clk, rst, en, output logic [3:0] q);
  always_ff @(posedge clk) if (rst) q <= '0; else if (en) q <= q + 4'd1;
endmodule
