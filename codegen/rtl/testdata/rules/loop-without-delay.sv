module lwd_tb;
  logic clk, clk2, clk3, done;
  event ev;
  initial clk = 1'b0;
  always clk = ~clk;  // want "rtl/loop-without-delay"
  always #5 clk2 = ~clk2;
  always begin
    @(posedge clk2);
    clk3 = ~clk3;
  end
  initial begin
    clk3 = 1'b0;
    forever clk3 = ~clk3;  // want "rtl/loop-without-delay"
  end
  initial forever begin
    wait (done);
    $display("done");
  end
  initial forever #1 -> ev;
  task automatic tick;
    @(posedge clk2);
  endtask
  initial forever tick();
  always_comb done = clk2 & clk3;
endmodule

// a formal testbench's `always assume(…)` holds at every step for yosys (Verilator accepts
// it too); only a simulator loops on it: a warning. Other work in the block stays an error.
module lwd_formal_env (input logic rst_n, input logic req, input logic [1:0] size, input logic wide);
  logic seen;
  always assume(size != 2'd3);  // want "rtl/loop-without-delay"
  always if (!wide) assume(size != 2'd2);  // want "rtl/loop-without-delay"
  always begin : stay_quiet  // want "rtl/loop-without-delay"
    assume(!(!rst_n && req));
    seen = req;
  end
endmodule
