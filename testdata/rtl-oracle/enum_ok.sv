// Traffic light FSM with every assignment a member of its enum.
module light (input logic clk, rst, go, output logic red, green);
  typedef enum logic [1:0] {RED, GREEN, YELLOW} light_t;
  light_t s, n;
  always_ff @(posedge clk or posedge rst)
    if (rst) s <= RED;
    else s <= n;
  always_comb begin
    n = s;
    unique case (s)
      RED: if (go) n = GREEN;
      GREEN: n = YELLOW;
      YELLOW: n = RED;
      default: n = RED;
    endcase
  end
  assign red = (s == RED);
  assign green = (s == GREEN);
endmodule
