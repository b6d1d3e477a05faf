module genvar_proc (input logic clk, input logic [7:0] d, output logic [7:0] q, output logic [7:0] r, output logic [7:0] s);
  genvar i, j;
  always @(posedge clk) begin
    for (i = 0; i < 8; i = i + 1)  // want "rtl/genvar-in-procedural-loop"
      q[i] <= d[i];
  end
  // clean: a generate loop steps its genvar
  generate
    for (j = 0; j < 8; j = j + 1) begin : g_bit
      always_ff @(posedge clk) r[j] <= d[j];
    end
  endgenerate
  // clean: a procedural loop with its own variable
  always_comb begin
    for (int k = 0; k < 8; k++) s[k] = d[7 - k];
  end
  function automatic logic parity(input logic [7:0] v);
    parity = 1'b0;
    for (i = 0; i < 8; i++)  // want "rtl/genvar-in-procedural-loop"
      parity = parity ^ v[i];
  endfunction
endmodule
