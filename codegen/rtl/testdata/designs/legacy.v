// Verilog-95 style: non-ANSI ports, explicit sensitivity, gate primitives, a function
module legacy_mux (sel, a, b, c, d, y, en, t);
  input  [1:0] sel;
  input  [3:0] a, b, c, d;
  output [3:0] y;
  input  en;
  output t;
  reg [3:0] y;
  wire n1;

  function [3:0] rev;
    input [3:0] x;
    begin
      rev = {x[0], x[1], x[2], x[3]};
    end
  endfunction

  always @(sel or a or b or c or d)
    case (sel)
      2'b00: y = a;
      2'b01: y = b;
      2'b10: y = c;
      default: y = rev(d);
    endcase

  and g1 (n1, en, a[0]);
  bufif1 g2 (t, n1, en);
endmodule
