// Scoreboard-style testbench for sync_fifo (simulation only): queues, associative
// arrays, array methods with `with`, force/release, wait fork, drive strengths.
`timescale 1ns/1ps

module tb_scoreboard;
  localparam int W = 8;

  logic         clk = 1'b0;
  logic         rst_n;
  logic         wr_en, rd_en;
  logic [W-1:0] wdata, rdata;
  logic         full, empty;

  logic [W-1:0] expected [$];
  int           seen [string];
  int           hits [*];
  int           errors = 0;
  wire (weak1, weak0) idle_n = 1'b1;

  always #5 clk = ~clk;

  sync_fifo #(.DATA_W(W), .DEPTH(16)) dut (
    .clk, .rst_n, .flush(1'b0), .wr_en, .wr_data(wdata), .full, .almost_full(),
    .rd_en, .rd_data(rdata), .empty, .count()
  );

  task automatic push(input logic [W-1:0] v);
    @(posedge clk);
    wr_en = 1'b1;
    wdata = v;
    expected.push_back(v);
    @(posedge clk);
    wr_en = 1'b0;
  endtask

  task automatic pop_and_check();
    logic [W-1:0] want;
    int n;
    @(posedge clk);
    rd_en = 1'b1;
    @(posedge clk);
    rd_en = 1'b0;
    want = expected.pop_front();
    if (rdata !== want) begin
      errors++;
      $error("got %h, want %h", rdata, want);
    end
    seen["pops"] = seen["pops"] + 1;
    n = (hits[want] += 1);
  endtask

  initial begin
    int big [$];
    rst_n = 1'b0;
    wr_en = 1'b0;
    rd_en = 1'b0;
    repeat (3) @(posedge clk);
    rst_n = 1'b1;
    fork
      push(8'h11);
      push(8'h22);
    join_none
    wait fork;
    big = expected.find with (item > 8'h15);
    if (big.size() != 1) errors++;
    force dut.full = 1'b0;
    pop_and_check();
    release dut.full;
    pop_and_check();
    expected = {};
    expected.delete;
    $display("%0d errors, %0d pops", errors, seen["pops"]);
    $finish;
  end
endmodule
