// Reverses a byte with a procedural loop stepped by a genvar.
module reverse_bits (input logic clk, input logic [7:0] in, output logic [7:0] out);
  genvar i;
  always_ff @(posedge clk) begin
    for (i = 0; i < 8; i = i + 1)
      out[i] <= in[7 - i];
  end
endmodule
