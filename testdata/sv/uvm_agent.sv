// UVM-style components: item, sequence, driver, monitor, agent, scoreboard, env, test
`include "uvm_macros.svh"
import uvm_pkg::*;

typedef enum {RD, WR} dir_e;

class bus_item extends uvm_sequence_item;
  rand bit [15:0] addr;
  rand bit [31:0] data;
  rand dir_e      dir;
  constraint c_align { addr[1:0] == 0; }

  `uvm_object_utils_begin(bus_item)
    `uvm_field_int(addr, UVM_ALL_ON | UVM_HEX)
    `uvm_field_int(data, UVM_ALL_ON)
    `uvm_field_enum(dir_e, dir, UVM_ALL_ON)
  `uvm_object_utils_end

  function new(string name = "bus_item");
    super.new(name);
  endfunction
endclass

class bus_seq extends uvm_sequence #(bus_item);
  `uvm_object_utils(bus_seq)
  rand int unsigned count = 5;

  function new(string name = "bus_seq");
    super.new(name);
  endfunction

  virtual task body();
    repeat (count) begin
      req = bus_item::type_id::create("req");
      start_item(req);
      if (!req.randomize() with { dir == WR; })
        `uvm_error(get_type_name(), "randomize failed")
      finish_item(req);
    end
    `uvm_do_with(req, { addr == 16'h10; dir == RD; })
  endtask
endclass

class bus_driver extends uvm_driver #(bus_item);
  `uvm_component_utils(bus_driver)
  virtual bus_if vif;

  function new(string name, uvm_component parent);
    super.new(name, parent);
  endfunction

  virtual function void build_phase(uvm_phase phase);
    super.build_phase(phase);
    if (!uvm_config_db#(virtual bus_if)::get(this, "", "vif", vif))
      `uvm_fatal("NOVIF", {"virtual interface must be set for: ", get_full_name(), ".vif"})
  endfunction

  virtual task run_phase(uvm_phase phase);
    forever begin
      seq_item_port.get_next_item(req);
      `uvm_info("DRV", $sformatf("driving %s", req.sprint()), UVM_HIGH)
      @(posedge vif.clk);
      vif.addr <= req.addr;
      vif.data <= req.data;
      seq_item_port.item_done();
    end
  endtask
endclass

class bus_monitor extends uvm_monitor;
  `uvm_component_utils(bus_monitor)
  virtual bus_if vif;
  uvm_analysis_port #(bus_item) ap;

  function new(string name, uvm_component parent);
    super.new(name, parent);
    ap = new("ap", this);
  endfunction

  virtual task run_phase(uvm_phase phase);
    bus_item it;
    forever begin
      @(posedge vif.clk iff vif.valid);
      it = bus_item::type_id::create("it", this);
      it.addr = vif.addr;
      ap.write(it);
    end
  endtask
endclass

typedef uvm_sequencer #(bus_item) bus_sequencer;

class bus_agent extends uvm_agent;
  `uvm_component_utils(bus_agent)
  bus_driver    drv;
  bus_monitor   mon;
  bus_sequencer sqr;

  function new(string name, uvm_component parent);
    super.new(name, parent);
  endfunction

  virtual function void build_phase(uvm_phase phase);
    super.build_phase(phase);
    mon = bus_monitor::type_id::create("mon", this);
    if (get_is_active() == UVM_ACTIVE) begin
      drv = bus_driver::type_id::create("drv", this);
      sqr = bus_sequencer::type_id::create("sqr", this);
    end
  endfunction

  virtual function void connect_phase(uvm_phase phase);
    if (get_is_active() == UVM_ACTIVE)
      drv.seq_item_port.connect(sqr.seq_item_export);
  endfunction
endclass

`uvm_analysis_imp_decl(_exp)

class bus_scoreboard extends uvm_scoreboard;
  `uvm_component_utils(bus_scoreboard)
  uvm_analysis_imp_exp #(bus_item, bus_scoreboard) exp_imp;
  bus_item expected[$];

  function new(string name, uvm_component parent);
    super.new(name, parent);
    exp_imp = new("exp_imp", this);
  endfunction

  function void write_exp(bus_item t);
    expected.push_back(t);
  endfunction

  virtual function void report_phase(uvm_phase phase);
    `uvm_info(get_type_name(), $sformatf("%0d items", expected.size()), UVM_LOW);
  endfunction
endclass

class bus_env extends uvm_env;
  `uvm_component_utils(bus_env)
  bus_agent      agt;
  bus_scoreboard sb;

  function new(string name, uvm_component parent);
    super.new(name, parent);
  endfunction

  function void build_phase(uvm_phase phase);
    agt = bus_agent::type_id::create("agt", this);
    sb = bus_scoreboard::type_id::create("sb", this);
    uvm_config_db#(uvm_active_passive_enum)::set(this, "agt", "is_active", UVM_ACTIVE);
  endfunction

  function void connect_phase(uvm_phase phase);
    agt.mon.ap.connect(sb.exp_imp);
  endfunction
endclass

class bus_test extends uvm_test;
  `uvm_component_utils(bus_test)
  bus_env env;

  function new(string name = "bus_test", uvm_component parent = null);
    super.new(name, parent);
  endfunction

  function void build_phase(uvm_phase phase);
    super.build_phase(phase);
    env = bus_env::type_id::create("env", this);
  endfunction

  task run_phase(uvm_phase phase);
    bus_seq seq = bus_seq::type_id::create("seq");
    phase.raise_objection(this);
    assert (seq.randomize() with { count inside {[2:8]}; });
    seq.start(env.agt.sqr);
    phase.drop_objection(this);
  endtask
endclass

interface bus_if (input logic clk);
  logic [15:0] addr;
  logic [31:0] data;
  logic        valid;
endinterface

module tb_top;
  logic clk = 0;
  always #5 clk = ~clk;
  bus_if vif (clk);
  initial begin
    uvm_config_db#(virtual bus_if)::set(null, "uvm_test_top.env.agt.*", "vif", vif);
    run_test("bus_test");
  end
endmodule
