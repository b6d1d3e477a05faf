// SPI master, mode 0..3, Verilog-2001 with ANSI ports.
`timescale 1ns/1ps

module spi_master #(
  parameter integer DATA_BITS = 8,
  parameter integer CLK_DIV   = 4   // SCLK = clk / (2*CLK_DIV)
) (
  input  wire                 clk,
  input  wire                 rst,
  input  wire                 cpol,
  input  wire                 cpha,
  input  wire                 start,
  input  wire [DATA_BITS-1:0] tx_data,
  output reg  [DATA_BITS-1:0] rx_data,
  output reg                  busy,
  output reg                  done,
  output reg                  sclk,
  output reg                  mosi,
  input  wire                 miso,
  output reg                  cs_n
);

  localparam DIV_W = (CLK_DIV < 2) ? 1 : $clog2(CLK_DIV);
  localparam CNT_W = $clog2(DATA_BITS + 1);

  reg [DIV_W-1:0]     div_cnt;
  reg [CNT_W-1:0]     bit_cnt;
  reg [DATA_BITS-1:0] tx_shift;
  reg [DATA_BITS-1:0] rx_shift;
  reg                 edge_toggle;

  wire div_tick  = (div_cnt == CLK_DIV - 1);
  wire lead_edge = div_tick & ~edge_toggle;
  wire trail_edge = div_tick & edge_toggle;
  wire sample_edge = cpha ? trail_edge : lead_edge;
  wire shift_edge  = cpha ? lead_edge  : trail_edge;

  always @(posedge clk) begin
    if (rst) begin
      div_cnt     <= {DIV_W{1'b0}};
      bit_cnt     <= {CNT_W{1'b0}};
      tx_shift    <= {DATA_BITS{1'b0}};
      rx_shift    <= {DATA_BITS{1'b0}};
      rx_data     <= {DATA_BITS{1'b0}};
      edge_toggle <= 1'b0;
      busy        <= 1'b0;
      done        <= 1'b0;
      sclk        <= 1'b0;
      mosi        <= 1'b0;
      cs_n        <= 1'b1;
    end else begin
      done <= 1'b0;
      if (!busy) begin
        sclk <= cpol;
        if (start) begin
          busy        <= 1'b1;
          cs_n        <= 1'b0;
          tx_shift    <= tx_data;
          bit_cnt     <= DATA_BITS[CNT_W-1:0];
          div_cnt     <= 0;
          edge_toggle <= 1'b0;
          if (!cpha) mosi <= tx_data[DATA_BITS-1];
        end
      end else begin
        div_cnt <= div_tick ? {DIV_W{1'b0}} : div_cnt + 1'b1;
        if (div_tick) begin
          edge_toggle <= ~edge_toggle;
          sclk        <= ~sclk;
        end
        if (sample_edge) begin
          rx_shift <= {rx_shift[DATA_BITS-2:0], miso};
          bit_cnt  <= bit_cnt - 1'b1;
        end
        if (shift_edge) begin
          if (cpha) begin
            mosi     <= tx_shift[DATA_BITS-1];
            tx_shift <= tx_shift << 1;
          end else if (bit_cnt != 0) begin
            tx_shift <= tx_shift << 1;
            mosi     <= tx_shift[DATA_BITS-2];
          end
        end
        if (bit_cnt == 0 && trail_edge) begin
          busy    <= 1'b0;
          done    <= 1'b1;
          cs_n    <= 1'b1;
          rx_data <= rx_shift;
        end
      end
    end
  end

endmodule

// Simple SPI slave register, Verilog-1995 style header.
module spi_slave_reg (sclk, cs_n, mosi, miso, reg_out);
  parameter WIDTH = 16;
  input              sclk;
  input              cs_n;
  input              mosi;
  output             miso;
  output [WIDTH-1:0] reg_out;

  reg [WIDTH-1:0] shift;
  reg [WIDTH-1:0] reg_out;
  integer         nbits;

  assign miso = shift[WIDTH-1];

  always @(posedge sclk or posedge cs_n) begin
    if (cs_n) begin
      if (nbits == WIDTH) reg_out <= shift;
      nbits <= 0;
    end else begin
      shift <= {shift[WIDTH-2:0], mosi};
      nbits <= nbits + 1;
    end
  end
endmodule
