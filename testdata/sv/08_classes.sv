// IEEE 1800-2017 clause 8: classes
typedef class Packet;

virtual class Shape;
  protected string name;
  local int id;
  static int count = 0;
  const int sides;

  function new(string name, int sides = 0);
    this.name = name;
    this.sides = sides;
    count++;
    id = count;
  endfunction

  pure virtual function real area();
  pure virtual task draw(input int scale = 1);

  virtual function string describe();
    return $sformatf("%s #%0d with %0d sides", name, id, sides);
  endfunction

  static function int instances();
    return count;
  endfunction
endclass : Shape

class Rect extends Shape;
  real w, h;

  function new(string name = "rect", real w = 1.0, real h = 1.0);
    super.new(name, 4);
    this.w = w;
    this.h = h;
  endfunction

  virtual function real area();
    return w * h;
  endfunction

  virtual task draw(input int scale = 1);
    #1 $display("rect %0f x %0f", w * scale, h * scale);
  endtask

  extern function Rect scaled(real k);
  extern protected virtual function void log(string msg);
endclass

function Rect Rect::scaled(real k);
  Rect r = new(name, w * k, h * k);
  return r;
endfunction

function void Rect::log(string msg);
  $display("[%s] %s", describe(), msg);
endfunction

class Stack #(type T = int, int DEPTH = 16);
  local T items[$];

  function void push(T item);
    if (items.size() < DEPTH) items.push_back(item);
  endfunction

  function T pop();
    return items.pop_back();
  endfunction

  function bit empty();
    return items.size() == 0;
  endfunction
endclass

class Packet;
  rand bit [7:0] payload[];
  bit [15:0] crc;
  Packet next;

  function Packet copy();
    copy = new this;
    copy.payload = new[payload.size()](payload);
  endfunction
endclass

interface class Printable;
  pure virtual function void print();
endclass

class Report implements Printable;
  virtual function void print();
    $display("report");
  endfunction
endclass

class Registry #(type T = Shape);
  static Registry #(T) inst;
  T entries[string];

  static function Registry #(T) get();
    if (inst == null) inst = new();
    return inst;
  endfunction
endclass

module classes_tb;
  Rect r;
  Shape s;
  Stack #(int, 4) st;
  Stack #(.T(string)) names;
  Registry #(Rect) reg_h;

  initial begin
    r = new("r1", 2.0, 3.0);
    s = r;
    st = new;
    names = new();
    st.push(1);
    names.push("a");
    void'(st.pop());
    if ($cast(r, s)) r.draw(2);
    reg_h = Registry#(Rect)::get();
    reg_h.entries["r1"] = r;
    $display("%0d shapes, area %f", Shape::instances(), s.area());
    $display("%s", r.scaled(2.0).describe());
  end
endmodule
