class shape;
  virtual function int area();
    return 0;
  endfunction
  virtual function void scale(int k);
  endfunction
  virtual task draw();
  endtask
endclass

class rect extends shape;
  virtual function int area(int unit);  // want "rtl/virtual-override-signature"
    return unit;
  endfunction
  virtual function void scale(int k);
  endfunction
  virtual function void draw();  // want "rtl/virtual-override-signature"
  endfunction
endclass

class square extends shape;
  virtual function real area();  // want "rtl/virtual-override-signature"
    return 1.0;
  endfunction
endclass
