module cdc (input logic clk_a, clk_b, start, output logic [7:0] count_b, output logic [7:0] count2);
  logic flag_a;
  always_ff @(posedge clk_a) flag_a <= start;
  always_ff @(posedge clk_b) if (flag_a) count_b <= count_b + 1;  // want "rtl/cdc-unsynchronized"
  // clean: a two-flop synchroniser
  logic s1, s2;
  always_ff @(posedge clk_b) begin
    s1 <= flag_a;
    s2 <= s1;
  end
  always_ff @(posedge clk_b) if (s2) count2 <= count2 + 1;
endmodule
