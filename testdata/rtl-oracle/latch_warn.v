// A combinational block that forgets the else: a latch (tools accept it).
module lat (input en, input [3:0] d, output reg [3:0] q);
  always @(*) begin
    if (en) q = d;
  end
endmodule
