module ru_tb;
  logic [7:0] a, b;
  int ok;
  initial begin
    std::randomize(a);  // want "rtl/randomize-unchecked"
    std::randomize(a, b) with { a < b; };  // want "rtl/randomize-unchecked"
    void'(std::randomize(b));
    if (!std::randomize(a)) $fatal(1, "randomize failed");
    ok = std::randomize(b);
    assert (std::randomize(a) with { a > 8'd3; });
  end
endmodule
