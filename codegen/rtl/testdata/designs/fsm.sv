// A Moore FSM with an enum state
module fsm (input logic clk, rst_n, start, done, output logic busy);
  typedef enum logic [1:0] {IDLE, RUN, FINISH} state_t;
  state_t state_q;
  state_t state_d;

  always_comb begin
    state_d = state_q;
    case (state_q)
      IDLE:    if (start) state_d = RUN;
      RUN:     if (done) state_d = FINISH;
      FINISH:  state_d = IDLE;
      default: state_d = IDLE;
    endcase
  end

  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) state_q <= IDLE;
    else        state_q <= state_d;

  assign busy = (state_q != IDLE);
endmodule
