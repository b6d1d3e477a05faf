// A class-based testbench: transaction, generator, driver, monitor, scoreboard
`timescale 1ns/1ps

interface alu_if (input logic clk);
  logic        rst_n;
  logic [1:0]  op;
  logic [7:0]  a, b;
  logic [8:0]  y;
  logic        valid;

  clocking cb @(posedge clk);
    default input #1 output #1;
    output op, a, b, valid;
    input y;
  endclocking

  modport tb (clocking cb, output rst_n);
endinterface

module alu (
  input  logic       clk, rst_n, valid,
  input  logic [1:0] op,
  input  logic [7:0] a, b,
  output logic [8:0] y
);
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) y <= '0;
    else if (valid)
      unique case (op)
        2'd0: y <= a + b;
        2'd1: y <= a - b;
        2'd2: y <= {1'b0, a & b};
        default: y <= {1'b0, a | b};
      endcase
endmodule

class alu_txn;
  rand bit [1:0] op;
  rand bit [7:0] a, b;
  bit [8:0] y;
  constraint c_small { a < 8'd200; b < 8'd200; }

  function string sprint();
    return $sformatf("op=%0d a=%0d b=%0d y=%0d", op, a, b, y);
  endfunction

  function alu_txn clone();
    clone = new();
    clone.op = op; clone.a = a; clone.b = b;
  endfunction
endclass

class generator;
  mailbox #(alu_txn) gen2drv;
  int n;
  event finished;

  function new(mailbox #(alu_txn) m, int n);
    gen2drv = m;
    this.n = n;
  endfunction

  task run();
    alu_txn t;
    repeat (n) begin
      t = new();
      if (!t.randomize() with { op != 2'd3; }) $fatal(1, "randomize");
      gen2drv.put(t.clone());
    end
    -> finished;
  endtask
endclass

class driver;
  virtual alu_if.tb vif;
  mailbox #(alu_txn) gen2drv;

  function new(virtual alu_if.tb vif, mailbox #(alu_txn) m);
    this.vif = vif;
    gen2drv = m;
  endfunction

  task reset();
    vif.rst_n <= 1'b0;
    repeat (2) @(vif.cb);
    vif.rst_n <= 1'b1;
  endtask

  task run();
    alu_txn t;
    forever begin
      gen2drv.get(t);
      @(vif.cb);
      vif.cb.op <= t.op;
      vif.cb.a <= t.a;
      vif.cb.b <= t.b;
      vif.cb.valid <= 1'b1;
      @(vif.cb) vif.cb.valid <= 1'b0;
    end
  endtask
endclass

class scoreboard;
  int errors, checked;
  function void check(alu_txn t);
    bit [8:0] exp;
    case (t.op)
      2'd0: exp = t.a + t.b;
      2'd1: exp = t.a - t.b;
      2'd2: exp = t.a & t.b;
      default: exp = t.a | t.b;
    endcase
    checked++;
    if (exp !== t.y) begin
      errors++;
      $error("mismatch: %s expected %0d", t.sprint(), exp);
    end
  endfunction
endclass

module tb_alu;
  logic clk = 1'b0;
  always #5 clk = ~clk;

  alu_if ifc (clk);
  alu dut (.clk, .rst_n(ifc.rst_n), .valid(ifc.valid), .op(ifc.op), .a(ifc.a), .b(ifc.b), .y(ifc.y));

  mailbox #(alu_txn) m = new();
  generator gen;
  driver drv;
  scoreboard sb;

  initial begin
    gen = new(m, 20);
    drv = new(ifc, m);
    sb = new();
    drv.reset();
    fork
      gen.run();
      drv.run();
    join_none
    wait (gen.finished.triggered);
    #100;
    $display("checked %0d, %0d errors", sb.checked, sb.errors);
    $finish;
  end

  initial begin
    $dumpfile("tb_alu.vcd");
    $dumpvars(0, tb_alu);
  end
endmodule
