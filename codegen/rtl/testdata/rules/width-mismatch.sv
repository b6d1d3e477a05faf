module wm (input logic [15:0] word, input logic [3:0] nib, output logic [7:0] byte_q, out2, out3, out4);
  assign byte_q = word;  // want "rtl/width-mismatch"
  assign out2 = {nib, nib, nib};  // want "rtl/width-mismatch"
  assign out3 = word[7:0];
  assign out4 = nib + 1;
endmodule
