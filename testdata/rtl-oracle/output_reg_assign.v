// A continuous assignment to an output reg (legal SystemVerilog, tools accept).
module ora (input a, output reg y);
  assign y = a;
endmodule
