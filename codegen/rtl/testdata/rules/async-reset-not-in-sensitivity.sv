module arst (input logic clk, rst_n, srst, input logic d, output logic a, b, c);
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) a <= 1'b0; else a <= d;
  always_ff @(posedge clk)
    if (!rst_n) b <= 1'b0; else b <= a;  // want "rtl/async-reset-not-in-sensitivity"
  // clean: a synchronous reset
  always_ff @(posedge clk)
    if (srst) c <= 1'b0; else c <= d;
endmodule
