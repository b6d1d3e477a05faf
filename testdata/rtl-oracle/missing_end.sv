// A begin block that is never closed.
module toggler (input logic clk, en, output logic t);
  always_ff @(posedge clk) begin
    if (en) begin
      t <= ~t;
  end
endmodule
