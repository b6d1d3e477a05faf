module undrv (input logic a, output logic y, output logic z);  // want "rtl/undriven-output"
  assign y = a;
endmodule

// clean: a black-box stub
module stub (input logic a, output logic y);
endmodule

// clean: an output driven by an instance
module drv_by_inst (input logic a, output logic y);
  buf_cell u_buf (.i(a), .o(y));
endmodule

module buf_cell (input logic i, output logic o);
  assign o = i;
endmodule
