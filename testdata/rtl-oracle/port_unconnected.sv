// An instance that leaves an output port out (tools accept it).
module cnt_en (input logic clk, rst, en, output logic [3:0] q, output logic wrap);
  always_ff @(posedge clk) q <= rst ? 4'd0 : (en ? q + 4'd1 : q);
  assign wrap = en && (q == 4'hf);
endmodule
module use_cnt (input logic clk, rst, output logic [3:0] q);
  cnt_en u (.clk(clk), .rst(rst), .en(1'b1), .q(q));
endmodule
