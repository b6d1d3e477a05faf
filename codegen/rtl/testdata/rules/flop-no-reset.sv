module fnr (input logic clk, rst_n, go, input logic [7:0] d, output logic busy, output logic [7:0] q);
  typedef enum logic [1:0] {IDLE, RUN, DONE} state_t;
  state_t state, next;
  always_ff @(posedge clk)
    state <= next;  // want "rtl/flop-no-reset"
  always_comb begin
    next = state;
    case (state)
      IDLE: if (go) next = RUN;
      RUN: next = DONE;
      default: next = IDLE;
    endcase
  end
  assign busy = state != IDLE;

  logic [1:0] mode;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= '0;
    else begin
      mode <= d[1:0];  // want "rtl/flop-no-reset"
      case (mode)
        2'd0: q <= d;
        default: q <= q;
      endcase
    end
endmodule

// clean: reset state registers, an FPGA power-up value, and a pipeline without reset
module fnr_ok (input logic clk, rst_n, go, input logic [7:0] d, output logic [7:0] q);
  typedef enum logic [1:0] {IDLE, RUN} state_t;
  state_t state;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) state <= IDLE;
    else if (go) state <= RUN;
  logic [1:0] phase = 2'd0;
  always_ff @(posedge clk) phase <= phase + 2'd1;
  always_ff @(posedge clk)
    case (phase)
      2'd0: q <= d;
      default: q <= q;
    endcase
  logic [7:0] p1;
  always_ff @(posedge clk) p1 <= d;
endmodule
