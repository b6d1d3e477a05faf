class base_driver;
  string name;
  int id;
  function new(string name, int id = 0);
    this.name = name;
    this.id = id;
  endfunction
endclass

class quiet_driver extends base_driver;  // want "rtl/super-new-missing"
endclass

class named_driver extends base_driver;
  function new(string name);  // want "rtl/super-new-missing"
    this.name = name;
  endfunction
endclass

// clean: super.new with the arguments, or arguments in the extends clause
class good_driver extends base_driver;
  function new(string name);
    super.new(name, 1);
  endfunction
endclass

class fixed_driver extends base_driver("fixed");
endclass

class plain;
endclass

class child extends plain;
endclass

// clean: a macro writes the constructor (UVM code uses `uvm_component_new and the like)
`define driver_new function new(string name, int id = 0); super.new(name, id); endfunction
class macro_driver extends base_driver;
  `driver_new
endclass

// a macro that writes no constructor does not count as one
`define driver_utils int count;
class utils_driver extends base_driver;  // want "rtl/super-new-missing"
  `driver_utils
endclass

// an extern constructor is defined out of the class, where it is judged
class snm_base;
  function new(string name); endfunction
endclass
class snm_extern extends snm_base;
  extern function new(string name);
endclass
function snm_extern::new(string name);
  super.new(name);
endfunction
class snm_extern_bad extends snm_base;
  extern function new(string name);
endclass
function snm_extern_bad::new(string name);  // want "rtl/super-new-missing"
endfunction

// clean: a macro of several lines whose definition writes the constructor, whatever its
// name says, and one defined in another file (UVM's `UVM_IMP_COMMON writes new() for every
// TLM port class): Gantry cannot tell that it does not
`define port_body(KIND) \
  function new(string name, int id = 0); \
    super.new(name, id); \
  endfunction \
  function string kind(); return KIND; endfunction
class put_port extends base_driver;
  `port_body("put")
endclass
class get_port extends base_driver;
  `PORT_FROM_ELSEWHERE(get_port)
endclass

// UVM's registration macros write no constructor
class utils_only extends base_driver;  // want "rtl/super-new-missing"
  `uvm_object_utils(utils_only)
endclass
