module cam (input logic [7:0] a, b, output logic [7:0] y, z, w, v, t);
  function automatic logic [7:0] max2(input logic [7:0] x, input logic [7:0] q);
    return (x > q) ? x : q;
  endfunction
  function automatic logic [7:0] sat(input logic [7:0] x, input logic [7:0] lim = 8'd200);
    return (x > lim) ? lim : x;
  endfunction
  function logic [7:0] old_style;
    input [7:0] x;
    input [7:0] q;
    old_style = x & q;
  endfunction
  assign y = max2(a);  // want "rtl/call-argument-mismatch"
  assign z = max2(a, b, 8'd1);  // want "rtl/call-argument-mismatch"
  assign w = sat(.x(a), .limit(b));  // want "rtl/call-argument-mismatch"
  assign v = old_style(a);  // want "rtl/call-argument-mismatch"
  // clean: all arguments, a default left out, named arguments
  assign t = max2(a, b) ^ sat(a) ^ sat(.x(a), .lim(b)) ^ old_style(a, b);
  // arguments left out take their defaults; one without a default cannot be left out
  logic [7:0] s1, s2, s3;
  assign s1 = sat(a, );
  assign s2 = sat(, b);  // want "rtl/call-argument-mismatch: without x"
  assign s3 = sat(a, , b);  // want "rtl/call-argument-mismatch: passes 3"
  // clean: an argument chosen by `ifdef is one argument
  logic [7:0] u;
  assign u = max2(
`ifdef CAM_WIDE
    b,
`else
    8'd0,
`endif
    a);
  // clean: arguments named alone, three of them
  task pulse3(p, q, r);
    $display(p, q, r);
  endtask
  initial pulse3(1'b0, 1'b1, 1'b0);
endmodule
