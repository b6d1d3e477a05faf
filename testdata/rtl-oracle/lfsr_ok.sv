// 5-bit Galois LFSR with taps at 5 and 3.
module lfsr5 (input logic clk, reset, output logic [4:0] q);
  always_ff @(posedge clk) begin
    if (reset) q <= 5'h1;
    else q <= {q[0], q[4], q[3] ^ q[0], q[2], q[1]};
  end
endmodule
