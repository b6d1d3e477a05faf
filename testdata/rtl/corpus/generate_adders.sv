// Generate-based parameterised adders.

// one-bit full adder, gate-level Verilog
module full_adder (
  input  a,
  input  b,
  input  cin,
  output s,
  output cout
);
  wire t1, t2, t3;
  xor g1 (t1, a, b);
  xor g2 (s, t1, cin);
  and g3 (t2, a, b);
  and g4 (t3, t1, cin);
  or  g5 (cout, t2, t3);
endmodule

// ripple-carry adder built with a generate loop
module ripple_adder #(parameter WIDTH = 8) (
  input  [WIDTH-1:0] a,
  input  [WIDTH-1:0] b,
  input              cin,
  output [WIDTH-1:0] sum,
  output             cout
);
  wire [WIDTH:0] c;
  assign c[0] = cin;

  genvar i;
  generate
    for (i = 0; i < WIDTH; i = i + 1) begin : stage
      full_adder fa (
        .a   (a[i]),
        .b   (b[i]),
        .cin (c[i]),
        .s   (sum[i]),
        .cout(c[i+1])
      );
    end
  endgenerate

  assign cout = c[WIDTH];
endmodule

// carry-lookahead adder with 4-bit groups
module cla_adder #(
  parameter int WIDTH = 32,
  parameter int GROUP = 4
) (
  input  logic [WIDTH-1:0] a, b,
  input  logic             cin,
  output logic [WIDTH-1:0] sum,
  output logic             cout
);
  localparam int NGROUPS = (WIDTH + GROUP - 1) / GROUP;

  logic [WIDTH-1:0] g, p;
  logic [WIDTH:0]   c;

  assign g = a & b;
  assign p = a ^ b;
  assign c[0] = cin;

  for (genvar grp = 0; grp < NGROUPS; grp++) begin : g_group
    localparam int LO = grp * GROUP;
    localparam int HI = (LO + GROUP > WIDTH) ? WIDTH : LO + GROUP;
    for (genvar k = LO; k < HI; k++) begin : g_bit
      always_comb begin
        logic carry;
        carry = c[LO];
        for (int j = LO; j <= k; j++) begin
          carry = g[j] | (p[j] & carry);
        end
        c[k+1] = carry;
      end
    end
  end

  assign sum  = p ^ c[WIDTH-1:0];
  assign cout = c[WIDTH];
endmodule

// carry-select adder choosing an implementation by parameter
module adder_top #(
  parameter int    WIDTH = 16,
  parameter string IMPL  = "cla"
) (
  input  logic [WIDTH-1:0] a, b,
  output logic [WIDTH:0]   y
);
  logic co;

  if (IMPL == "ripple") begin : g_ripple
    ripple_adder #(WIDTH) u_add (.a(a), .b(b), .cin(1'b0), .sum(y[WIDTH-1:0]), .cout(co));
  end else if (IMPL == "cla") begin : g_cla
    cla_adder #(.WIDTH(WIDTH), .GROUP(4)) u_add (
      .a, .b,
      .cin  (1'b0),
      .sum  (y[WIDTH-1:0]),
      .cout (co)
    );
  end else begin : g_behav
    assign {co, y[WIDTH-1:0]} = a + b;
  end

  assign y[WIDTH] = co;
endmodule

// adder tree summing N inputs using a recursive-style generate
module adder_tree #(
  parameter int N = 8,
  parameter int W = 8,
  localparam int OW = W + $clog2(N)
) (
  input  logic [W-1:0]  in [N],
  output logic [OW-1:0] out
);
  generate
    case (N)
      1: begin : g_leaf
        assign out = OW'(in[0]);
      end
      2: begin : g_pair
        assign out = OW'(in[0]) + OW'(in[1]);
      end
      default: begin : g_split
        localparam int NL = N / 2;
        localparam int NR = N - NL;
        logic [OW-1:0] sum_l, sum_r;
        logic [W-1:0] in_l [NL];
        logic [W-1:0] in_r [NR];
        for (genvar i = 0; i < NL; i++) begin : g_l
          assign in_l[i] = in[i];
        end
        for (genvar i = 0; i < NR; i++) begin : g_r
          assign in_r[i] = in[NL + i];
        end
        adder_tree #(.N(NL), .W(W)) u_left  (.in(in_l), .out(sum_l[W+$clog2(NL)-1:0]));
        adder_tree #(.N(NR), .W(W)) u_right (.in(in_r), .out(sum_r[W+$clog2(NR)-1:0]));
        assign out = sum_l + sum_r;
      end
    endcase
  endgenerate
endmodule

// array of instances
module byte_swapper #(parameter int NBYTES = 4) (
  input  logic [8*NBYTES-1:0] din,
  output logic [8*NBYTES-1:0] dout
);
  bit_reverse u_rev [NBYTES-1:0] (.d(din), .q(dout));
endmodule

module bit_reverse (input logic [7:0] d, output logic [7:0] q);
  assign q = {<<{d}};
endmodule
