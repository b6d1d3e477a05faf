// A net declared inside an always block.
module wda (input clk, input a, output reg y);
  always @(posedge clk) begin
    wire t;
    y <= a;
  end
endmodule
