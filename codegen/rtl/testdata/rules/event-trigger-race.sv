module etr_tb;
  logic clk = 1'b0;
  event start_ev, done_ev, tick_ev, late_ev;
  always #5 clk = ~clk;
  initial -> start_ev;  // want "rtl/event-trigger-race"
  initial begin
    @start_ev;
    $display("started");
  end
  // clean: the waiter uses the triggered state
  initial -> done_ev;
  initial begin
    wait (done_ev.triggered);
    $display("done");
  end
  // both right after the same clock edge
  always @(posedge clk) -> tick_ev;  // want "rtl/event-trigger-race"
  initial forever begin
    @(posedge clk);
    @tick_ev;
    $display("tick");
  end
  // clean: the trigger comes a delay later than the wait starts
  initial #3 -> late_ev;
  initial begin
    @late_ev;
    $display("late");
  end
  // clean: a nonblocking trigger
  initial ->> start_ev;
endmodule
