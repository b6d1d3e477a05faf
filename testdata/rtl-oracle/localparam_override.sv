// A localparam overridden by an instance.
module lp #(parameter int W = 4) (input logic [W-1:0] a, output logic [W-1:0] y);
  localparam int D = 2;
  assign y = a;
endmodule
module lpt (input logic [3:0] a, output logic [3:0] y);
  lp #(.W(4), .D(3)) u (.a(a), .y(y));
endmodule
