// Shift register built by a generate loop that writes one stage past the end.
module shift4 (input logic clk, input logic d, output logic q);
  logic [3:0] stage;
  always_ff @(posedge clk) stage[0] <= d;
  for (genvar i = 1; i <= 4; i++) begin : g_stage
    always_ff @(posedge clk) stage[i] <= stage[i-1];
  end
  assign q = stage[3];
endmodule
