class driver;
  function void send();
  endfunction
  virtual function void show();
  endfunction
  static function int count();
    return 0;
  endfunction
endclass

class err_driver extends driver;
  function void send();  // want "rtl/nonvirtual-override"
  endfunction
  // clean: the base method is virtual; statics never are
  virtual function void show();
  endfunction
  static function int count();
    return 1;
  endfunction
endclass
