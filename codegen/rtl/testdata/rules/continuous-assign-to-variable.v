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
