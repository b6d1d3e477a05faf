// IEEE 1800-2017 clauses 25 and 26: interfaces and packages; clause 35: DPI
package bus_pkg;
  typedef enum logic [1:0] {IDLE, BUSY, DONE} state_e;
  parameter int ADDR_W = 16;
  localparam int DATA_W = 32;

  typedef struct packed {
    logic [ADDR_W-1:0] addr;
    logic [DATA_W-1:0] data;
  } req_t;

  function automatic int parity(logic [DATA_W-1:0] d);
    return ^d;
  endfunction

  import "DPI-C" function int c_checksum(input int data[], input int n);
  import "DPI-C" context task c_wait(int cycles);
  import "DPI-C" pure function real c_sqrt(real x);
  import "DPI-C" c_log = function void sv_log(string msg);
  export "DPI-C" function parity;
  export "DPI-C" sv_tick = task tick;

  task tick();
    #1;
  endtask
endpackage : bus_pkg

package ext_pkg;
  import bus_pkg::*;
  export bus_pkg::state_e;
  export *::*;
  state_e last_state = IDLE;
endpackage

interface simple_bus #(parameter int W = 8) (input logic clk, input logic rst_n);
  import bus_pkg::*;
  logic [W-1:0] data;
  logic         valid, ready;
  state_e       state;

  modport master (output data, valid, input ready, clk, import send);
  modport slave  (input data, valid, clk, output ready);
  modport probe  (input .d(data), input valid);

  task send(input logic [W-1:0] d);
    data <= d;
    valid <= 1'b1;
    @(posedge clk iff ready);
    valid <= 1'b0;
  endtask

  function automatic bit busy();
    return valid && !ready;
  endfunction

  property p_hold;
    @(posedge clk) disable iff (!rst_n) valid && !ready |=> valid;
  endproperty
  a_hold: assert property (p_hold);
endinterface

module producer (simple_bus.master bus);
  initial bus.send(8'hA5);
endmodule

module consumer (simple_bus.slave bus, interface.slave alt);
  assign bus.ready = 1'b1;
endmodule

class bus_driver;
  virtual simple_bus #(8) vif;
  virtual interface simple_bus.master mvif;

  function new(virtual simple_bus #(8) vif);
    this.vif = vif;
  endfunction

  task run();
    @(posedge vif.clk);
    vif.data <= 8'h1;
  endtask
endclass

module iface_top;
  import bus_pkg::req_t, bus_pkg::parity;
  logic clk, rst_n;
  simple_bus #(.W(8)) bus (.clk(clk), .rst_n(rst_n));
  simple_bus #(8) buses [2] (clk, rst_n);
  producer p (.bus(bus.master));
  consumer c (.bus(bus), .alt(buses[0]));
  req_t r;
  bus_driver drv;
  initial begin
    drv = new(bus);
    r.addr = '0;
    $display("%0d %0d", parity(r.data), bus_pkg::c_checksum('{1, 2}, 2));
  end
endmodule
