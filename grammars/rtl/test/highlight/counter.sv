`timescale 1ns / 1ps
// <- keyword.directive
`define WIDTH 8
//      ^ constant.macro
module counter #(parameter int N = `WIDTH) (
// <- keyword
//     ^ module
//                             ^ constant
//                                 ^ constant.macro
    input  logic         clk,
//  ^ keyword.modifier
//         ^ type.builtin
//                       ^ variable.parameter
    input  logic         rst_n,
    output logic [N-1:0] q
);
  // Zähler mit synchronem Reset
  // <- comment
  typedef enum logic [1:0] {IDLE, RUN} state_t;
//^ keyword
//                          ^ constant
//                                     ^ type.definition
  always_ff @(posedge clk or negedge rst_n) begin : count
//^ keyword
//            ^ keyword
//                                                  ^ label
    if (!rst_n) q <= '0;
//  ^ keyword.conditional
    else        q <= q + 1'b1;
//  ^ keyword.conditional
//                       ^ number
  end
  assert property (@(posedge clk) q != 0 |-> ##1 q != 0)
//^ keyword
    else $error("stuck at zero");
//       ^ function.builtin
//              ^ string
endmodule
// <- keyword
