// Simple descriptor-based DMA engine and a packet header parser.
package dma_pkg;
  localparam int ADDR_W = 32;
  localparam int LEN_W  = 16;

  typedef struct packed {
    logic [ADDR_W-1:0] src;
    logic [ADDR_W-1:0] dst;
    logic [LEN_W-1:0]  len;
    logic              irq_on_done;
    logic              last;
  } desc_t;

  typedef enum logic [2:0] {
    D_IDLE, D_FETCH, D_READ, D_WRITE, D_NEXT, D_DONE, D_ERROR
  } dma_state_e;
endpackage

module dma_engine
  import dma_pkg::*;
#(
  parameter int BEAT_BYTES = 4,
  parameter int MAX_BURST  = 16
) (
  input  logic              clk,
  input  logic              rst_n,
  // control
  input  logic              start,
  input  logic [ADDR_W-1:0] desc_ptr,
  output logic              busy,
  output logic              irq,
  output logic              error,
  // memory read port
  output logic              rd_req,
  output logic [ADDR_W-1:0] rd_addr,
  input  logic              rd_gnt,
  input  logic              rd_valid,
  input  logic [8*BEAT_BYTES-1:0] rd_data,
  input  logic              rd_err,
  // memory write port
  output logic              wr_req,
  output logic [ADDR_W-1:0] wr_addr,
  output logic [8*BEAT_BYTES-1:0] wr_data,
  input  logic              wr_gnt
);
  localparam int DESC_BEATS = ($bits(desc_t) + 8*BEAT_BYTES - 1) / (8*BEAT_BYTES);

  dma_state_e state;
  desc_t      desc;
  logic [$bits(desc_t)-1:0] desc_bits;
  logic [$clog2(DESC_BEATS+1)-1:0] desc_beat;
  logic [ADDR_W-1:0] next_ptr;
  logic [LEN_W-1:0]  remaining;
  logic [8*BEAT_BYTES-1:0] buffer;
  logic              buffer_full;

  assign busy = (state != D_IDLE);
  assign desc = desc_t'(desc_bits);

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      state       <= D_IDLE;
      desc_bits   <= '0;
      desc_beat   <= '0;
      next_ptr    <= '0;
      remaining   <= '0;
      buffer      <= '0;
      buffer_full <= 1'b0;
      irq         <= 1'b0;
      error       <= 1'b0;
      rd_req      <= 1'b0;
      wr_req      <= 1'b0;
      rd_addr     <= '0;
      wr_addr     <= '0;
      wr_data     <= '0;
    end else begin
      irq <= 1'b0;
      unique case (state)
        D_IDLE: begin
          if (start) begin
            next_ptr  <= desc_ptr;
            desc_beat <= '0;
            error     <= 1'b0;
            state     <= D_FETCH;
          end
        end

        D_FETCH: begin
          rd_req  <= 1'b1;
          rd_addr <= next_ptr + ADDR_W'(desc_beat * BEAT_BYTES);
          if (rd_valid) begin
            desc_bits <= {rd_data, desc_bits[$bits(desc_t)-1:8*BEAT_BYTES]};
            desc_beat <= desc_beat + 1'b1;
            if (desc_beat == DESC_BEATS - 1) begin
              rd_req <= 1'b0;
              state  <= D_READ;
            end
          end
          if (rd_err) state <= D_ERROR;
        end

        D_READ: begin
          if (!buffer_full) begin
            rd_req  <= 1'b1;
            rd_addr <= desc.src + ADDR_W'(desc.len - remaining);
            if (rd_valid) begin
              rd_req      <= 1'b0;
              buffer      <= rd_data;
              buffer_full <= 1'b1;
              state       <= D_WRITE;
            end
          end
          if (remaining == '0 && desc.len != '0) remaining <= desc.len;
        end

        D_WRITE: begin
          wr_req  <= 1'b1;
          wr_addr <= desc.dst + ADDR_W'(desc.len - remaining);
          wr_data <= buffer;
          if (wr_gnt) begin
            wr_req      <= 1'b0;
            buffer_full <= 1'b0;
            remaining   <= (remaining > BEAT_BYTES) ? remaining - BEAT_BYTES : '0;
            state       <= (remaining > BEAT_BYTES) ? D_READ : D_NEXT;
          end
        end

        D_NEXT: begin
          if (desc.irq_on_done) irq <= 1'b1;
          if (desc.last) state <= D_DONE;
          else begin
            next_ptr  <= next_ptr + ADDR_W'(DESC_BEATS * BEAT_BYTES);
            desc_beat <= '0;
            state     <= D_FETCH;
          end
        end

        D_DONE:  state <= D_IDLE;

        D_ERROR: begin
          rd_req <= 1'b0;
          wr_req <= 1'b0;
          error  <= 1'b1;
          irq    <= 1'b1;
          state  <= D_IDLE;
        end
      endcase
    end
  end

  // unused grant on the read side (pipelined memory)
  wire unused_rd_gnt = rd_gnt;
