module fww_tb;
  logic [7:0] bus_a, bus_b;
  task automatic drive(ref logic [7:0] bus, input logic [7:0] v);
    #10 bus = v;
  endtask
  task automatic send_both(input logic [7:0] a, b);
    fork  // want "rtl/fork-without-wait"
      drive(bus_a, a);
      drive(bus_b, b);
    join_none
  endtask
  task automatic send_first(input logic [7:0] a, b);
    fork  // want "rtl/fork-without-wait"
      drive(bus_a, a);
      drive(bus_b, b);
    join_any
  endtask
  // clean: waits, disables, background loops, plain join
  task automatic send_wait(input logic [7:0] a, b);
    fork
      drive(bus_a, a);
      drive(bus_b, b);
    join_none
    wait fork;
  endtask
  task automatic send_race(input logic [7:0] a, b);
    fork
      drive(bus_a, a);
      drive(bus_b, b);
    join_any
    disable fork;
  endtask
  task automatic monitor();
    fork
      forever begin
        #1 $display("a=%h", bus_a);
      end
    join_none
  endtask
  task automatic send_join(input logic [7:0] a, b);
    fork
      drive(bus_a, a);
      drive(bus_b, b);
    join
  endtask
endmodule
// clean: a UVM phase task; its threads run until the phase ends
class fww_comp;
  task automatic run_phase(int phase);
    fork
      watch();
    join_none
  endtask
  task automatic watch();
    #1;
  endtask
endclass
