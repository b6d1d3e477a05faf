// Down-counting timer that reloads and flags expiry.
module timer (input logic clk, rst_n, load, input logic [15:0] val, output logic expired);
  logic [15:0] cnt;
  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      cnt <= '0;
      expired <= 1'b0;
    end else if (load) begin
      cnt <= val;
      expired <= 1'b0;
    end else if (cnt != '0) begin
      cnt <= cnt - 16'd1;
      expired <= (cnt == 16'd1);
    end
  end
endmodule
