// IEEE 1800-2017 clauses 6 and 7: data types and aggregate data types
typedef struct packed {
  logic [3:0] kind;
  logic [11:0] len;
} hdr_t;

typedef union tagged {
  void Invalid;
  int  Valid;
} maybe_int_t;

module data_types;
  string s = "hello";
  string parts[$];
  chandle handle;
  event ev;
  int dyn[];
  int q[$] = '{1, 2, 3};
  int bounded_q[$:7];
  int aa[string];
  bit [7:0] by_int[int];
  int wild[*];
  hdr_t hdr;
  hdr_t hdrs[4];
  maybe_int_t m;
  var type(hdr.len) len_copy;
  localparam type word_t = logic [31:0];

  initial begin
    dyn = new[4];
    dyn = new[8](dyn);
    dyn.delete();
    q.push_back(4);
    q.push_front(0);
    q.insert(2, 9);
    void'(q.pop_front());
    q = {q, 5};
    q = q[1:$];
    $display("%0d %0d", q[0], q[$]);
    aa["a"] = 1;
    aa["b"] = 2;
    if (aa.exists("a")) aa.delete("a");
    foreach (aa[k]) $display("%s=%0d", k, aa[k]);
    begin
      string key;
      if (aa.first(key)) do $display(key); while (aa.next(key));
    end
    $display("%0d", aa.num());
    s = {s, " world"};
    s = s.toupper();
    if (s.len() > 3 && s.substr(0, 1) == "HE") parts.push_back(s);
    s = $sformatf("%0d", s.atoi() + 1);
    hdr = hdr_t'{kind: 4'h1, len: 12'd64};
    hdrs = '{default: '0};
    m = tagged Valid (42);
    m = tagged Invalid;
    q.sort();
    q = q.find with (item > 2);
    $display("%0d", q.sum() with (item * 2));
    len_copy = hdr.len;
    if (type(len_copy) == type(hdr.len)) $display("same type");
  end
endmodule
