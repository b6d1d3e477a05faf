// Two continuous assignments drive one logic variable.
module tal (input logic a, b, output logic y);
  assign y = a;
  assign y = b;
endmodule
