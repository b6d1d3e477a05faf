// UART transmitter and receiver, 8N1, with a shared baud-rate generator.
package uart_pkg;
  typedef enum logic [1:0] {
    PARITY_NONE = 2'b00,
    PARITY_EVEN = 2'b01,
    PARITY_ODD  = 2'b10
  } parity_e;

  typedef struct packed {
    logic    [15:0] baud_div;
    parity_e        parity;
    logic           two_stop_bits;
  } uart_cfg_t;

  localparam uart_cfg_t DEFAULT_CFG = '{baud_div: 16'd434, parity: PARITY_NONE, two_stop_bits: 1'b0};

  function automatic logic calc_parity(input logic [7:0] data, input parity_e mode);
    logic p;
    p = ^data;
    return (mode == PARITY_ODD) ? ~p : p;
  endfunction
endpackage : uart_pkg

module uart_tx
  import uart_pkg::*;
#(
  parameter int CLK_HZ = 50_000_000,
  parameter int BAUD   = 115_200
) (
  input  logic       clk,
  input  logic       rst_n,
  input  uart_cfg_t  cfg,
  input  logic       tx_valid,
  input  logic [7:0] tx_data,
  output logic       tx_ready,
  output logic       txd
);
  typedef enum logic [2:0] {TX_IDLE, TX_START, TX_DATA, TX_PARITY, TX_STOP} tx_state_e;

  tx_state_e  state;
  logic [15:0] baud_cnt;
  logic [2:0]  bit_idx;
  logic [7:0]  shreg;
  logic        stop_second;
  wire         baud_tick = (baud_cnt == 16'd0);

  assign tx_ready = (state == TX_IDLE);

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      state       <= TX_IDLE;
      baud_cnt    <= '0;
      bit_idx     <= '0;
      shreg       <= '0;
      txd         <= 1'b1;
      stop_second <= 1'b0;
    end else begin
      if (state != TX_IDLE)
        baud_cnt <= baud_tick ? cfg.baud_div : baud_cnt - 16'd1;

      case (state)
        TX_IDLE: begin
          txd <= 1'b1;
          if (tx_valid) begin
            shreg    <= tx_data;
            baud_cnt <= cfg.baud_div;
            state    <= TX_START;
            txd      <= 1'b0;
          end
        end
        TX_START: if (baud_tick) begin
          state   <= TX_DATA;
          bit_idx <= 3'd0;
          txd     <= shreg[0];
        end
        TX_DATA: if (baud_tick) begin
          shreg <= shreg >> 1;
          if (bit_idx == 3'd7) begin
            if (cfg.parity != PARITY_NONE) begin
              state <= TX_PARITY;
              txd   <= calc_parity(tx_data, cfg.parity);
            end else begin
              state <= TX_STOP;
              txd   <= 1'b1;
            end
          end else begin
            bit_idx <= bit_idx + 3'd1;
            txd     <= shreg[1];
          end
        end
        TX_PARITY: if (baud_tick) begin
          state <= TX_STOP;
          txd   <= 1'b1;
          stop_second <= cfg.two_stop_bits;
        end
        TX_STOP: if (baud_tick) begin
          if (stop_second) stop_second <= 1'b0;
          else             state <= TX_IDLE;
        end
        default: state <= TX_IDLE;
      endcase
    end
  end
endmodule : uart_tx

module uart_rx
  import uart_pkg::*;
(
  input  logic       clk,
  input  logic       rst_n,
  input  uart_cfg_t  cfg,
  input  logic       rxd,
  output logic       rx_valid,
  output logic [7:0] rx_data,
  output logic       frame_err,
  output logic       parity_err
);
  // two-flop synchroniser on the asynchronous serial input
  (* ASYNC_REG = "TRUE" *) logic rxd_meta, rxd_sync;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) {rxd_sync, rxd_meta} <= 2'b11;
    else        {rxd_sync, rxd_meta} <= {rxd_meta, rxd};

  typedef enum {RX_IDLE, RX_START, RX_DATA, RX_PARITY, RX_STOP} rx_state_e;
  rx_state_e state;

  logic [15:0] cnt;
  logic [2:0]  bit_idx;
  logic [7:0]  shreg;

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      state      <= RX_IDLE;
      cnt        <= '0;
      bit_idx    <= '0;
      shreg      <= '0;
      rx_valid   <= 1'b0;
      rx_data    <= '0;
      frame_err  <= 1'b0;
      parity_err <= 1'b0;
    end else begin
      rx_valid <= 1'b0;
      unique case (state)
        RX_IDLE:
          if (!rxd_sync) begin
            cnt   <= cfg.baud_div >> 1; // sample in the middle of the bit
            state <= RX_START;
          end
        RX_START:
          if (cnt == 0) begin
            if (!rxd_sync) begin
              cnt     <= cfg.baud_div;
              bit_idx <= '0;
              state   <= RX_DATA;
            end else begin
              state <= RX_IDLE;  // glitch
            end
          end else cnt <= cnt - 1;
        RX_DATA:
          if (cnt == 0) begin
            cnt   <= cfg.baud_div;
            shreg <= {rxd_sync, shreg[7:1]};
            if (&bit_idx)
              state <= (cfg.parity == PARITY_NONE) ? RX_STOP : RX_PARITY;
            bit_idx++;
          end else begin
            cnt--;
          end
        RX_PARITY:
          if (cnt == 0) begin
            cnt        <= cfg.baud_div;
            parity_err <= (rxd_sync != calc_parity(shreg, cfg.parity));
            state      <= RX_STOP;
          end else cnt <= cnt - 1;
        RX_STOP:
          if (cnt == 0) begin
            frame_err <= ~rxd_sync;
            rx_valid  <= rxd_sync;
            rx_data   <= shreg;
            state     <= RX_IDLE;
          end else cnt <= cnt - 1;
      endcase
    end
  end
endmodule : uart_rx
