module blk_ff (input logic clk, rst_n, input logic [7:0] d, output logic [7:0] q1, q2);
  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      q1 <= '0;
      q2 = '0;  // want "rtl/blocking-in-always-ff"
    end else begin
      q1 <= d;
      q2 = q1;  // want "rtl/blocking-in-always-ff"
    end
  end

  // clean: a variable local to the block, and a for-loop counter
  logic [7:0] acc;
  always_ff @(posedge clk) begin
    automatic logic [7:0] tmp;
    tmp = d ^ 8'h5a;
    for (int i = 0; i < 8; i++) acc[i] <= tmp[i];
  end

  // clean: simulation storage, not flip-flops (a sparse memory model, its log file name)
  logic [7:0] mem [int];
  logic [7:0] trace [$];
  string log_name;
  always_ff @(posedge clk) begin
    mem[d] = q1;
    trace.push_back(d);
    log_name = $sformatf("blk_%0d.log", d);
  end
  int count;
  always_ff @(posedge clk)
    count = count + 1;  // want "rtl/blocking-in-always-ff"
endmodule
