// IEEE 1800-2017 clause 16: assertions
module arbiter_sva (
  input logic       clk,
  input logic       rst_n,
  input logic [1:0] req,
  input logic [1:0] gnt,
  input logic       valid,
  input logic       ready,
  input logic [7:0] data
);
  default clocking cb @(posedge clk); endclocking
  default disable iff (!rst_n);

  sequence s_handshake;
    valid ##[1:4] ready;
  endsequence

  sequence s_burst(int n);
    (valid && ready) [*n];
  endsequence

  sequence s_capture;
    logic [7:0] v;
    (valid, v = data) ##1 (ready && data == v);
  endsequence

  property p_grant_onehot;
    @(posedge clk) disable iff (!rst_n) $onehot0(gnt);
  endproperty

  property p_req_gets_grant(int i);
    req[i] |-> ##[1:$] gnt[i];
  endproperty

  property p_stable_until_ready;
    valid && !ready |=> $stable(data) until ready;
  endproperty

  a_onehot: assert property (p_grant_onehot)
    else $error("grant not one-hot: %b", gnt);
  a_req0: assert property (p_req_gets_grant(0));
  a_stable: assert property (p_stable_until_ready);
  assume property (@(posedge clk) req != 2'b11);
  c_burst: cover property (s_burst(3));
  cover sequence (s_handshake);
  restrict property (@(posedge clk) !(valid && !rst_n));

  a_goto: assert property (valid |-> ready [->1] ##1 !valid);
  a_nonconsec: assert property (valid |=> ready [=2] ##1 !ready);
  a_consec: assert property ($rose(valid) |-> valid [*2:3] ##1 ready);
  a_plus: assert property (valid [+] ##1 ready |-> 1'b1);
  a_throughout: assert property ($rose(valid) |-> valid throughout (ready [->1]));
  a_within: assert property (s_handshake within (valid [*1:8]));
  a_intersect: assert property ((valid ##[1:3] ready) intersect (valid [*2]));
  a_first: assert property (first_match(valid ##[0:2] ready) |-> ##1 !valid);
  a_and_or: assert property ((valid and ready) or (!valid and !ready));
  a_not: assert property (not (valid ##1 !valid ##1 valid));
  a_if: assert property (if (valid) ready else !ready);
  a_eventually: assert property (valid |-> s_eventually ready);
  a_always: assert property (always [0:3] rst_n);
  a_nexttime: assert property (nexttime [2] rst_n);
  a_implies: assert property (valid implies ready);
  a_iff: assert property (valid iff ready);
  a_fby: assert property (valid #-# ready);
  a_nofby: assert property (valid #=# ready);
  a_until_with: assert property (valid s_until_with ready);
  a_star: assert property (valid ##[*] ready);
  a_plus_delay: assert property (valid ##[+] ready);
  a_accept: assert property (accept_on (!rst_n) valid |=> ready);
  a_strong: assert property (strong(valid ##1 ready));
  a_triggered: assert property (s_handshake.triggered |-> ready);
  a_multiclock: assert property (@(posedge clk) valid ##1 @(negedge clk) ready);
  a_past: assert property (ready |-> $past(valid, 2) && !$fell(rst_n));
  a_changed: assert property ($changed(data) |-> valid);

  always @(posedge clk) begin
    a_imm: assert (rst_n || !valid) else $warning("valid in reset");
    assert #0 (gnt != 2'b11);
    assert final (req != 2'b11);
    assume (data != 8'hFF);
    cover (valid && ready) $display("handshake");
    if (valid) assert property (@(posedge clk) ready);
  end

  initial begin
    expect (@(posedge clk) valid ##1 ready) else $error("no handshake");
  end
endmodule
