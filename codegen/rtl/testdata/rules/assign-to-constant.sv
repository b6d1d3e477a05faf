module a2c (input logic clk, input logic [7:0] v, output logic over);
  parameter int MAX = 100;
  localparam int MIN = 2;
  typedef enum logic {OFF, ON} pwr_t;
  pwr_t pwr;
  always_ff @(posedge clk) begin
    if (v > MAX) MAX = v;  // want "rtl/assign-to-constant"
    over <= v > MAX;
    pwr <= ON;
  end
  assign MIN = 3;  // want "rtl/assign-to-constant"
  always_comb ON = 1'b1;  // want "rtl/assign-to-constant"
endmodule
