module cav (input a, input b, output y, output reg z);
  reg t;
  assign t = a & b;  // want "rtl/continuous-assign-to-variable"
  assign z = t;  // want "rtl/continuous-assign-to-variable"
  wire w;
  assign w = a | b;
  assign y = w;
endmodule

// Ports of an interface type, one after another: the second has no direction to inherit
// from the first, and is an interface port too (its members are the interface's nets).
interface cav_bus (input clk);
  wire req, gnt;
endinterface

module cav_link (cav_bus up, cav_bus down);
  assign down.req = up.req;
  assign up.gnt = down.gnt;
endmodule

// A port that is a reg in one configuration and a net in the other: the assign lies in the
// branch whose declaration is the net (in the `else Gantry does not read), the always in
// the one whose declaration is the reg. No build has both: no finding on either.
module cav_cfg (clk, mode);
  input clk;
`ifdef CAV_REGISTERED
  output reg [1:0] mode;
`else
  output [1:0] mode;
`endif
`ifndef CAV_REGISTERED
  assign mode = 2'b01;
`endif
`ifdef CAV_REGISTERED
  always @(posedge clk) mode <= mode + 2'b01;
`endif
endmodule

// The same assign beside a reg declared in every build stays an error.
module cav_cfg_both (clk, mode);
  input clk;
  output reg [1:0] mode;
`ifndef CAV_REGISTERED
  assign mode = 2'b01;  // want "rtl/continuous-assign-to-variable"
`endif
  always @(posedge clk) mode <= mode + 2'b01;  // want "rtl/multiple-drivers"
endmodule
