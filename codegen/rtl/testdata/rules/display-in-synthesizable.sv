module dis (input logic clk, ovf, input logic [7:0] d, output logic [7:0] q);
  always_ff @(posedge clk) begin
    if (ovf) $display("overflow");  // want "rtl/display-in-synthesizable"
    q <= d;
  end
  always_comb if (d == 8'hff) $write("saturated\n");  // want "rtl/display-in-synthesizable"
  // clean: guarded, in an initial block, a severity task
`ifndef SYNTHESIS
  always_ff @(posedge clk) if (ovf) $display("overflow at %t", $time);
`endif
  initial $display("dis instance %m");
  always_comb if (d == 8'h00) $info("empty");
endmodule
module dis_tb;
  initial $display("testbench prints are fine");
endmodule
