// Small ALU with an enum opcode.
module alu (input logic [7:0] a, b, input logic [2:0] op, output logic [7:0] y, output logic zero);
  always_comb begin
    case (op)
      3'd0: y = a + b;
      3'd1: y = a - b;
      3'd2: y = a & b;
      3'd3: y = a | b;
      3'd4: y = a ^ b;
      3'd5: y = a << 1;
      3'd6: y = a >> 1;
      default: y = 8'd0;
    endcase
  end
  assign zero = (y == 8'd0);
endmodule
