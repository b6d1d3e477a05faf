// always_ff with a level-sensitive event list (synthesis warns; simulators accept).
module afe (input logic a, b, output logic y);
  always_ff @(a or b) y <= a & b;
endmodule
