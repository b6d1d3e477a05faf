// A function with an implicit return type and a Verilog-style assignment to its name.
module fnr (input logic [3:0] a, output logic [3:0] y);
  function automatic [3:0] inc(input [3:0] x);
    inc = x + 1;
  endfunction
  assign y = inc(a);
endmodule
