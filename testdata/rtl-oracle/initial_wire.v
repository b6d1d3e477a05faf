// An initial block assigning an output wire.
module aiw (output w);
  initial w = 1'b0;
endmodule
