// A function called with one argument too few.
module fcall (input logic [7:0] a, b, output logic [7:0] y);
  function automatic logic [7:0] max2(input logic [7:0] x, input logic [7:0] z);
    return (x > z) ? x : z;
  endfunction
  assign y = max2(a);
endmodule
