// Self-checking testbench for up_down_counter (simulation only).
`timescale 1ns/1ps

module tb_counter;
  timeunit 1ns;
  timeprecision 1ps;

  localparam int W = 8;
  localparam realtime CLK_PERIOD = 10ns;

  logic         clk = 1'b0;
  logic         rst_n;
  logic         en, up, load;
  logic [W-1:0] load_value;
  logic [W-1:0] count;
  logic         terminal;
  int           errors = 0;
  string        test_name;

  always #(CLK_PERIOD / 2) clk = ~clk;

  up_down_counter #(.WIDTH(W)) dut (
    .clk, .rst_n, .en, .up, .load,
    .load_value (load_value),
    .count      (count),
    .terminal   (terminal)
  );

  task automatic reset_dut(input int cycles = 2);
    rst_n = 1'b0;
    repeat (cycles) @(posedge clk);
    #1 rst_n = 1'b1;
  endtask

  task automatic check(input logic [W-1:0] expected, input string what);
    if (count !== expected) begin
      $error("%s: expected %0d got %0d at %t", what, expected, count, $time);
      errors++;
    end
  endtask

  function automatic logic [W-1:0] model(logic [W-1:0] cur, logic u);
    return u ? cur + 1 : cur - 1;
  endfunction

  initial begin
    {en, up, load} = '0;
    load_value     = '0;
    test_name      = "reset";
    reset_dut();
    check('0, test_name);

    test_name = "count up";
    en = 1; up = 1;
    for (int i = 1; i <= 20; i++) begin
      @(posedge clk);
      #1 check(W'(i), test_name);
    end

    test_name = "load";
    load = 1'b1;
    load_value = 8'hF0;
    @(posedge clk) #1;
    load = 1'b0;
    check(8'hF0, test_name);

    test_name = "count down";
    up = 0;
    repeat (5) begin
      logic [W-1:0] exp_v;
      exp_v = model(count, up);
      @(posedge clk);
      #1 check(exp_v, test_name);
    end

    test_name = "wrap";
    load = 1; load_value = '1; up = 1;
    @(posedge clk);
    load = 0;
    wait (terminal == 1'b1);
    @(negedge clk);
    assert (count == '1) else $fatal(1, "terminal asserted with count=%h", count);

    fork
      begin : watchdog
        #1us;
        $display("watchdog expired");
      end
      begin
        repeat (3) @(posedge clk);
      end
    join_any
    disable fork;

    if (errors == 0) $display("PASS");
    else             $display("FAIL: %0d errors", errors);
    $finish;
  end

  initial begin
    $dumpfile("tb_counter.vcd");
    $dumpvars(0, tb_counter);
  end

  final $display("simulation finished at %t", $realtime);
endmodule
