// IEEE 1800-2017 clause 14: clocking blocks
interface bus_if (input logic clk);
  logic       req, gnt;
  logic [7:0] addr, wdata, rdata;

  clocking drv_cb @(posedge clk);
    default input #1step output #2;
    output req, addr, wdata;
    input gnt, rdata;
  endclocking

  clocking mon_cb @(posedge clk);
    input #1 req, gnt, addr;
    input negedge rdata;
    inout wdata;
    input #1 output #0 sample = addr;
  endclocking

  modport drv (clocking drv_cb, input clk);
  modport mon (clocking mon_cb);
  modport dut (input req, addr, wdata, output gnt, rdata,
               import task reset_bus());

  task reset_bus();
    req = 0;
    addr = '0;
  endtask
endinterface

program automatic bus_test (bus_if.drv bus);
  initial begin
    bus.drv_cb.req <= 1'b1;
    bus.drv_cb.addr <= 8'h10;
    ##1;
    @(bus.drv_cb);
    wait (bus.drv_cb.gnt == 1'b1);
    ##2 bus.drv_cb.req <= 1'b0;
    repeat (3) @(bus.drv_cb);
    $finish;
  end
endprogram

module clocking_top;
  logic clk = 0;
  always #5 clk = ~clk;
  bus_if bus (clk);
  bus_test test (bus);
  global clocking sys_clk @(posedge clk); endclocking
endmodule
