// 8x16 register file with two read ports; register 0 reads as zero.
module regfile (input logic clk, we, input logic [2:0] wa, ra1, ra2, input logic [15:0] wd,
                output logic [15:0] rd1, rd2);
  logic [15:0] rf [8];
  always_ff @(posedge clk) if (we && wa != 3'd0) rf[wa] <= wd;
  assign rd1 = (ra1 == 3'd0) ? 16'd0 : rf[ra1];
  assign rd2 = (ra2 == 3'd0) ? 16'd0 : rf[ra2];
endmodule
