// Assigns to a parameter at run time.
module limit (input logic clk, input logic [7:0] v, output logic over);
  parameter int MAX = 100;
  always_ff @(posedge clk) begin
    if (v > MAX) MAX = v;
    over <= v > MAX;
  end
endmodule
