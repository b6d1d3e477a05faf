module rm (input logic clk, clk2, rst_n, arst, en, input logic [7:0] d,
    output logic [7:0] q, r, s, t, v);
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= '0; else q <= d;
  always_ff @(posedge clk)
    if (en && rst_n) r <= q;  // want "rtl/reset-mixed"
  always_ff @(posedge clk2)
    s <= {7'd0, rst_n};  // want "rtl/reset-mixed"
  always_ff @(posedge clk or posedge arst)
    if (arst) t <= '0; else t <= d;
  always_ff @(posedge clk2 or negedge arst)  // want "rtl/reset-mixed"
    if (!arst) v <= '0; else v <= d;
endmodule

// clean: one reset scheme, the reset also combined into a net outside clocked blocks
module rm_ok (input logic clk, rst_n, en, input logic [7:0] d, output logic [7:0] q, r, output logic busy);
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= '0; else q <= d;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) r <= '0; else if (en) r <= q;
  assign busy = !rst_n || en;
endmodule

// clean: a macro spells one block's reset edge (posedge or negedge per build), so the
// blocks' edges cannot be compared
`define RM_RST_EDGE posedge
module rm_macro_edge (input logic clk, rst, input logic [7:0] d, output logic [7:0] q1, q2);
  always @(posedge clk or `RM_RST_EDGE rst)
    if (rst) q1 <= '0; else q1 <= d;
  always @(posedge clk or posedge rst)
    if (rst) q2 <= '0; else q2 <= q1;
endmodule
