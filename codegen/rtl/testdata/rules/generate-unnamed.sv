module gu #(parameter int N = 4) (input logic [N-1:0] a, b, output logic [N-1:0] y, z);
  for (genvar i = 0; i < N; i++) begin  // want "rtl/generate-unnamed"
    assign y[i] = a[i] & b[i];
  end
  for (genvar j = 0; j < N; j++) begin : g_or
    assign z[j] = a[j] | b[j];
  end
endmodule
