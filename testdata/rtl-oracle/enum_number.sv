// Moore FSM whose reset assigns a number to the enum state.
module seq_detect (input logic clk, reset, x, output logic z);
  typedef enum logic [1:0] {S0, S1, S2} state_t;
  state_t state, next;
  always_ff @(posedge clk)
    if (reset) state <= 2'b00;
    else state <= next;
  always_comb begin
    next = state;
    case (state)
      S0: if (x) next = S1;
      S1: if (!x) next = S2;
      S2: next = x ? S1 : S0;
      default: next = S0;
    endcase
  end
  assign z = (state == S2) && x;
endmodule
