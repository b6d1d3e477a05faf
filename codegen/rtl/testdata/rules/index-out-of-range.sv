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
module ior_gen (input logic [7:0] a, b, output logic [7:0] s, output logic [7:0] t);
  wire [6:0] carry;
  genvar i;
  generate
    for (i = 0; i < 8; i = i + 1) begin : g_fa
      if (i == 0) begin : g_lsb
        assign s[i] = a[i] ^ b[i];
      end else begin : g_bit
        assign s[i] = a[i] ^ b[i] ^ carry[i-1];  // clean: i-1 is at most 6
      end
      assign carry[i] = a[i] & b[i];  // want "rtl/index-out-of-range"
    end
  endgenerate
  // clean: the ternary on the genvar keeps i-1 in range
  for (genvar j = 0; j < 8; j++) begin : g_t
    assign t[j] = (j == 0) ? a[0] : a[j-1];
  end
  localparam int N = 4;
  logic [N-1:0] q;
  for (genvar k = 0; k <= N; k += 2) begin : g_q
    assign q[k] = a[k];  // want "rtl/index-out-of-range"
  end
endmodule
module ior_param #(parameter int W = 8) (input logic [W-1:0] a, output logic [6:0] y);
  // clean: the loop bound is overridable
  for (genvar i = 0; i < W; i++) begin : g_y
    assign y[i] = a[i];
  end
endmodule
module ior_proc (input logic clk, input logic d, output logic [3:0] stage);
  always_ff @(posedge clk) stage[0] <= d;
  for (genvar i = 1; i <= 4; i++) begin : g_stage
    always_ff @(posedge clk) stage[i] <= stage[i-1];  // want "rtl/index-out-of-range"
  end
endmodule
module ior_sym #(parameter int WIDTH = 4, parameter int DEPTH = 16) (input logic [WIDTH-1:0] d, output logic top, x, y, output logic [WIDTH:0] wide);
  logic [WIDTH-1:0] mem [DEPTH];
  localparam int MSB = WIDTH - 1;
  assign top = d[WIDTH];  // want "rtl/index-out-of-range"
  assign x = mem[DEPTH][0];  // want "rtl/index-out-of-range"
  assign wide = {1'b0, d};
  // clean: in range whatever WIDTH and DEPTH are, or for larger values
  assign y = d[WIDTH-1] ^ mem[DEPTH-1][MSB] ^ d[3] ^ d[MSB];
endmodule
