module pan (input clk, input valid, output ready, output reg done);
  wire busy;
  always @(posedge clk) busy <= valid;  // want "rtl/procedural-assign-to-net"
  always @(posedge clk) ready <= busy;  // want "rtl/procedural-assign-to-net"
  always @(posedge clk) done <= busy;
endmodule

// clean: non-ANSI output made a reg
module pan_ok (clk, d, q);
  input clk;
  input d;
  output q;
  reg q;
  always @(posedge clk) q <= d;
endmodule

// clean: a task's and a function's arguments are variables, typed or not
module pan_task (input clk, input [7:0] bus, output reg [7:0] q);
  task read_word(output [7:0] r_data, input [3:0] addr);
    begin
      r_data[7:4] = bus[7:4];
      r_data[3:0] = addr;
    end
  endtask
  function [7:0] twice(input [7:0] v);
    begin
      v = v << 1;
      twice = v;
    end
  endfunction
  always @(posedge clk) q <= twice(bus);
endmodule

// a net only with a macro defined, a variable without it: the write is wrong only in the
// build that defines the macro (a warning); a net under the write's own `ifdef stays an
// error
module pan_cfg (input clk, input d, output q);
`ifdef PAN_FAST_MODEL
  wire mode;
`else
  reg mode;
`endif
  always @(posedge clk) mode <= d;  // want "rtl/procedural-assign-to-net"
`ifdef PAN_FAST_MODEL
  wire hold;
  always @(posedge clk) hold <= d;  // want "rtl/procedural-assign-to-net"
`endif
  assign q = mode;
endmodule
