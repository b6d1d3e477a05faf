// Register file and ALU for a small RISC-style datapath.
package cpu_pkg;
  parameter int XLEN = 32;
  parameter int NREGS = 32;
  localparam int RW = $clog2(NREGS);

  typedef logic [XLEN-1:0] word_t;
  typedef logic [RW-1:0]   reg_idx_t;

  typedef enum logic [3:0] {
    ALU_ADD  = 4'b0000,
    ALU_SUB  = 4'b1000,
    ALU_SLL  = 4'b0001,
    ALU_SLT  = 4'b0010,
    ALU_SLTU = 4'b0011,
    ALU_XOR  = 4'b0100,
    ALU_SRL  = 4'b0101,
    ALU_SRA  = 4'b1101,
    ALU_OR   = 4'b0110,
    ALU_AND  = 4'b0111
  } alu_op_e;

  typedef struct packed {
    alu_op_e  op;
    reg_idx_t rd;
    reg_idx_t rs1;
    reg_idx_t rs2;
    logic     use_imm;
    word_t    imm;
  } decoded_t;

  function automatic word_t sign_extend12(input logic [11:0] imm);
    return {{(XLEN-12){imm[11]}}, imm};
  endfunction

  function automatic logic is_shift(alu_op_e op);
    return op inside {ALU_SLL, ALU_SRL, ALU_SRA};
  endfunction
endpackage

module regfile
  import cpu_pkg::*;
#(
  parameter bit ZERO_REG = 1'b1,
  parameter int READ_PORTS = 2
) (
  input  logic     clk,
  input  logic     rst_n,
  input  reg_idx_t raddr [READ_PORTS],
  output word_t    rdata [READ_PORTS],
  input  logic     we,
  input  reg_idx_t waddr,
  input  word_t    wdata
);
  word_t regs [NREGS];

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      for (int i = 0; i < NREGS; i++) regs[i] <= '0;
    end else if (we && !(ZERO_REG && waddr == '0)) begin
      regs[waddr] <= wdata;
    end
  end

  for (genvar p = 0; p < READ_PORTS; p++) begin : g_read
    // write-first bypass
    assign rdata[p] = (ZERO_REG && raddr[p] == '0) ? '0 :
                      (we && waddr == raddr[p])    ? wdata :
                                                     regs[raddr[p]];
  end
endmodule

module alu
  import cpu_pkg::alu_op_e, cpu_pkg::word_t;
  import cpu_pkg::XLEN;
(
  input  alu_op_e op,
  input  word_t   a,
  input  word_t   b,
  output word_t   y,
  output logic    zero,
  output logic    negative,
  output logic    carry,
  output logic    overflow
);
  logic [XLEN:0] sum;
  logic [4:0]    shamt;

  assign shamt = b[4:0];

  always_comb begin
    sum      = '0;
    carry    = 1'b0;
    overflow = 1'b0;
    unique case (op)
      cpu_pkg::ALU_ADD: begin
        sum      = {1'b0, a} + {1'b0, b};
        y        = sum[XLEN-1:0];
        carry    = sum[XLEN];
        overflow = (a[XLEN-1] == b[XLEN-1]) && (y[XLEN-1] != a[XLEN-1]);
      end
      cpu_pkg::ALU_SUB: begin
        sum      = {1'b0, a} - {1'b0, b};
        y        = sum[XLEN-1:0];
        carry    = sum[XLEN];
        overflow = (a[XLEN-1] != b[XLEN-1]) && (y[XLEN-1] != a[XLEN-1]);
      end
      cpu_pkg::ALU_SLL:  y = a << shamt;
      cpu_pkg::ALU_SLT:  y = word_t'($signed(a) < $signed(b));
      cpu_pkg::ALU_SLTU: y = {{(XLEN-1){1'b0}}, a < b};
      cpu_pkg::ALU_XOR:  y = a ^ b;
      cpu_pkg::ALU_SRL:  y = a >> shamt;
      cpu_pkg::ALU_SRA:  y = $unsigned($signed(a) >>> shamt);
      cpu_pkg::ALU_OR:   y = a | b;
      cpu_pkg::ALU_AND:  y = a & b;
      default:           y = 'x;
    endcase
  end

  assign zero     = ~|y;
  assign negative = y[XLEN-1];
endmodule

// Booth-free iterative multiplier (shift-and-add).
module seq_multiplier #(parameter int W = 16) (
  input  logic           clk,
  input  logic           rst_n,
  input  logic           start,
  input  logic [W-1:0]   a,
  input  logic [W-1:0]   b,
  output logic [2*W-1:0] p,
  output logic           done
);
  logic [2*W-1:0] acc, mcand;
  logic [W-1:0]   mplier;
  logic [$clog2(W+1)-1:0] n;
  logic running;

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      {acc, mcand, mplier, n, running, done} <= '0;
      p <= '0;
    end else begin
      done <= 1'b0;
      if (start && !running) begin
        acc     <= '0;
        mcand   <= {{W{1'b0}}, a};
        mplier  <= b;
        n       <= W;
        running <= 1'b1;
      end else if (running) begin
        if (mplier[0]) acc <= acc + mcand;
        mcand  <= mcand << 1;
        mplier <= mplier >> 1;
        n      <= n - 1;
        if (n == 1) begin
          running <= 1'b0;
          done    <= 1'b1;
          p       <= mplier[0] ? acc + mcand : acc;
        end
      end
    end
  end
endmodule

// Combinational leading-zero counter using a priority loop.
module lzc #(parameter int W = 32, localparam int CW = $clog2(W + 1)) (
  input  logic [W-1:0]  x,
  output logic [CW-1:0] count,
  output logic          all_zero
);
  always_comb begin
    count = CW'(W);
    for (int i = 0; i < W; i++) begin
      if (x[i]) count = CW'(W - 1 - i);
    end
  end
  assign all_zero = (x == '0);
endmodule
