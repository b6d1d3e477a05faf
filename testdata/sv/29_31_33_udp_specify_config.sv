// IEEE 1800-2017 clauses 29 (UDPs), 30/31 (specify blocks), 33 (configurations)
primitive mux2 (y, sel, a, b);
  output y;
  input sel, a, b;
  table
  // sel a b : y
     0   0 ? : 0;
     0   1 ? : 1;
     1   ? 0 : 0;
     1   ? 1 : 1;
     x   0 0 : 0;
     x   1 1 : 1;
  endtable
endprimitive

primitive dff_udp (output reg q = 1'b0, input d, clk, rst);
  table
  // d clk  rst : q : q+
     ?  ?    1  : ? : 0;
     0  r    0  : ? : 0;
     1  r    0  : ? : 1;
     ?  f    0  : ? : -;
     *  ?    0  : ? : -;
     ? (01)  0  : ? : -;
     ?  ?  (10) : ? : -;
  endtable
endprimitive

primitive latch_udp (q, d, en);
  output q;
  reg q;
  input d, en;
  initial q = 0;
  table
    1 1 : ? : 1;
    0 1 : ? : 0;
    ? 0 : ? : -;
  endtable
endprimitive

module timed_cell (input a, b, clk, d, output y, q);
  specify
    specparam tRise = 1.2, tFall = 1.5;
    specparam tSetup = 0.5:0.6:0.7, tHold = 0.2;
    (a => y) = (tRise, tFall);
    (b *> y) = 2;
    (a, b *> y) = (1:2:3, 2:3:4);
    if (a) (b => y) = 1;
    ifnone (b => y) = 2;
    (posedge clk => (q +: d)) = (3, 2);
    (a +=> y) = 1;
    $setup(d, posedge clk, tSetup);
    $hold(posedge clk, d, tHold);
    $setuphold(posedge clk, d, tSetup, tHold, notifier);
    $width(negedge clk, 2);
    $period(posedge clk &&& a, 10);
    $recovery(posedge b, posedge clk, 1);
    $skew(posedge clk, edge [01, 10] d, 1);
    pulsestyle_onevent y;
    showcancelled y;
  endspecify
  reg notifier;
  mux2 u_mux (y, a, b, d);
  dff_udp u_ff (q, d, clk, a);
endmodule

config cfg_rtl;
  design rtl_lib.top;
  default liblist rtl_lib gate_lib;
  instance top.u_core liblist gate_lib;
  instance top.u_mem use mem_lib.sram_model;
  cell mux2 use gate_lib.mux2_fast;
  cell timed_cell liblist cell_lib;
endconfig
