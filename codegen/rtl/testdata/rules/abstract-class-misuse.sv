class shape;
  pure virtual function real area();  // want "rtl/abstract-class-misuse"
endclass

virtual class base;
  pure virtual function void run();
endclass

class impl extends base;
  virtual function void run();
  endfunction
endclass

module acm_tb;
  base b;
  impl i;
  initial begin
    b = new;  // want "rtl/abstract-class-misuse"
    i = new;
    b = i;
  end
endmodule
