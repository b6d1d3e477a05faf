// Interfaces with modports and a producer/consumer pair connected through them.
interface stream_if #(
  parameter int DATA_W = 32,
  parameter int USER_W = 1
) (
  input logic clk,
  input logic rst_n
);
  logic              valid;
  logic              ready;
  logic [DATA_W-1:0] data;
  logic [USER_W-1:0] user;
  logic              last;

  modport source (output valid, data, user, last, input ready, clk, rst_n);
  modport sink   (input valid, data, user, last, clk, rst_n, output ready);
  modport monitor (input valid, ready, data, user, last, clk, rst_n);

  function automatic logic handshake();
    return valid && ready;
  endfunction

`ifndef SYNTHESIS
  // protocol check: data must stay stable while valid and not ready
  property p_stable;
    @(posedge clk) disable iff (!rst_n)
      valid && !ready |=> valid && $stable(data);
  endproperty
  assert property (p_stable) else $error("stream_if: data changed while stalled");
`endif
endinterface : stream_if

interface apb_if #(parameter int AW = 12, parameter int DW = 32);
  logic          psel;
  logic          penable;
  logic          pwrite;
  logic [AW-1:0] paddr;
  logic [DW-1:0] pwdata;
  logic [DW-1:0] prdata;
  logic          pready;
  logic          pslverr;

  modport master (output psel, penable, pwrite, paddr, pwdata,
                  input  prdata, pready, pslverr);
  modport slave  (input  psel, penable, pwrite, paddr, pwdata,
                  output prdata, pready, pslverr);
endinterface

module stream_counter_source #(parameter int N = 16) (stream_if.source out);
  logic [$bits(out.data)-1:0] value;
  logic [$clog2(N)-1:0]       beat;

  always_ff @(posedge out.clk or negedge out.rst_n) begin
    if (!out.rst_n) begin
      value     <= '0;
      beat      <= '0;
      out.valid <= 1'b0;
    end else begin
      if (!out.valid || out.ready) begin
        out.valid <= 1'b1;
        out.data  <= value;
        out.user  <= '0;
        out.last  <= (beat == N - 1);
        value     <= value + 1;
        beat      <= (beat == N - 1) ? '0 : beat + 1'b1;
      end
    end
  end
endmodule

module stream_register_slice (
  stream_if.sink   s,
  stream_if.source m
);
  logic full;

  assign s.ready = !full || m.ready;

  always_ff @(posedge s.clk or negedge s.rst_n) begin
    if (!s.rst_n) begin
      full    <= 1'b0;
      m.valid <= 1'b0;
    end else if (s.ready) begin
      full    <= s.valid;
      m.valid <= s.valid;
      m.data  <= s.data;
      m.user  <= s.user;
      m.last  <= s.last;
    end
  end
endmodule

module apb_gpio (
  input  logic clk,
  input  logic rst_n,
  apb_if.slave bus,
  output logic [31:0] gpio_out,
  input  logic [31:0] gpio_in
);
  logic [31:0] dir;

  assign bus.pready  = 1'b1;
  assign bus.pslverr = 1'b0;

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      gpio_out <= '0;
      dir      <= '0;
    end else if (bus.psel && bus.penable && bus.pwrite) begin
      case (bus.paddr[3:2])
        2'd0: gpio_out <= bus.pwdata;
        2'd1: dir      <= bus.pwdata;
        default: ;
      endcase
    end
  end

  always_comb begin
    bus.prdata = '0;
    case (bus.paddr[3:2])
      2'd0: bus.prdata = gpio_out;
      2'd1: bus.prdata = dir;
      2'd2: bus.prdata = gpio_in & ~dir;
      default: bus.prdata = 32'hDEAD_BEEF;
    endcase
  end
endmodule

module stream_top (
  input logic clk,
  input logic rst_n
);
  stream_if #(.DATA_W(16)) a_if (.clk(clk), .rst_n(rst_n));
  stream_if #(.DATA_W(16)) b_if (.*);

  stream_counter_source #(.N(8)) u_src (.out(a_if.source));
  stream_register_slice u_slice (.s(a_if), .m(b_if));

  assign b_if.ready = 1'b1;
endmodule
