// Minimal three-stage accumulator CPU: fetch, decode/execute, writeback.
package acc_isa_pkg;
  typedef enum logic [3:0] {
    OP_NOP  = 4'h0,
    OP_LDI  = 4'h1,
    OP_LD   = 4'h2,
    OP_ST   = 4'h3,
    OP_ADD  = 4'h4,
    OP_SUB  = 4'h5,
    OP_AND  = 4'h6,
    OP_OR   = 4'h7,
    OP_XOR  = 4'h8,
    OP_SHL  = 4'h9,
    OP_SHR  = 4'hA,
    OP_JMP  = 4'hB,
    OP_JZ   = 4'hC,
    OP_JNZ  = 4'hD,
    OP_HALT = 4'hF
  } opcode_e;

  typedef struct packed {
    opcode_e    op;
    logic [11:0] arg;
  } instr_t;

  function automatic bit is_jump(opcode_e op);
    return op inside {OP_JMP, OP_JZ, OP_JNZ};
  endfunction

  function automatic bit writes_acc(opcode_e op);
    case (op)
      OP_LDI, OP_LD, OP_ADD, OP_SUB, OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR: return 1'b1;
      default: return 1'b0;
    endcase
  endfunction
endpackage

module acc_cpu
  import acc_isa_pkg::*;
#(
  parameter int IMEM_WORDS = 256,
  parameter int DMEM_WORDS = 256
) (
  input  logic        clk,
  input  logic        rst_n,
  // instruction memory (synchronous read)
  output logic [7:0]  imem_addr,
  input  instr_t      imem_rdata,
  // data memory
  output logic        dmem_we,
  output logic [7:0]  dmem_addr,
  output logic [15:0] dmem_wdata,
  input  logic [15:0] dmem_rdata,
  output logic        halted
);
  // ---------------- fetch ----------------
  logic [7:0] pc, pc_next;
  logic       fetch_valid;
  logic       flush;

  assign imem_addr = pc;

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      pc          <= '0;
      fetch_valid <= 1'b0;
    end else if (!halted) begin
      pc          <= pc_next;
      fetch_valid <= !flush;
    end
  end

  // ---------------- decode / execute ----------------
  instr_t      ex_instr;
  logic [15:0] acc, acc_next;
  logic        zero_flag;
  logic        take_branch;
  logic [7:0]  branch_target;

  assign ex_instr      = fetch_valid ? imem_rdata : '{op: OP_NOP, arg: '0};
  assign zero_flag     = (acc == '0);
  assign branch_target = ex_instr.arg[7:0];

  always_comb begin
    take_branch = 1'b0;
    unique case (ex_instr.op)
      OP_JMP:  take_branch = 1'b1;
      OP_JZ:   take_branch = zero_flag;
      OP_JNZ:  take_branch = !zero_flag;
      default: take_branch = 1'b0;
    endcase
  end

  assign flush   = take_branch;
  assign pc_next = take_branch ? branch_target : pc + 8'd1;

  assign dmem_addr  = ex_instr.arg[7:0];
  assign dmem_we    = (ex_instr.op == OP_ST);
  assign dmem_wdata = acc;

  // ---------------- writeback ----------------
  opcode_e wb_op;
  logic [11:0] wb_arg;

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      wb_op  <= OP_NOP;
      wb_arg <= '0;
    end else begin
      wb_op  <= ex_instr.op;
      wb_arg <= ex_instr.arg;
    end
  end

  always_comb begin
    acc_next = acc;
    case (wb_op)
      OP_LDI: acc_next = {4'h0, wb_arg};
      OP_LD:  acc_next = dmem_rdata;
      OP_ADD: acc_next = acc + dmem_rdata;
      OP_SUB: acc_next = acc - dmem_rdata;
      OP_AND: acc_next = acc & dmem_rdata;
      OP_OR:  acc_next = acc | dmem_rdata;
      OP_XOR: acc_next = acc ^ dmem_rdata;
      OP_SHL: acc_next = acc << wb_arg[3:0];
      OP_SHR: acc_next = acc >> wb_arg[3:0];
      default: ;
    endcase
  end

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      acc    <= '0;
      halted <= 1'b0;
    end else begin
      if (writes_acc(wb_op)) acc <= acc_next;
      if (ex_instr.op == OP_HALT) halted <= 1'b1;
    end
  end

`ifdef ACC_CPU_TRACE
  always_ff @(posedge clk) begin
    if (rst_n && fetch_valid)
      $display("[%0t] pc=%02h op=%s arg=%03h acc=%04h", $time, pc, ex_instr.op.name(), ex_instr.arg, acc);
  end
`endif
endmodule
