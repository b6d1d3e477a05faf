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

// `new[n]` sizes an array of handles, all null: no object of the abstract class is made
module acm_pool;
  base pool[];
  base slot;
  initial begin
    pool = new[3];  // clean
    pool = new[6](pool);  // clean
    pool[0] = impl_make();
    slot = new;  // want "rtl/abstract-class-misuse"
  end
  function automatic base impl_make();
    impl r = new;
    return r;
  endfunction
endmodule
