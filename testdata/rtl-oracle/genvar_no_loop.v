// A genvar read with no generate loop around it.
module go (input [3:0] a, output [3:0] y);
  genvar i;
  assign y[i] = a[i];
endmodule
