module cmd2 (input [1:0] s, input a, b, output reg y, z);
  always @(*) begin
    case (s)
      2'd0: y = a;
      default: y = b;
      default: y = 1'b0;  // want "rtl/case-multiple-default"
    endcase
  end
  // clean: the defaults are in exclusive `ifdef branches
  always @(*) begin
    case (s)
      2'd0: z = a;
`ifdef ZERO_DEFAULT
      default: z = 1'b0;
`else
      default: z = b;
`endif
    endcase
  end
endmodule
