// IEEE 1800-2017 clause 18: constrained random value generation
typedef enum bit [1:0] {READ, WRITE, IDLE} kind_e;

class BusTxn;
  rand bit [31:0] addr;
  rand bit [31:0] data;
  rand kind_e kind;
  randc bit [3:0] tag;
  rand int unsigned len;
  rand bit [7:0] burst[];
  bit [31:0] base = 32'h1000;

  constraint c_addr {
    addr inside {[base : base + 32'hFF], 32'h2000};
    addr[1:0] == 2'b00;
  }

  constraint c_kind {
    kind dist { READ := 40, WRITE := 40, IDLE :/ 20 };
    soft len == 4;
    len inside {[1:16]};
  }

  constraint c_burst {
    burst.size() == len;
    foreach (burst[i]) {
      burst[i] < 8'hF0;
      if (i > 0) burst[i] != burst[i - 1];
    }
    solve len before burst;
  }

  constraint c_impl {
    (kind == IDLE) -> len == 1;
    kind == WRITE -> { data != 0; data[0] == 1'b0; }
    if (kind == READ) {
      data == 0;
    } else {
      data < 32'hFFFF;
    }
    unique {tag, len};
  }

  constraint c_sum { burst.sum() with (int'(item)) < 1024; }

  extern constraint c_extra;
  static constraint c_static { tag != 0; }

  function void pre_randomize();
    base = base + 4;
  endfunction

  function void post_randomize();
    $display("addr=%h kind=%s", addr, kind.name());
  endfunction
endclass

constraint BusTxn::c_extra { data[31:28] == 4'h0; }

class ErrTxn extends BusTxn;
  constraint c_kind { disable soft len; len > 8; }
endclass

module constraints_tb;
  BusTxn t;
  int x, y;
  initial begin
    t = new();
    repeat (10) begin
      if (!t.randomize()) $error("randomize failed");
      assert (t.randomize() with { kind == WRITE; len < 4; })
        else $fatal(1, "inline constraint failed");
      void'(t.randomize(data));
    end
    t.c_addr.constraint_mode(0);
    t.tag.rand_mode(0);
    if (std::randomize(x, y) with { x < y; y < 10; }) $display("%0d %0d", x, y);
    x = $urandom_range(10, 1);
    y = $urandom();
    randcase
      3: x = 1;
      1: x = 2;
    endcase
  end
endmodule
