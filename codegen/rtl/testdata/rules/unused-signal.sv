module unused (input logic clk, input logic [7:0] d, output logic [7:0] q);
  logic [7:0] data_q;  // want "rtl/unused-signal"
  logic [7:0] unused_spare;
  always_ff @(posedge clk) begin
    data_q <= d;
    q <= d;
    unused_spare <= d;
  end
endmodule
