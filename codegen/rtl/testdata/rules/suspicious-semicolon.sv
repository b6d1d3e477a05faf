module ss (input logic clk, load, en, input logic [7:0] d, output logic [7:0] q, r, s);
  always_ff @(posedge clk)
    if (load);  // want "rtl/suspicious-semicolon"
  always_ff @(posedge clk) begin
    if (en) r <= d;
    else;  // want "rtl/suspicious-semicolon"
  end
  integer i;
  always_comb begin
    s = '0;
    for (i = 0; i < 8; i++);  // want "rtl/suspicious-semicolon"
  end
  // clean: an empty case item says "nothing" on purpose
  always_ff @(posedge clk)
    case (d[1:0])
      2'b00: ;
      default: q <= d;
    endcase
endmodule
