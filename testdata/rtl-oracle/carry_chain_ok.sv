// Ripple-carry adder: the first stage takes cin, the others the previous carry.
module rca8_ok (input logic [7:0] a, b, input logic cin, output logic [7:0] sum, output logic cout);
  wire [7:0] carry;
  genvar i;
  generate
    for (i = 0; i < 8; i = i + 1) begin : g_fa
      if (i == 0) begin : g_first
        assign sum[i] = a[i] ^ b[i] ^ cin;
        assign carry[i] = (a[i] & b[i]) | (cin & (a[i] ^ b[i]));
      end else begin : g_rest
        assign sum[i] = a[i] ^ b[i] ^ carry[i-1];
        assign carry[i] = (a[i] & b[i]) | (carry[i-1] & (a[i] ^ b[i]));
      end
    end
  endgenerate
  assign cout = carry[7];
endmodule
