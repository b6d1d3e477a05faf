module so (input logic clk, rst_n, ovf, input logic [7:0] d, output logic [7:0] q, r);
  always_ff @(posedge clk) begin
    if (ovf) $fwrite(32'h1, "overflow at %t", $time);  // want "rtl/sim-only-construct"
    q <= d;
  end
  always_ff @(posedge clk)
    r <= d ^ $random;  // want "rtl/sim-only-construct"
  always @(posedge clk)
    if (!rst_n) force q = '0;  // want "rtl/sim-only-construct"
  always_comb begin
    fork  // want "rtl/sim-only-construct"
      q = d;  // want "rtl/multiple-drivers"
    join
  end
  // clean: guarded, in an initial block, or a severity task
`ifndef SYNTHESIS
  always_ff @(posedge clk) if (ovf) $display("overflow");
`endif
  // synopsys translate_off
  always_ff @(posedge clk) if (ovf) $finish;
  // synopsys translate_on
  initial $readmemh("init.hex", mem);
  logic [7:0] mem [4];
  always_comb if (d == 8'hff) $error("d saturated");
  localparam int W = $clog2(8);
endmodule

// clean: a testbench
module so_tb;
  initial begin
    $display("start");
    #10 $finish;
  end
endmodule
