// Widths computed from localparams, sliced in a generate loop.
module splitter (input logic [31:0] word, output logic [7:0] bytes [4]);
  localparam int N = 4;
  localparam int B = 8;
  for (genvar i = 0; i < N; i++) begin : g_b
    assign bytes[i] = word[i*B +: B];
  end
endmodule
