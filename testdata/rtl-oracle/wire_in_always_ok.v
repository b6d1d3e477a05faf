// The same multiplexer with the output declared reg.
module mux2_ok (input a, b, sel, output reg out);
  always @(*) begin
    if (sel) out = b;
    else out = a;
  end
endmodule
