class packet;
  rand bit [7:0] len;
  function int randomize();  // want "rtl/randomize-override"
    len = 8;
    return 1;
  endfunction
endclass

// clean: the hooks the built-in method calls
class frame;
  rand bit [7:0] len;
  function void pre_randomize();
  endfunction
  function void post_randomize();
    if (len == 0) len = 8;
  endfunction
endclass
