// Traffic light controller: a Moore machine with enumerated states.
module traffic_light_ctrl #(
  parameter int GREEN_CYCLES  = 50,
  parameter int YELLOW_CYCLES = 8,
  parameter int RED_CYCLES    = 40
) (
  input  logic clk,
  input  logic rst_n,
  input  logic pedestrian_req,
  input  logic emergency,
  output logic red,
  output logic yellow,
  output logic green,
  output logic walk
);

  typedef enum logic [2:0] {
    S_RED        = 3'd0,
    S_RED_WALK   = 3'd1,
    S_GREEN      = 3'd2,
    S_YELLOW     = 3'd3,
    S_FLASH      = 3'd4
  } state_t;

  state_t state, state_next;

  localparam int TW = $clog2(GREEN_CYCLES + 1);
  logic [TW-1:0] timer;
  logic          timer_done;
  logic          ped_latched;

  assign timer_done = (timer == '0);

  // State register
  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) state <= S_RED;
    else        state <= state_next;
  end

  // Next-state logic
  always_comb begin
    state_next = state;
    unique case (state)
      S_RED: begin
        if (emergency)       state_next = S_FLASH;
        else if (timer_done) state_next = ped_latched ? S_RED_WALK : S_GREEN;
      end
      S_RED_WALK: if (timer_done) state_next = S_GREEN;
      S_GREEN: begin
        if (emergency) state_next = S_FLASH;
        else if (timer_done || (ped_latched && timer < TW'(GREEN_CYCLES / 2)))
          state_next = S_YELLOW;
      end
      S_YELLOW: if (timer_done) state_next = S_RED;
      S_FLASH:  if (!emergency) state_next = S_RED;
      default:  state_next = S_RED;
    endcase
  end

  // Timer
  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      timer <= TW'(RED_CYCLES);
    end else if (state != state_next) begin
      case (state_next)
        S_GREEN:    timer <= TW'(GREEN_CYCLES);
        S_YELLOW:   timer <= TW'(YELLOW_CYCLES);
        S_RED,
        S_RED_WALK: timer <= TW'(RED_CYCLES);
        default:    timer <= '0;
      endcase
    end else if (!timer_done) begin
      timer <= timer - 1'b1;
    end
  end

  // Pedestrian request latch
  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n)                     ped_latched <= 1'b0;
    else if (state == S_RED_WALK)   ped_latched <= 1'b0;
    else if (pedestrian_req)        ped_latched <= 1'b1;
  end

  // Moore outputs
  always_comb begin
    {red, yellow, green, walk} = 4'b0000;
    case (state)
      S_RED:      red = 1'b1;
      S_RED_WALK: begin red = 1'b1; walk = 1'b1; end
      S_GREEN:    green = 1'b1;
      S_YELLOW:   yellow = 1'b1;
      S_FLASH:    yellow = timer[0];
    endcase
  end

endmodule

// Sequence detector for "1011", Mealy style with overlap.
module seq_detect_1011 (
  input  logic clk,
  input  logic rst_n,
  input  logic din,
  output logic found
);
  typedef enum logic [1:0] {IDLE, GOT1, GOT10, GOT101} st_e;
  st_e cur, nxt;

  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) cur <= IDLE;
    else        cur <= nxt;

  always_comb begin
    nxt   = cur;
    found = 1'b0;
    case (cur)
      IDLE:   nxt = din ? GOT1 : IDLE;
      GOT1:   nxt = din ? GOT1 : GOT10;
      GOT10:  nxt = din ? GOT101 : IDLE;
      GOT101: begin
        if (din) begin
          found = 1'b1;
          nxt   = GOT1;
        end else begin
          nxt = GOT10;
        end
      end
    endcase
  end
endmodule

// Verilog-2001 style FSM with parameters as state encodings.
module vending_fsm (clk, reset, nickel, dime, vend, change);
  input clk, reset;
  input nickel, dime;
  output vend;
  output change;
  reg vend, change;

  parameter [2:0] ZERO = 3'b000, FIVE = 3'b001, TEN = 3'b010,
                  FIFTEEN = 3'b011, TWENTY = 3'b100;

  reg [2:0] state, next_state;

  always @(posedge clk or posedge reset)
    if (reset) state <= ZERO;
    else       state <= next_state;

  always @(state or nickel or dime) begin
    next_state = state;
    vend   = 1'b0;
    change = 1'b0;
    case (state)
      ZERO:    if (nickel) next_state = FIVE;    else if (dime) next_state = TEN;
      FIVE:    if (nickel) next_state = TEN;     else if (dime) next_state = FIFTEEN;
      TEN:     if (nickel) next_state = FIFTEEN; else if (dime) next_state = TWENTY;
      FIFTEEN: begin vend = 1'b1; next_state = ZERO; end
      TWENTY:  begin vend = 1'b1; change = 1'b1; next_state = ZERO; end
      default: next_state = ZERO;
    endcase
  end
endmodule
