// Sum-of-products from a Karnaugh map.
module kmap (input a, b, c, d, output out);
  assign out = (~a & ~b & ~c) | (~a & c & d) | (a & b & c) | (a & ~b & ~d);
endmodule
