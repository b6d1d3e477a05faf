// A continuous assignment to a reg: illegal in Verilog-2005, accepted as SystemVerilog.
module and_reg (input a, b, output reg y);
  assign y = a & b;
endmodule
