module cx (input logic [3:0] op, input logic a, b, output logic y);
  always_comb begin
    casex (op)  // want "rtl/casex"
      4'b1xxx: y = a;
      default: y = b;
    endcase
  end
  logic z;
  always_comb begin
    casez (op)
      4'b1???: z = a;
      default: z = b;
    endcase
  end
endmodule
