module enum_cast (input logic clk, rst, go, input logic [1:0] raw, output logic busy);
  typedef enum logic [1:0] {IDLE, RUN, DONE} state_t;
  typedef enum logic {OFF, ON} power_t;
  state_t state, next;
  power_t pwr;
  localparam logic [1:0] START = 2'd1;
  always_ff @(posedge clk) begin
    if (rst) state <= 2'b00;  // want "rtl/enum-assign-without-cast"
    else state <= next;
  end
  always_comb begin
    next = state;
    case (state)
      IDLE: if (go) next = state + 1;  // want "rtl/enum-assign-without-cast"
      RUN: next = raw;  // want "rtl/enum-assign-without-cast"
      DONE: next = go ? IDLE : DONE;
      default: next = state_t'(raw);
    endcase
  end
  always_ff @(posedge clk) begin
    if (rst) pwr <= '0;  // want "rtl/enum-assign-without-cast"
    else if (go) pwr <= ON;
    else pwr <= OFF;
  end
  state_t shadow;
  always_ff @(posedge clk) begin
    shadow <= OFF;  // want "rtl/enum-assign-without-cast"
    shadow <= START;  // want "rtl/enum-assign-without-cast"
    shadow <= shadow.next();
  end
  assign busy = (state != IDLE) && (pwr == ON);
endmodule
// clean: each generate branch declares its own typedef of the same name
module enum_gen #(parameter bit FAST = 1'b1) (input logic clk, output logic busy);
  if (FAST) begin : g_fast
    typedef enum logic [1:0] {A0, A1, A2} st_e;
    st_e st;
    always_ff @(posedge clk) st <= (st == A0) ? A1 : A0;
    assign busy = st != A0;
  end else begin : g_slow
    typedef enum logic [1:0] {B0, B1} st_e;
    st_e st;
    always_ff @(posedge clk) st <= B1;
    assign busy = st != B0;
  end
endmodule

module eawc_arrays;
  typedef enum logic [1:0] {IDLE, RUN, DONE} state_t;
  // clean: an array of states takes a list of states
  state_t order[] = {IDLE, RUN, DONE};
  state_t fixed[2] = '{RUN, DONE};
  state_t bad[] = {IDLE, 2'd3};  // want "rtl/enum-assign-without-cast"
  // clean: a packed array of states filled with N of one state
  state_t [3:0] lanes;
  always_comb lanes = {4{IDLE}};
  state_t [3:0] pairs;
  always_comb pairs = {{2{RUN}}, DONE, IDLE};
  state_t [3:0] worse;
  always_comb worse = {4{2'd1}};  // want "rtl/enum-assign-without-cast"
  // clean: a localparam of the enum type, chosen from a table of states
  localparam state_t Order [3] = '{IDLE, RUN, DONE};
  localparam state_t Resume = Order[1];
  state_t next;
  always_comb next = Resume;
endmodule

// an operator a macro spells (= for one simulator, <= for another): what it assigns is not
// judged
typedef enum logic [1:0] {EA_OKAY, EA_EXOKAY, EA_SLVERR, EA_DECERR} ea_resp_e;
module ea_macro_op (input logic clk, input logic [1:0] rresp, output ea_resp_e q);
  `define EA_EQ =
  ea_resp_e resp;
  always_comb resp `EA_EQ ea_resp_e'(rresp);  // clean
  assign q = resp;
endmodule
