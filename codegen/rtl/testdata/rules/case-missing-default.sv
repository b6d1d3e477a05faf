module cmd (input logic clk, input logic [1:0] sel, input logic [2:0] s3, input logic a, b, c, d, output logic y, z, w);
  typedef enum logic [1:0] {IDLE, RUN, DONE} state_t;
  state_t state, next;
  always_comb begin
    next = state;
    case (state)  // want "rtl/case-missing-default"
      IDLE: next = RUN;
      RUN:  next = DONE;
    endcase
  end
  // clean: every value of a 2-bit selector
  always_comb begin
    case (sel)
      2'd0: y = a;
      2'd1: y = b;
      2'd2: y = c;
      2'd3: y = d;
    endcase
  end
  // clean: every member of the enum
  always_comb begin
    case (state)
      IDLE: z = a;
      RUN:  z = b;
      DONE: z = c;
    endcase
  end
  always_comb begin
    w = 1'b0;
    case (s3)  // want "rtl/case-missing-default"
      3'd0: w = a;
    endcase
  end
  always_ff @(posedge clk) state <= next;
endmodule

// clean: a macro among the items may hold the default (a register map's generated items)
`define CMD_REG_ITEMS(REG) 2'd1: rdata = REG; default: rdata = '0;
module cmd_macro_items (input logic [1:0] addr, input logic [7:0] r0, r1, output logic [7:0] rdata);
  always_comb begin
    case (addr)
      2'd0: rdata = r0;
      `CMD_REG_ITEMS(r1)
    endcase
  end
endmodule
