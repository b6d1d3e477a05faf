module pwm #(parameter int WIDTH = 8) (input logic clk, input logic [WIDTH-1:0] duty, output logic out);
  localparam int MAX = (1 << WIDTH) - 1;
  logic [WIDTH-1:0] cnt;
  always_ff @(posedge clk) cnt <= cnt + 1'b1;
  assign out = cnt < duty;
endmodule

module top_pou (input logic clk, input logic [7:0] d, output logic o1, o2, o3);
  pwm #(.WIDHT(8)) u1 (.clk(clk), .duty(d), .out(o1));  // want "rtl/parameter-override-unknown"
  pwm #(.MAX(3)) u2 (.clk(clk), .duty(d), .out(o2));  // want "rtl/parameter-override-unknown"
  pwm #(.WIDTH(8)) u3 (.clk(clk), .duty(d), .out(o3));
endmodule
