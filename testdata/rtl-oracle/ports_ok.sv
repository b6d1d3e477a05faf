// Two flops connected by name and by wildcard.
module dff_r (input logic clk, rst_n, d, output logic q);
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= 1'b0;
    else q <= d;
endmodule
module pipe2 (input logic clk, rst_n, d, output logic q);
  logic mid;
  dff_r u0 (.clk(clk), .rst_n(rst_n), .d(d), .q(mid));
  dff_r u1 (.d(mid), .*);
endmodule
