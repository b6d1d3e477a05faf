module ior #(parameter int W = 8) (input logic [7:0] data, input logic [W-1:0] p, output logic m, n, o, output logic [3:0] nib);
  logic [7:0] mem [0:3];
  assign m = data[8];  // want "rtl/index-out-of-range"
  assign nib = data[9:6];  // want "rtl/index-out-of-range"
  assign n = mem[4][0];  // want "rtl/index-out-of-range"
  assign o = mem[3][7] ^ p[W-1] ^ p[9] ^ data[7] ^ data[0];  // clean: W may be overridden
  localparam int L = 4;
  logic [L-1:0] q;
  assign q[L] = 1'b0;  // want "rtl/index-out-of-range"
endmodule
