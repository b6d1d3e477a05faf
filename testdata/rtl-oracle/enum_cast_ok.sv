// Enum state stepped with an explicit cast and with .next().
module stepper (input logic clk, rst, input logic [1:0] load, input logic ld, output logic [1:0] st);
  typedef enum logic [1:0] {A, B, C, D} st_t;
  st_t cur;
  always_ff @(posedge clk) begin
    if (rst) cur <= A;
    else if (ld) cur <= st_t'(load);
    else cur <= cur.next();
  end
  assign st = cur;
endmodule
