// Blocking assignments in a clocked block: a race-prone style tools accept.
module swap (input clk, input load, input [3:0] x, output reg [3:0] a, b);
  always @(posedge clk) begin
    if (load) begin
      a = x;
      b = ~x;
    end else begin
      a = b;
      b = a;
    end
  end
endmodule
