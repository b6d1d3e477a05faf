// Barrel rotator built from log2 stages.
module rot8 (input logic [7:0] in, input logic [2:0] amt, output logic [7:0] out);
  logic [7:0] s [0:3];
  assign s[0] = in;
  for (genvar k = 0; k < 3; k++) begin : g_stage
    assign s[k+1] = amt[k] ? {s[k][7 - (1 << k):0], s[k][7:8 - (1 << k)]} : s[k];
  end
  assign out = s[3];
endmodule
