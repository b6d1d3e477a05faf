// Configuration-dependent RTL guarded by preprocessor conditionals.
`ifndef CONFIG_SVH
`define CONFIG_SVH

`define DATA_WIDTH      32
`define ADDR_WIDTH      16
`define HAS_ECC
`define RESET_ACTIVE    1'b0
`define MAX(a, b)       (((a) > (b)) ? (a) : (b))
`define REG_RESET(clk, rst, q, d, rv) \
  always_ff @(posedge clk or negedge rst) \
    if (!rst) q <= rv; else q <= d;

`endif // CONFIG_SVH

`ifdef USE_ASYNC_RESET
  `define RST_EDGE or negedge rst_n
`else
  `define RST_EDGE
`endif

module config_mem #(
  parameter int DW = `DATA_WIDTH,
  parameter int AW = `ADDR_WIDTH,
  parameter int EW = `MAX(7, $clog2(`DATA_WIDTH) + 2)
) (
  input  logic          clk,
  input  logic          rst_n,
  input  logic          we,
  input  logic [AW-1:0] addr,
  input  logic [DW-1:0] wdata,
`ifdef HAS_ECC
  output logic          ecc_err,
`endif
  output logic [DW-1:0] rdata
);

`ifdef HAS_ECC
  logic [DW+EW-1:0] mem [2**AW];
  logic [EW-1:0]    syndrome;
`else
  logic [DW-1:0]    mem [2**AW];
`endif

  logic [DW-1:0] rdata_q;

  always_ff @(posedge clk `RST_EDGE) begin
    if (rst_n == `RESET_ACTIVE) begin
      rdata_q <= '0;
    end else begin
`ifdef HAS_ECC
      if (we) mem[addr] <= {ecc_encode(wdata), wdata};
      rdata_q  <= mem[addr][DW-1:0];
      syndrome <= mem[addr][DW+EW-1:DW] ^ ecc_encode(mem[addr][DW-1:0]);
`else
      if (we) mem[addr] <= wdata;
      rdata_q <= mem[addr];
`endif
    end
  end

`ifdef HAS_ECC
  function automatic logic [EW-1:0] ecc_encode(input logic [DW-1:0] d);
    logic [EW-1:0] e;
    e = '0;
    for (int i = 0; i < DW; i++)
      if (d[i]) e ^= EW'(i + 1);
    return e;
  endfunction

  assign ecc_err = |syndrome;
`endif

  assign rdata = rdata_q;

`ifdef SIMULATION
  initial begin
    $display("config_mem: DW=%0d AW=%0d", DW, AW);
  `ifdef HAS_ECC
    $display("  ECC enabled, %0d check bits", EW);
  `endif
  end
`elsif FORMAL
  always @(posedge clk) assume (!(we && $isunknown(addr)));
`else
  // nothing in synthesis
`endif

endmodule

`undef RST_EDGE

module macro_user (
  input  logic clk,
  input  logic rst_n,
  input  logic [`DATA_WIDTH-1:0] d,
  output logic [`DATA_WIDTH-1:0] q
);
  `REG_RESET(clk, rst_n, q, d, '0)
  localparam int BIGGER = `MAX(`DATA_WIDTH, 64);
  logic [BIGGER-1:0] wide;
  assign wide = {{(BIGGER-`DATA_WIDTH){1'b0}}, q};
endmodule
