module a2i (input logic clk, input logic en, input logic [3:0] d, output logic y);
  assign en = 1'b1;  // want "rtl/assign-to-input"
  always_ff @(posedge clk) d <= 4'd0;  // want "rtl/assign-to-input"
  assign y = en;
endmodule
