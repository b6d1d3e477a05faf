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

// a parameter list that includes a file (VeeR's) or holds a macro has parameters its text
// does not show; a macro naming one (BaseJump STL's) declares its bare-name argument
module pou_included #(
`include "pou_param.vh"
) (input logic clk);
endmodule
module pou_macro_list #(parameter int W = 1 `more_params(W)) (input logic clk);
endmodule
module pou_macro_named #(parameter `INV_PARAM(width_p)) (input logic clk, output logic [width_p-1:0] q);
  assign q = '0;
endmodule
module top_pou_open (input logic clk, output logic [7:0] q);
  pou_included #(.pt(1)) u1 (.clk(clk));
  pou_macro_list #(.W(2), .DEPTH(4)) u2 (.clk(clk));
  pou_macro_named #(.width_p(8)) u3 (.clk(clk), .q(q));
  pou_macro_named #(.widht_p(8)) u4 (.clk(clk), .q());  // want "rtl/parameter-override-unknown"
endmodule

// a macro spelling the overridden name (`SIZE_OF(bus) expands to SIZE_bus): the name is
// not its text
module pou_sized #(parameter int SIZE_bus = 0) (input logic clk);
endmodule
module top_pou_sized (input logic clk);
  pou_sized #(.`SIZE_OF(bus) (4)) u1 (.clk(clk));
endmodule

// a module whose parameter a macro names (`SIZE_OF(core) expands to SIZE_core): an
// override by the expanded name is one the text cannot refute
module pou_macro_default #(parameter int `SIZE_OF(core) = 0) (input logic clk);
endmodule
module top_pou_macro_default (input logic clk);
  pou_macro_default #(.SIZE_core(2)) u1 (.clk(clk));
endmodule
