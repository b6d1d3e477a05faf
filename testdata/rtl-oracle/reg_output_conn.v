// A reg connected to a submodule's output (legal SystemVerilog).
module sub (input a, output y);
  assign y = a;
endmodule
module top (input a, output y);
  reg r;
  sub u (.a(a), .y(r));
  assign y = r;
endmodule
