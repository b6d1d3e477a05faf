module nip (input clk, input a, b, output reg y);
  always @(posedge clk) begin
    wire t;  // want "rtl/net-in-procedure"
    y <= a & b;
  end
  // clean: a variable in a block, a net at module level
  wire u = a | b;
  always @(posedge clk) begin : blk
    reg v;
    v = u;
  end
endmodule
