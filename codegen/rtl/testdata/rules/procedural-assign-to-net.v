module pan (input clk, input valid, output ready, output reg done);
  wire busy;
  always @(posedge clk) busy <= valid;  // want "rtl/procedural-assign-to-net"
  always @(posedge clk) ready <= busy;  // want "rtl/procedural-assign-to-net"
  always @(posedge clk) done <= busy;
endmodule

// clean: non-ANSI output made a reg
module pan_ok (clk, d, q);
  input clk;
  input d;
  output q;
  reg q;
  always @(posedge clk) q <= d;
endmodule
