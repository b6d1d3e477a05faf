// Byte-level I2C master with clock stretching support.
module i2c_master #(
  parameter int CLK_HZ = 100_000_000,
  parameter int I2C_HZ = 400_000
) (
  input  logic       clk,
  input  logic       rst_n,
  // command interface
  input  logic       cmd_valid,
  output logic       cmd_ready,
  input  logic       cmd_start,
  input  logic       cmd_stop,
  input  logic       cmd_read,
  input  logic       cmd_ack,      // ACK to send after a read byte
  input  logic [7:0] cmd_wdata,
  output logic       rsp_valid,
  output logic [7:0] rsp_rdata,
  output logic       rsp_nack,
  // open-drain bus
  input  logic       scl_i,
  output logic       scl_oe,
  input  logic       sda_i,
  output logic       sda_oe
);
  localparam int QUARTER = CLK_HZ / (4 * I2C_HZ);
  localparam int QW      = $clog2(QUARTER + 1);

  typedef enum logic [3:0] {
    ST_IDLE, ST_START_A, ST_START_B, ST_BIT_LOW, ST_BIT_HIGH, ST_BIT_SAMPLE,
    ST_ACK_LOW, ST_ACK_HIGH, ST_STOP_A, ST_STOP_B, ST_STOP_C, ST_DONE
  } state_e;

  state_e      state;
  logic [QW-1:0] qcnt;
  logic        qtick;
  logic [2:0]  bitn;
  logic [7:0]  shreg;
  logic        read_q, ack_q, stop_q;
  logic        scl_sync, sda_sync;

  sync_bit #(.STAGES(2), .RESET_VAL(1'b1)) u_scl (.clk, .rst_n, .d(scl_i), .q(scl_sync));
  sync_bit #(.STAGES(2), .RESET_VAL(1'b1)) u_sda (.clk, .rst_n, .d(sda_i), .q(sda_sync));

  assign qtick     = (qcnt == '0);
  assign cmd_ready = (state == ST_IDLE);

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      qcnt <= '0;
    end else if (state == ST_IDLE || qtick) begin
      qcnt <= QW'(QUARTER - 1);
    end else if (!(state == ST_BIT_HIGH && !scl_sync)) begin
      // hold the counter while the slave stretches the clock
      qcnt <= qcnt - 1'b1;
    end
  end

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      state     <= ST_IDLE;
      scl_oe    <= 1'b0;
      sda_oe    <= 1'b0;
      bitn      <= '0;
      shreg     <= '0;
      read_q    <= 1'b0;
      ack_q     <= 1'b0;
      stop_q    <= 1'b0;
      rsp_valid <= 1'b0;
      rsp_rdata <= '0;
      rsp_nack  <= 1'b0;
    end else begin
      rsp_valid <= 1'b0;
      case (state)
        ST_IDLE: if (cmd_valid) begin
          shreg  <= cmd_read ? 8'hFF : cmd_wdata;
          read_q <= cmd_read;
          ack_q  <= cmd_ack;
          stop_q <= cmd_stop;
          bitn   <= 3'd7;
          state  <= cmd_start ? ST_START_A : ST_BIT_LOW;
        end
        ST_START_A: if (qtick) begin sda_oe <= 1'b0; scl_oe <= 1'b0; state <= ST_START_B; end
        ST_START_B: if (qtick) begin sda_oe <= 1'b1; state <= ST_BIT_LOW; end
        ST_BIT_LOW: if (qtick) begin
          scl_oe <= 1'b1;
          sda_oe <= ~shreg[7];
          state  <= ST_BIT_HIGH;
        end
        ST_BIT_HIGH: if (qtick) begin
          scl_oe <= 1'b0;
          state  <= ST_BIT_SAMPLE;
        end
        ST_BIT_SAMPLE: if (qtick && scl_sync) begin
          shreg <= {shreg[6:0], sda_sync};
          if (bitn == 0) state <= ST_ACK_LOW;
          else begin
            bitn  <= bitn - 1;
            state <= ST_BIT_LOW;
          end
        end
        ST_ACK_LOW: if (qtick) begin
          scl_oe <= 1'b1;
          sda_oe <= read_q ? ack_q : 1'b0;
          state  <= ST_ACK_HIGH;
        end
        ST_ACK_HIGH: if (qtick) begin
          scl_oe    <= 1'b0;
          rsp_nack  <= sda_sync;
          rsp_rdata <= shreg;
          state     <= stop_q ? ST_STOP_A : ST_DONE;
        end
        ST_STOP_A: if (qtick) begin scl_oe <= 1'b1; sda_oe <= 1'b1; state <= ST_STOP_B; end
        ST_STOP_B: if (qtick) begin scl_oe <= 1'b0; state <= ST_STOP_C; end
        ST_STOP_C: if (qtick) begin sda_oe <= 1'b0; state <= ST_DONE; end
        ST_DONE: begin
          rsp_valid <= 1'b1;
          state     <= ST_IDLE;
        end
        default: state <= ST_IDLE;
      endcase
    end
  end
endmodule
