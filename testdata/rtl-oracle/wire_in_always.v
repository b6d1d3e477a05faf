// Output declared as a wire but assigned in an always block.
module mux2 (input a, b, sel, output out);
  always @(*) begin
    if (sel) out = b;
    else out = a;
  end
endmodule
