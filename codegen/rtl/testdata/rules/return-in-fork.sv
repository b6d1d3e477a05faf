module rif_tb;
  logic ack;
  task automatic wait_ack();
    fork
      begin
        @(posedge ack);
        return;  // want "rtl/return-in-fork"
      end
      #100;
    join_any
  endtask
  // clean: return after the join
  task automatic wait_ack2(output bit ok);
    fork
      @(posedge ack);
      #100;
    join_any
    disable fork;
    ok = ack;
    return;
  endtask
endmodule
