// A task called from always_comb.
module tic (input logic a, output logic y);
  task automatic setit(output logic o, input logic i);
    o = i;
  endtask
  always_comb setit(y, a);
endmodule
