module flv_tb;
  logic [3:0] lanes;
  task automatic drive_lane(input int lane);
    #1 lanes[lane] = 1'b1;
  endtask
  initial begin
    for (int i = 0; i < 4; i++)
      fork
        drive_lane(i);  // want "rtl/fork-loop-variable"
      join_none
    foreach (lanes[j])
      fork
        drive_lane(j);  // want "rtl/fork-loop-variable"
      join_none
    // clean: a per-thread copy
    for (int i = 0; i < 4; i++)
      fork
        automatic int lane = i;
        drive_lane(lane);
      join_none
    // clean: the loop blocks, so each thread starts before the next iteration
    for (int i = 0; i < 4; i++) begin
      fork
        drive_lane(i);
      join_none
      #2;
    end
    wait fork;
  end
endmodule
