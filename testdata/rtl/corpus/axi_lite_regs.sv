// AXI4-Lite slave exposing a small register bank.
`include "axi_defs.svh"

module axi_lite_regs #(
  parameter int ADDR_W = 8,
  parameter int DATA_W = 32,
  parameter int NUM_REGS = 8,
  parameter logic [DATA_W-1:0] RESET_VALUES [NUM_REGS] = '{default: '0}
) (
  input  logic                  aclk,
  input  logic                  aresetn,
  // write address channel
  input  logic [ADDR_W-1:0]     s_axi_awaddr,
  input  logic [2:0]            s_axi_awprot,
  input  logic                  s_axi_awvalid,
  output logic                  s_axi_awready,
  // write data channel
  input  logic [DATA_W-1:0]     s_axi_wdata,
  input  logic [DATA_W/8-1:0]   s_axi_wstrb,
  input  logic                  s_axi_wvalid,
  output logic                  s_axi_wready,
  // write response channel
  output logic [1:0]            s_axi_bresp,
  output logic                  s_axi_bvalid,
  input  logic                  s_axi_bready,
  // read address channel
  input  logic [ADDR_W-1:0]     s_axi_araddr,
  input  logic [2:0]            s_axi_arprot,
  input  logic                  s_axi_arvalid,
  output logic                  s_axi_arready,
  // read data channel
  output logic [DATA_W-1:0]     s_axi_rdata,
  output logic [1:0]            s_axi_rresp,
  output logic                  s_axi_rvalid,
  input  logic                  s_axi_rready,
  // register outputs
  output logic [DATA_W-1:0]     regs_o [NUM_REGS],
  input  logic [DATA_W-1:0]     status_i
);
  localparam int ADDR_LSB = $clog2(DATA_W / 8);
  localparam int IDX_W    = $clog2(NUM_REGS);
  localparam logic [1:0] RESP_OKAY   = 2'b00;
  localparam logic [1:0] RESP_SLVERR = 2'b10;

  logic [ADDR_W-1:0] awaddr_q;
  logic              aw_done, w_done;
  logic [DATA_W-1:0] wdata_q;
  logic [DATA_W/8-1:0] wstrb_q;

  logic [IDX_W-1:0] widx, ridx;
  logic             wr_fire;

  assign widx    = awaddr_q[ADDR_LSB +: IDX_W];
  assign ridx    = s_axi_araddr[ADDR_LSB +: IDX_W];
  assign wr_fire = aw_done && w_done && !s_axi_bvalid;

  // write address / data capture
  always_ff @(posedge aclk) begin
    if (!aresetn) begin
      aw_done       <= 1'b0;
      w_done        <= 1'b0;
      s_axi_awready <= 1'b0;
      s_axi_wready  <= 1'b0;
      awaddr_q      <= '0;
      wdata_q       <= '0;
      wstrb_q       <= '0;
    end else begin
      s_axi_awready <= !aw_done && s_axi_awvalid && !s_axi_awready;
      s_axi_wready  <= !w_done && s_axi_wvalid && !s_axi_wready;
      if (s_axi_awvalid && s_axi_awready) begin
        aw_done  <= 1'b1;
        awaddr_q <= s_axi_awaddr;
      end
      if (s_axi_wvalid && s_axi_wready) begin
        w_done  <= 1'b1;
        wdata_q <= s_axi_wdata;
        wstrb_q <= s_axi_wstrb;
      end
      if (wr_fire) begin
        aw_done <= 1'b0;
        w_done  <= 1'b0;
      end
    end
  end

  // register bank with byte strobes
  always_ff @(posedge aclk) begin
    if (!aresetn) begin
      for (int r = 0; r < NUM_REGS; r++) regs_o[r] <= RESET_VALUES[r];
    end else if (wr_fire) begin
      for (int b = 0; b < DATA_W / 8; b++) begin
        if (wstrb_q[b]) regs_o[widx][8*b +: 8] <= wdata_q[8*b +: 8];
      end
    end
  end

  // write response
  always_ff @(posedge aclk) begin
    if (!aresetn) begin
      s_axi_bvalid <= 1'b0;
      s_axi_bresp  <= RESP_OKAY;
    end else if (wr_fire) begin
      s_axi_bvalid <= 1'b1;
      s_axi_bresp  <= (awaddr_q[ADDR_W-1:ADDR_LSB] < NUM_REGS) ? RESP_OKAY : RESP_SLVERR;
    end else if (s_axi_bready) begin
      s_axi_bvalid <= 1'b0;
    end
  end

  // read channel
  always_ff @(posedge aclk) begin
    if (!aresetn) begin
      s_axi_arready <= 1'b0;
      s_axi_rvalid  <= 1'b0;
      s_axi_rdata   <= '0;
      s_axi_rresp   <= RESP_OKAY;
    end else begin
      s_axi_arready <= !s_axi_arready && s_axi_arvalid && !s_axi_rvalid;
      if (s_axi_arvalid && s_axi_arready) begin
        s_axi_rvalid <= 1'b1;
        s_axi_rresp  <= RESP_OKAY;
        priority if (ridx == IDX_W'(NUM_REGS - 1))
          s_axi_rdata <= status_i;
        else
          s_axi_rdata <= regs_o[ridx];
      end else if (s_axi_rvalid && s_axi_rready) begin
        s_axi_rvalid <= 1'b0;
      end
    end
  end

  // unused inputs
  logic unused_ok;
  assign unused_ok = ^{s_axi_awprot, s_axi_arprot, 1'b0};

endmodule
