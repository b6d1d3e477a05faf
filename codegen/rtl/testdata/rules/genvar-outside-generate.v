module goo (input [3:0] a, output [3:0] y, output [3:0] z);
  genvar i, j;
  assign y[i] = a[i];  // want "rtl/genvar-outside-generate" "rtl/genvar-outside-generate"
  // clean: read inside the loop that steps it
  generate
    for (j = 0; j < 4; j = j + 1) begin : g_z
      assign z[j] = ~a[j];
    end
  endgenerate
endmodule
