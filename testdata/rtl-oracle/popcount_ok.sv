// Population count with a procedural loop over an int.
module popcount (input logic [15:0] in, output logic [4:0] count);
  always_comb begin
    count = '0;
    for (int i = 0; i < 16; i++) count = count + in[i];
  end
endmodule
