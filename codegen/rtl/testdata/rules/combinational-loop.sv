module cloop (input logic en, start, input logic [3:0] g, p, input logic cin, output logic a, output logic [4:0] c, output logic x);
  logic b;
  assign a = b & en;  // want "rtl/combinational-loop"
  assign b = a | start;
  // clean: a ripple carry through different bits
  assign c[0] = cin;
  assign c[1] = g[0] | (p[0] & c[0]);
  assign c[2] = g[1] | (p[1] & c[1]);
  assign c[3] = g[2] | (p[2] & c[2]);
  assign c[4] = g[3] | (p[3] & c[3]);
  // clean: a value the block computed before reading it
  logic t;
  always_comb begin
    t = en & start;
    x = t | cin;
  end
endmodule
