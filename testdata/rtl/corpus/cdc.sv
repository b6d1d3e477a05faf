// Clock-domain-crossing primitives.

// N-flop bit synchroniser.
module sync_bit #(
  parameter int STAGES = 2,
  parameter bit RESET_VAL = 1'b0
) (
  input  logic clk,
  input  logic rst_n,
  input  logic d,
  output logic q
);
  (* ASYNC_REG = "TRUE", DONT_TOUCH = "yes" *)
  logic [STAGES-1:0] sync_ff;

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) sync_ff <= {STAGES{RESET_VAL}};
    else        sync_ff <= {sync_ff[STAGES-2:0], d};
  end

  assign q = sync_ff[STAGES-1];
endmodule

// Toggle-based pulse synchroniser.
module pulse_sync (
  input  logic src_clk,
  input  logic src_rst_n,
  input  logic src_pulse,
  input  logic dst_clk,
  input  logic dst_rst_n,
  output logic dst_pulse
);
  logic src_toggle;
  logic dst_toggle_sync, dst_toggle_q;

  always_ff @(posedge src_clk or negedge src_rst_n)
    if (!src_rst_n)     src_toggle <= 1'b0;
    else if (src_pulse) src_toggle <= ~src_toggle;

  sync_bit #(.STAGES(3)) u_sync (
    .clk   (dst_clk),
    .rst_n (dst_rst_n),
    .d     (src_toggle),
    .q     (dst_toggle_sync)
  );

  always_ff @(posedge dst_clk or negedge dst_rst_n)
    if (!dst_rst_n) dst_toggle_q <= 1'b0;
    else            dst_toggle_q <= dst_toggle_sync;

  assign dst_pulse = dst_toggle_sync ^ dst_toggle_q;
endmodule

// Four-phase handshake bus synchroniser.
module handshake_sync #(parameter int W = 16) (
  input  logic         src_clk,
  input  logic         src_rst_n,
  input  logic         src_valid,
  input  logic [W-1:0] src_data,
  output logic         src_ready,
  input  logic         dst_clk,
  input  logic         dst_rst_n,
  output logic         dst_valid,
  output logic [W-1:0] dst_data
);
  logic req, ack;
  logic req_sync, ack_sync;
  logic req_sync_q;
  logic [W-1:0] data_hold;

  // source domain
  always_ff @(posedge src_clk or negedge src_rst_n) begin
    if (!src_rst_n) begin
      req       <= 1'b0;
      data_hold <= '0;
    end else if (src_valid && src_ready) begin
      req       <= 1'b1;
      data_hold <= src_data;
    end else if (ack_sync) begin
      req <= 1'b0;
    end
  end

  assign src_ready = !req && !ack_sync;

  sync_bit u_req_sync (.clk(dst_clk), .rst_n(dst_rst_n), .d(req), .q(req_sync));
  sync_bit u_ack_sync (.clk(src_clk), .rst_n(src_rst_n), .d(ack), .q(ack_sync));

  // destination domain
  always_ff @(posedge dst_clk or negedge dst_rst_n) begin
    if (!dst_rst_n) begin
      req_sync_q <= 1'b0;
      dst_valid  <= 1'b0;
      dst_data   <= '0;
    end else begin
      req_sync_q <= req_sync;
      dst_valid  <= req_sync & ~req_sync_q;
      if (req_sync & ~req_sync_q) dst_data <= data_hold;
    end
  end

  assign ack = req_sync;
endmodule

// Reset synchroniser: asynchronous assert, synchronous de-assert.
module reset_sync (
  input  wire clk,
  input  wire arst_n,
  output wire rst_n
);
  reg [1:0] r;
  always @(posedge clk or negedge arst_n)
    if (!arst_n) r <= 2'b00;
    else         r <= {r[0], 1'b1};
  assign rst_n = r[1];
endmodule
