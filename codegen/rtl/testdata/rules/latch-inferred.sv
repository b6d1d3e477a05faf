module latchy (input logic sel, en, input logic [1:0] s, input logic [7:0] a, b, output logic [7:0] y, z, w, v);
  always_comb begin  // want "rtl/latch-inferred"
    if (sel) y = a;
  end
  always @* begin  // want "rtl/latch-inferred"
    case (s)
      2'd0: z = a;
      2'd1: z = b;
    endcase
  end
  // clean: a default first
  always_comb begin
    w = '0;
    if (en) w = a;
  end
  // clean: both branches, and a full case
  always_comb begin
    if (sel) v = a; else v = b;
  end
endmodule
