// Full adders instantiated by a generate loop.
module fa (input logic a, b, ci, output logic s, co);
  assign {co, s} = a + b + ci;
endmodule
module add4 (input logic [3:0] a, b, input logic ci, output logic [3:0] s, output logic co);
  logic [4:0] c;
  assign c[0] = ci;
  for (genvar i = 0; i < 4; i++) begin : g_fa
    fa u (.a(a[i]), .b(b[i]), .ci(c[i]), .s(s[i]), .co(c[i+1]));
  end
  assign co = c[4];
endmodule
