// Binary to Gray and back, with generate loops.
module gray #(parameter int N = 4) (input logic [N-1:0] bin, output logic [N-1:0] g, back);
  assign g = bin ^ (bin >> 1);
  assign back[N-1] = g[N-1];
  for (genvar i = N - 2; i >= 0; i--) begin : g_back
    assign back[i] = back[i+1] ^ g[i];
  end
endmodule
