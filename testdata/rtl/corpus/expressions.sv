// Operator, literal and expression coverage in a synthesizable context.
package expr_pkg;
  localparam int          A_INT  = 42;
  localparam logic [7:0]  A_BYTE = 8'hA5;
  localparam real         PI     = 3.14159;
  localparam real         EPS    = 1.0e-6;
  localparam real         BIG    = 2.5E9;
  localparam              UNSZ   = 'hFF;
  localparam logic [11:0] OCT    = 12'o7_7_7;
  localparam logic [9:0]  DEC    = 10'd1_000;
  localparam logic signed [7:0] NEG = -8'sd5;
  localparam logic [3:0]  XZ     = 4'b10x_z;
  localparam logic [3:0]  QM     = 4'b1?0?;
  localparam string       NAME   = "expr \"pkg\"\n";

  typedef union packed {
    logic [31:0]      word;
    logic [3:0][7:0]  bytes;
    struct packed {
      logic [15:0] hi;
      logic [15:0] lo;
    } halves;
  } word_u;

  typedef struct packed {
    logic       valid;
    logic [2:0] kind;
    logic [3:0] payload;
  } pkt_t;
endpackage

module expressions
  import expr_pkg::*;
(
  input  logic        clk,
  input  logic [31:0] a,
  input  logic [31:0] b,
  input  logic [4:0]  sh,
  input  logic [2:0]  sel,
  output logic [31:0] y [16],
  output logic        flags [8]
);
  word_u   u;
  pkt_t    pkt, pkts [4];
  logic [7:0] bytes_rev;
  logic [63:0] wide;
  logic signed [31:0] sa, sb;

  assign sa = $signed(a);
  assign sb = signed'(b);

  // arithmetic
  assign y[0]  = a + b - 1;
  assign y[1]  = a * b / 3 % 7;
  assign y[2]  = 2 ** sh;
  assign y[3]  = -a + +b;
  // shifts
  assign y[4]  = (a << sh) | (b >> 2);
  assign y[5]  = sa <<< 3;
  assign y[6]  = sa >>> sh;
  // bitwise
  assign y[7]  = (a & b) | (a ^ b) | ~(a ~^ b) | (a ^~ b);
  // reduction
  assign flags[0] = &a;
  assign flags[1] = |a;
  assign flags[2] = ^a;
  assign flags[3] = ~&a;
  assign flags[4] = ~|a;
  assign flags[5] = ~^a;
  // logical, relational, equality
  assign flags[6] = (a < b) && (a <= b) || !(a > b) && (a >= b);
  assign flags[7] = (a == b) != (a === b) || (a !== b) || (a ==? 32'b1???) || (b !=? 32'hx);
  // conditional chains
  assign y[8]  = (sel == 3'd0) ? a :
                 (sel == 3'd1) ? b :
                 (sel == 3'd2) ? a + b : '0;
  // concatenation, replication, streaming
  assign y[9]  = {a[15:0], b[15:0]};
  assign y[10] = {4{a[7:0]}};
  assign y[11] = {{16{a[15]}}, a[15:0]};
  assign bytes_rev = {<<{a[7:0]}};
  assign y[12] = {<<8{a}};
  assign y[13] = {>>{b}};
  // part selects
  assign y[14] = {a[sh +: 4], a[31 -: 4], a[7:0], 20'h0};
  // casts and size functions
  assign y[15] = 32'(a[15:0]) + unsigned'(sb) + int'(sel) + $bits(pkt_t);
  assign wide  = 64'(a) << 32 | 64'(b);

  // inside and set membership
  logic in_range, is_special;
  assign in_range   = sel inside {[3'd1:3'd4]};
  assign is_special = a inside {32'd0, 32'd1, [32'd100:32'd200], A_INT};

  // union and struct member access
  always_comb begin
    u            = '0;
    u.halves.hi  = a[31:16];
    u.bytes[0]   = a[7:0];
    pkt          = '{valid: 1'b1, kind: sel, payload: a[3:0]};
    pkts         = '{default: '0};
    pkts[1]      = '{1'b0, 3'd2, 4'hF};
    pkts[2].kind = pkt.kind;
  end

  // compound assignments and increments
  logic [31:0] acc;
  always_ff @(posedge clk) begin
    acc += a;
    acc -= 1;
    acc *= 2;
    acc &= b;
    acc |= 32'h1;
    acc ^= b;
    acc <<= 1;
    acc >>= 2;
    acc <<<= 1;
    acc >>>= 1;
  end

  // loops of all kinds inside a function
  function automatic int popcount(logic [31:0] v);
    int n = 0;
    int i;
    i = 0;
    while (i < 32) begin
      if (v[i]) n++;
      i++;
    end
    return n;
  endfunction

  function automatic int first_one(logic [31:0] v);
    int idx;
    idx = -1;
    for (int k = 0; k < 32; k++) begin
      if (v[k]) begin
        idx = k;
        break;
      end
      else continue;
    end
    return idx;
  endfunction

  function automatic logic [7:0] parity_bytes(input logic [63:0] v);
    int k;
    k = 0;
    do begin
      parity_bytes[k] = ^v[8*k +: 8];
      k = k + 1;
    end while (k < 8);
  endfunction

  // real-valued parameter arithmetic in a constant expression
  localparam int SCALED = int'(PI * 1000.0);
  localparam logic [63:0] MASK = (64'd1 << A_INT) - 1;
  localparam int LOG = $clog2(A_INT) + $countones(A_BYTE);

  // hierarchical reference and system functions in assertions
  always @(posedge clk) begin
    if ($isunknown(a)) $warning("a has X/Z bits: %b", a);
    a_pop: assert (popcount(a) <= 32) else $error("impossible popcount");
  end
endmodule