endmodule

// Ethernet/IPv4 header field extractor working on a 64-bit stream.
module pkt_header_parser (
  input  logic        clk,
  input  logic        rst_n,
  input  logic        s_valid,
  input  logic [63:0] s_data,
  input  logic        s_last,
  output logic        s_ready,
  output logic        hdr_valid,
  output logic [47:0] dst_mac,
  output logic [47:0] src_mac,
  output logic [15:0] ethertype,
  output logic [31:0] src_ip,
  output logic [31:0] dst_ip,
  output logic [7:0]  ip_proto,
  output logic        is_ipv4
);
  localparam logic [15:0] ETH_IPV4 = 16'h0800;
  localparam logic [15:0] ETH_VLAN = 16'h8100;

  logic [2:0] beat;
  logic       in_packet;
  logic       vlan;

  assign s_ready = 1'b1;
  assign is_ipv4 = (ethertype == ETH_IPV4);

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      beat      <= '0;
      in_packet <= 1'b0;
      vlan      <= 1'b0;
      hdr_valid <= 1'b0;
      {dst_mac, src_mac, ethertype, src_ip, dst_ip, ip_proto} <= '0;
    end else begin
      hdr_valid <= 1'b0;
      if (s_valid && s_ready) begin
        beat <= s_last ? 3'd0 : (beat == 3'd7 ? beat : beat + 3'd1);
        case (beat)
          3'd0: begin
            dst_mac       <= s_data[63:16];
            src_mac[47:32] <= s_data[15:0];
          end
          3'd1: begin
            src_mac[31:0] <= s_data[63:32];
            ethertype     <= s_data[31:16];
            vlan          <= (s_data[31:16] == ETH_VLAN);
          end
          3'd2: begin
            if (vlan) ethertype <= s_data[63:48];
            else      ip_proto  <= s_data[7:0];
          end
          3'd3: begin
            if (vlan) ip_proto <= s_data[39:32];
            else begin
              src_ip[31:16] <= s_data[15:0];
            end
            if (!vlan) begin
              src_ip[31:16] <= s_data[15:0];
            end
          end
          3'd4: begin
            if (vlan) begin
              src_ip <= s_data[47:16];
              dst_ip[31:16] <= s_data[15:0];
            end else begin
              src_ip[15:0] <= s_data[63:48];
              dst_ip       <= s_data[47:16];
              hdr_valid    <= 1'b1;
            end
          end
          3'd5: if (vlan) begin
            dst_ip[15:0] <= s_data[63:48];
            hdr_valid    <= 1'b1;
          end
          default: ;
        endcase
        in_packet <= !s_last;
      end
    end
  end

  // Sanity: a header is only reported inside a packet.
  a_hdr_in_pkt: assert property (@(posedge clk) disable iff (!rst_n)
                                 hdr_valid |-> $past(in_packet) || $past(s_valid))
    else $error("header reported outside a packet");
endmodule
