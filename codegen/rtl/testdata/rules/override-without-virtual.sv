virtual class base;
  virtual function void show();
  endfunction
  pure virtual task run();
endclass

class child extends base;
  function void show();  // want "rtl/override-without-virtual"
  endfunction
  virtual task run();
  endtask
endclass

class grandchild extends child;
  function void show();  // want "rtl/override-without-virtual"
  endfunction
endclass
