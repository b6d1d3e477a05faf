// ALU with a registered output and a generate-built adder
module alu #(parameter int W = 16) (
  input  logic         clk,
  input  logic [2:0]   op,
  input  logic [W-1:0] a, b,
  output logic [W-1:0] y,
  output logic         zero
);
  logic [W-1:0] res;
  logic [W:0]   carry;
  logic [W-1:0] sum;

  assign carry[0] = 1'b0;
  for (genvar i = 0; i < W; i++) begin : g_add
    assign sum[i]     = a[i] ^ b[i] ^ carry[i];
    assign carry[i+1] = (a[i] & b[i]) | (carry[i] & (a[i] ^ b[i]));
  end

  always_comb begin
    res = '0;
    unique case (op)
      3'd0: res = sum;
      3'd1: res = a - b;
      3'd2: res = a & b;
      3'd3: res = a | b;
      3'd4: res = a ^ b;
      3'd5: res = a << b[3:0];
      3'd6: res = a >> b[3:0];
      3'd7: res = {W{1'b0}};
    endcase
  end

  always_ff @(posedge clk) begin
    y    <= res;
    zero <= (res == '0);
  end
endmodule
