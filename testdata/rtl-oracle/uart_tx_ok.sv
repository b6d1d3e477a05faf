// UART transmitter, 8N1, with a baud tick input.
module uart_tx (input logic clk, rst, tick, start, input logic [7:0] data, output logic tx, busy);
  typedef enum logic [1:0] {IDLE, START, DATA, STOP} st_t;
  st_t st;
  logic [2:0] bitn;
  logic [7:0] sh;
  always_ff @(posedge clk) begin
    if (rst) begin
      st <= IDLE;
      tx <= 1'b1;
      bitn <= '0;
      sh <= '0;
    end else case (st)
      IDLE: if (start) begin st <= START; sh <= data; end
      START: if (tick) begin tx <= 1'b0; st <= DATA; bitn <= '0; end
      DATA: if (tick) begin
        tx <= sh[0];
        sh <= sh >> 1;
        if (bitn == 3'd7) st <= STOP;
        bitn <= bitn + 3'd1;
      end
      STOP: if (tick) begin tx <= 1'b1; st <= IDLE; end
      default: st <= IDLE;
    endcase
  end
  assign busy = (st != IDLE);
endmodule
