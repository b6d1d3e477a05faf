// VGA/DVI video timing generator (Verilog-2001).
module vga_timing #(
  parameter H_ACTIVE = 640,
  parameter H_FP     = 16,
  parameter H_SYNC   = 96,
  parameter H_BP     = 48,
  parameter V_ACTIVE = 480,
  parameter V_FP     = 10,
  parameter V_SYNC   = 2,
  parameter V_BP     = 33,
  parameter SYNC_POL = 1'b0
) (
  input  wire        pclk,
  input  wire        rst,
  output reg         hsync,
  output reg         vsync,
  output reg         de,
  output reg  [11:0] x,
  output reg  [11:0] y,
  output wire        frame_start
);
  localparam H_TOTAL = H_ACTIVE + H_FP + H_SYNC + H_BP;
  localparam V_TOTAL = V_ACTIVE + V_FP + V_SYNC + V_BP;

  reg [11:0] hcnt;
  reg [11:0] vcnt;

  wire h_end = (hcnt == H_TOTAL - 1);
  wire v_end = (vcnt == V_TOTAL - 1);

  always @(posedge pclk) begin
    if (rst) begin
      hcnt <= 12'd0;
      vcnt <= 12'd0;
    end else begin
      hcnt <= h_end ? 12'd0 : hcnt + 12'd1;
      if (h_end)
        vcnt <= v_end ? 12'd0 : vcnt + 12'd1;
    end
  end

  always @(posedge pclk) begin
    hsync <= ((hcnt >= H_ACTIVE + H_FP) && (hcnt < H_ACTIVE + H_FP + H_SYNC)) ? SYNC_POL : ~SYNC_POL;
    vsync <= ((vcnt >= V_ACTIVE + V_FP) && (vcnt < V_ACTIVE + V_FP + V_SYNC)) ? SYNC_POL : ~SYNC_POL;
    de    <= (hcnt < H_ACTIVE) && (vcnt < V_ACTIVE);
    x     <= hcnt;
    y     <= vcnt;
  end

  assign frame_start = (hcnt == 0) && (vcnt == 0);
endmodule

// Colour-bar test pattern using the timing generator.
module vga_pattern (
  input  wire       pclk,
  input  wire       rst,
  output wire       hsync,
  output wire       vsync,
  output reg  [7:0] r,
  output reg  [7:0] g,
  output reg  [7:0] b
);
  wire        de;
  wire [11:0] x, y;
  wire        fs;
  reg  [7:0]  frame;

  vga_timing #(
    .H_ACTIVE(640), .H_FP(16), .H_SYNC(96), .H_BP(48),
    .V_ACTIVE(480), .V_FP(10), .V_SYNC(2),  .V_BP(33)
  ) timing (
    .pclk(pclk), .rst(rst), .hsync(hsync), .vsync(vsync),
    .de(de), .x(x), .y(y), .frame_start(fs)
  );

  always @(posedge pclk)
    if (rst) frame <= 8'd0;
    else if (fs) frame <= frame + 8'd1;

  always @(*) begin
    {r, g, b} = 24'h000000;
    if (de) begin
      case (x[9:7])
        3'd0: {r, g, b} = 24'hFFFFFF;
        3'd1: {r, g, b} = 24'hFFFF00;
        3'd2: {r, g, b} = 24'h00FFFF;
        3'd3: {r, g, b} = 24'h00FF00;
        3'd4: {r, g, b} = 24'hFF00FF;
        3'd5: {r, g, b} = {8'hFF, 8'h00, frame};
        default: begin
          r = x[7:0] ^ y[7:0];
          g = y[7:0];
          b = x[7:0] + frame;
        end
      endcase
    end
  end
endmodule
