module nb_comb (input logic [7:0] a, b, output logic [8:0] sum, output logic c);
  always_comb begin
    sum <= a + b;  // want "rtl/nonblocking-in-combinational"
    c = sum[8];
  end
  logic [7:0] y;
  always @* y = a & b;  // clean
endmodule
