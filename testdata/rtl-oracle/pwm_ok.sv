// PWM generator with a free-running counter.
module pwm (input logic clk, rst, input logic [7:0] duty, output logic out);
  logic [7:0] cnt;
  always_ff @(posedge clk) cnt <= rst ? 8'd0 : cnt + 8'd1;
  assign out = cnt < duty;
endmodule
