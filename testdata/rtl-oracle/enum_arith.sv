// A round-robin phase counter that increments its enum state.
module phases (input logic clk, rst, output logic [1:0] phase);
  typedef enum logic [1:0] {P0, P1, P2, P3} phase_t;
  phase_t cur;
  always_ff @(posedge clk) begin
    if (rst) cur <= P0;
    else cur <= cur + 1;
  end
  assign phase = cur;
endmodule
