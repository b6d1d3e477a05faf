// Synchronous FIFO with first-word fall-through option and occupancy count.
module sync_fifo #(
  parameter int  DATA_W = 32,
  parameter int  DEPTH  = 16,
  parameter bit  FWFT   = 1'b0,
  localparam int AW     = $clog2(DEPTH)
) (
  input  logic              clk,
  input  logic              rst_n,
  input  logic              flush,
  // write side
  input  logic              wr_en,
  input  logic [DATA_W-1:0] wr_data,
  output logic              full,
  output logic              almost_full,
  // read side
  input  logic              rd_en,
  output logic [DATA_W-1:0] rd_data,
  output logic              empty,
  output logic [AW:0]       count
);

  logic [DATA_W-1:0] mem [DEPTH];
  logic [AW-1:0]     wr_ptr, rd_ptr;
  logic              do_write, do_read;

  assign do_write = wr_en && !full;
  assign do_read  = rd_en && !empty;

  assign full        = (count == DEPTH[AW:0]);
  assign almost_full = (count >= DEPTH[AW:0] - 2);
  assign empty       = (count == '0);

  always_ff @(posedge clk) begin
    if (do_write) mem[wr_ptr] <= wr_data;
  end

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      wr_ptr <= '0;
      rd_ptr <= '0;
      count  <= '0;
    end else if (flush) begin
      wr_ptr <= '0;
      rd_ptr <= '0;
      count  <= '0;
    end else begin
      if (do_write) wr_ptr <= (wr_ptr == AW'(DEPTH - 1)) ? '0 : wr_ptr + 1'b1;
      if (do_read)  rd_ptr <= (rd_ptr == AW'(DEPTH - 1)) ? '0 : rd_ptr + 1'b1;
      unique case ({do_write, do_read})
        2'b10:   count <= count + 1'b1;
        2'b01:   count <= count - 1'b1;
        default: count <= count;
      endcase
    end
  end

  generate
    if (FWFT) begin : g_fwft
      assign rd_data = mem[rd_ptr];
    end else begin : g_registered
      always_ff @(posedge clk) begin
        if (do_read) rd_data <= mem[rd_ptr];
      end
    end
  endgenerate

`ifndef SYNTHESIS
  // Simulation-only checks
  always @(posedge clk) begin
    if (rst_n) begin
      assert (!(wr_en && full)) else $warning("%m: write while full");
      assert (!(rd_en && empty)) else $warning("%m: read while empty");
    end
  end

  property p_no_overflow;
    @(posedge clk) disable iff (!rst_n) full |-> !do_write;
  endproperty
  a_no_overflow: assert property (p_no_overflow);
  a_count_bound: assert property (@(posedge clk) disable iff (!rst_n) count <= DEPTH)
    else $error("count out of range: %0d", count);
`endif

endmodule

// Asynchronous (dual-clock) FIFO with Gray-coded pointers.
module async_fifo #(
  parameter DSIZE = 8,
  parameter ASIZE = 4
) (
  output wire [DSIZE-1:0] rdata,
  output reg              wfull,
  output reg              rempty,
  input  wire [DSIZE-1:0] wdata,
  input  wire             winc, wclk, wrst_n,
  input  wire             rinc, rclk, rrst_n
);
  reg  [ASIZE:0]   wbin, wgray, rbin, rgray;
  reg  [ASIZE:0]   wq1_rgray, wq2_rgray, rq1_wgray, rq2_wgray;
  wire [ASIZE:0]   wbinnext, wgraynext, rbinnext, rgraynext;
  wire [ASIZE-1:0] waddr, raddr;
  wire             wfull_val, rempty_val;

  reg [DSIZE-1:0] mem [0:(1<<ASIZE)-1];

  // dual-port memory
  assign rdata = mem[raddr];
  always @(posedge wclk)
    if (winc && !wfull) mem[waddr] <= wdata;

  // synchronise read pointer into write domain
  always @(posedge wclk or negedge wrst_n)
    if (!wrst_n) {wq2_rgray, wq1_rgray} <= 0;
    else         {wq2_rgray, wq1_rgray} <= {wq1_rgray, rgray};

  // synchronise write pointer into read domain
  always @(posedge rclk or negedge rrst_n)
    if (!rrst_n) {rq2_wgray, rq1_wgray} <= 0;
    else         {rq2_wgray, rq1_wgray} <= {rq1_wgray, wgray};

  // read pointer and empty flag
  always @(posedge rclk or negedge rrst_n)
    if (!rrst_n) {rbin, rgray} <= 0;
    else         {rbin, rgray} <= {rbinnext, rgraynext};

  assign raddr      = rbin[ASIZE-1:0];
  assign rbinnext   = rbin + (rinc & ~rempty);
  assign rgraynext  = (rbinnext >> 1) ^ rbinnext;
  assign rempty_val = (rgraynext == rq2_wgray);

  always @(posedge rclk or negedge rrst_n)
    if (!rrst_n) rempty <= 1'b1;
    else         rempty <= rempty_val;

  // write pointer and full flag
  always @(posedge wclk or negedge wrst_n)
    if (!wrst_n) {wbin, wgray} <= 0;
    else         {wbin, wgray} <= {wbinnext, wgraynext};

  assign waddr     = wbin[ASIZE-1:0];
  assign wbinnext  = wbin + (winc & ~wfull);
  assign wgraynext = (wbinnext >> 1) ^ wbinnext;
  assign wfull_val = (wgraynext == {~wq2_rgray[ASIZE:ASIZE-1], wq2_rgray[ASIZE-2:0]});

  always @(posedge wclk or negedge wrst_n)
    if (!wrst_n) wfull <= 1'b0;
    else         wfull <= wfull_val;
endmodule
