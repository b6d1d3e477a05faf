// UART transmitter, Verilog-2005
module uart_tx #(
  parameter CLKS_PER_BIT = 87
) (
  input            clk,
  input            rst_n,
  input            tx_start,
  input      [7:0] tx_data,
  output reg       tx,
  output           tx_busy
);
  localparam IDLE = 2'd0, START = 2'd1, DATA = 2'd2, STOP = 2'd3;
  localparam CW = $clog2(CLKS_PER_BIT);

  reg [1:0]    state;
  reg [CW-1:0] clk_cnt;
  reg [2:0]    bit_idx;
  reg [7:0]    shift;

  assign tx_busy = (state != IDLE);

  always @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      state   <= IDLE;
      clk_cnt <= 0;
      bit_idx <= 3'd0;
      shift   <= 8'h00;
      tx      <= 1'b1;
    end else begin
      case (state)
        IDLE: begin
          tx <= 1'b1;
          if (tx_start) begin
            shift   <= tx_data;
            state   <= START;
            clk_cnt <= 0;
          end
        end
        START: begin
          tx <= 1'b0;
          if (clk_cnt == CLKS_PER_BIT - 1) begin
            clk_cnt <= 0;
            state   <= DATA;
          end else
            clk_cnt <= clk_cnt + 1'b1;
        end
        DATA: begin
          tx <= shift[bit_idx];
          if (clk_cnt == CLKS_PER_BIT - 1) begin
            clk_cnt <= 0;
            if (bit_idx == 3'd7) begin
              bit_idx <= 3'd0;
              state   <= STOP;
            end else
              bit_idx <= bit_idx + 3'd1;
          end else
            clk_cnt <= clk_cnt + 1'b1;
        end
        STOP: begin
          tx <= 1'b1;
          if (clk_cnt == CLKS_PER_BIT - 1) begin
            clk_cnt <= 0;
            state   <= IDLE;
          end else
            clk_cnt <= clk_cnt + 1'b1;
        end
        default: state <= IDLE;
      endcase
    end
  end
endmodule
