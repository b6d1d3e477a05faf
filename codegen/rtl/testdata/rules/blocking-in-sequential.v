module blk_seq (input clk, input rst, input [7:0] d, output reg [7:0] count, output reg [7:0] q,
                output reg tick);
  always @(posedge clk)
    count = count + 1;  // want "rtl/blocking-in-sequential"

  // clean: non-blocking, and a temporary written before it is read
  reg [7:0] t;
  always @(posedge clk) begin
    t = d + 8'd1;
    q <= t;
  end

  // a register reset with "=": the reset branch comes first in the text, but the count is
  // read in the other branch, where nothing wrote it in this pass: state, not a temporary
  reg [3:0] cnt;
  always @(posedge clk) begin
    if (rst)
      cnt = 4'd0;  // want "rtl/blocking-in-sequential"
    else if (cnt == 4'd9) begin
      cnt <= 4'd0;
      tick <= 1'b1;
    end else begin
      cnt <= cnt + 4'd1;
      tick <= 1'b0;
    end
  end

  // a register written only with "=", first inside an if: it keeps its value between
  // passes where the if does not run
  reg [7:0] hold;
  always @(posedge clk) begin
    if (d[0])
      hold = d;  // want "rtl/blocking-in-sequential"
    q <= hold;
  end
endmodule
