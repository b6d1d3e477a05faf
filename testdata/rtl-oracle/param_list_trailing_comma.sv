// A parameter list that ends with a comma: a typo when a parameter is deleted, and a
// model's when it breaks off a list. Only an `include may stand between the comma and ")".
module pwm_gen #(
  parameter int WIDTH = 8,
  parameter int PRESCALE = 4,
) (input logic clk, input logic [WIDTH-1:0] duty, output logic out);
  logic [WIDTH-1:0] cnt;
  always_ff @(posedge clk) cnt <= cnt + PRESCALE[WIDTH-1:0];
  assign out = cnt < duty;
endmodule
