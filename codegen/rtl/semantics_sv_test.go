package rtl

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Semantics of verification code: classes and their members in hover, symbols,
// definition and references; assertions as symbols; a testbench's prompt context.

const svClasses = `class packet;
  rand bit [7:0] len;
  local int id;
  function new(int id = 0);
    this.id = id;
  endfunction
  virtual function void show();
    $display("len %0d", len);
  endfunction
  constraint c_len { len inside {[1:64]}; }
endclass

class tagged_packet extends packet;
  bit [3:0] tag;
  virtual function void show();
    super.show();
    $display("tag %0d len %0d", tag, len);
  endfunction
endclass

module tb;
  tagged_packet p;
  initial begin
    p = new();
    p.len = 8'd4;
    p.show();
  end
endmodule
`

// needsGrammar skips a test whose SystemVerilog the grammar does not parse yet (the
// grammar helper extends it to classes); the rule fixtures do the same.
func needsGrammar(t *testing.T, f *syntax.File) {
	t.Helper()
	if n := syntax.Count(f.Root()); n > 0 {
		t.Skipf("the grammar does not parse this SystemVerilog yet (%d syntax errors)", n)
	}
}

func TestClassSemantics(t *testing.T) {
	f := parse(t, svClasses)
	needsGrammar(t, f)
	at := func(s string, nth int) int {
		i := -1
		for k := 0; k <= nth; k++ {
			j := strings.Index(svClasses[i+1:], s)
			if j < 0 {
				t.Fatalf("%q #%d not in the source", s, nth)
			}
			i += 1 + j
		}
		return i
	}
	// hover on a class lists its members and the inherited ones
	h := Hover(f, at("tagged_packet p", 0)+1, nil)
	for _, want := range []string{"class tagged_packet extends packet", "members: tag, show()", "inherited: len (packet)", "c_len (packet)"} {
		if !strings.Contains(h, want) {
			t.Errorf("class hover lacks %q:\n%s", want, h)
		}
	}
	// a member through a handle: the inherited field, the overriding method
	if h := Hover(f, at("p.len", 0)+2, nil); !strings.Contains(h, "rand logic [7:0] len") && !strings.Contains(h, "rand bit [7:0] len") || !strings.Contains(h, "member of class packet") {
		t.Errorf("member hover:\n%s", h)
	}
	if h := Hover(f, at("p.show", 0)+2, nil); !strings.Contains(h, "member of class tagged_packet, overrides packet::show") {
		t.Errorf("method hover:\n%s", h)
	}
	// definition: p.len → packet's field; super.show → packet's method; len in a
	// derived method → the inherited field
	for _, c := range []struct{ from, to string }{
		{"p.len", "len;"}, {"super.show", "show();\n    $display(\"len"}, {"len);\n  endfunction\nendclass", "len;"},
	} {
		off := at(c.from, 0)
		if strings.Contains(c.from, ".") {
			off += strings.Index(c.from, ".") + 1
		}
		loc, ok := Definition(f, off, nil)
		if !ok || loc.Start != at(c.to, 0) {
			t.Errorf("definition from %q: %+v %v, want offset %d", c.from, loc, ok, at(c.to, 0))
		}
	}
	// references of packet::len: its declaration, the read in show, the constraint, the
	// read in the derived class, and the write through the handle
	if refs := References(f, at("len;", 0), nil); len(refs) != 5 {
		t.Errorf("references of len: %d, want 5: %+v", len(refs), refs)
	}
	// symbols: classes with their members nested, methods and fields told apart
	syms := New().Symbols(context.Background(), f)
	kinds := map[string]codegen.SymbolKind{}
	var walk func([]codegen.Symbol, string)
	walk = func(ss []codegen.Symbol, in string) {
		for _, s := range ss {
			kinds[in+s.Name] = s.Kind
			walk(s.Children, in+s.Name+".")
		}
	}
	walk(syms, "")
	for name, kind := range map[string]codegen.SymbolKind{"packet": codegen.KindClass, "packet.len": codegen.KindField,
		"packet.show": codegen.KindMethod, "packet.c_len": codegen.KindProperty, "tagged_packet.tag": codegen.KindField, "tb": codegen.KindModule} {
		if kinds[name] != kind {
			t.Errorf("symbol %s: %q, want %q (all %v)", name, kinds[name], kind, kinds)
		}
	}
}

const svAssertions = `module arb (input logic clk, rst_n, req, gnt);
  a_req_gnt: assert property (@(posedge clk) disable iff (!rst_n) req |-> ##[1:3] gnt);
  cover property (@(posedge clk) req ##1 gnt);
  property p_stable;
    @(posedge clk) gnt |=> !req;
  endproperty
  a_stable: assert property (p_stable) else $error("gnt without release");
endmodule
`

func TestAssertionSymbols(t *testing.T) {
	f := parse(t, svAssertions)
	needsGrammar(t, f)
	got := map[string]string{}
	for _, s := range Symbols(f) {
		got[s.Name] = s.Kind + " " + s.Detail
	}
	for name, want := range map[string]string{
		"a_req_gnt":      "assertion a_req_gnt: assert property (@(posedge clk) disable iff (!rst_n) req |-> ##[1:3] gnt);",
		"cover property": "assertion cover property (@(posedge clk) req ##1 gnt);",
		"p_stable":       "property",
		"a_stable":       "assertion a_stable: assert property (p_stable)",
	} {
		if !strings.HasPrefix(got[name], want) {
			t.Errorf("symbol %q: %q, want %q…", name, got[name], want)
		}
	}
}

const tbIface = `interface bus_if (input logic clk);
  logic       valid;
  logic       ready;
  logic [7:0] data;
  modport master (output valid, data, input ready);
  modport slave (input valid, data, output ready);
endinterface
`

const tbDut = `module fifo_dut (input logic clk, rst_n, input logic push, pop, input logic [7:0] din,
                 output logic [7:0] dout, output logic full, empty);
  assign dout = din;
  assign full = 1'b0;
  assign empty = 1'b1;
endmodule
`

// TestTestbenchContext: in a testbench the prompt carries the DUT's ports wherever the
// cursor is, and the signals and modports of the interfaces it instantiates.
func TestTestbenchContext(t *testing.T) {
	ws := memWorkspace{{Path: "rtl/bus_if.sv", File: parse(t, tbIface)}, {Path: "rtl/fifo_dut.sv", File: parse(t, tbDut)}}
	src := `module tb;
  logic clk = 0, rst_n = 0;
  logic push, pop, full, empty;
  logic [7:0] din, dout;
  bus_if bus (.clk(clk));
  fifo_dut dut (.*);
` + strings.Repeat("  // stimulus\n", 40) + `  initial begin
    |
  end
endmodule
`
	c, _, _ := contextAt(t, src, ws)
	var text strings.Builder
	for _, b := range c.Blocks {
		text.WriteString("[" + b.Source + "]\n" + b.Text + "\n")
	}
	for _, want := range []string{"[rtl/fifo_dut.sv]", "output logic [7:0] dout", "[interface bus_if signals]",
		"logic [7:0] data  // 8 bits", "modport master (output valid, data, input ready)"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("context lacks %q:\n%s", want, text.String())
		}
	}
}

// TestClassContext: inside a class method the prompt lists the class's members and the
// inherited ones, and a virtual interface handle brings the interface's signals.
func TestClassContext(t *testing.T) {
	ws := memWorkspace{{Path: "rtl/bus_if.sv", File: parse(t, tbIface)}}
	src := svClasses[:strings.Index(svClasses, "module tb")] + `class driver;
  virtual bus_if.master vif;
  tagged_packet pkt;
  task run();
    |
  endtask
endclass
`
	c, _, f := contextAt(t, src, ws)
	needsGrammar(t, f)
	var text strings.Builder
	for _, b := range c.Blocks {
		text.WriteString("[" + b.Source + "]\n" + b.Text + "\n")
	}
	for _, want := range []string{"[class members in scope]", "class driver", "virtual bus_if.master vif", "task run()",
		"[interface bus_if signals]", "logic ready"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("context lacks %q:\n%s", want, text.String())
		}
	}
}

// TestPrimitiveInstance: a user-defined primitive is a design unit with ports, so an
// instance of it resolves to its port directions (and not to a same-named module
// elsewhere in the workspace).
func TestPrimitiveInstance(t *testing.T) {
	src := `primitive mux2 (y, sel, a, b);
  output y;
  input sel, a, b;
  table
    0 0 ? : 0;
    1 ? 1 : 1;
  endtable
endprimitive
module m (input a, b, d, output y);
  mux2 u_mux (y, a, b, d);
endmodule
`
	other := `module mux2 (input a, b, sel, output out);
  assign out = sel ? b : a;
endmodule
`
	f := parse(t, src)
	needsGrammar(t, f)
	ws := memWorkspace{{Path: "other/mux2.v", File: parse(t, other)}, {Path: "m.v", File: f}}
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "m.v", File: f, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Rule == "rtl/assign-to-input" || fd.Rule == "rtl/undriven-output" {
			t.Errorf("%s: %s", fd.Rule, fd.Message)
		}
	}
	if h := Hover(f, strings.Index(src, "mux2 u_mux")+1, ws); !strings.Contains(h, "primitive mux2") {
		t.Errorf("hover on the primitive: %s", h)
	}
}

// TestNearestBaseClass: of two copies of a library in one tree (releases side by side),
// a class's base is the one in the nearest folder, whose method prototypes it overrides.
func TestNearestBaseClass(t *testing.T) {
	oldBase := `class clk_base;
  virtual task wait_clocks(int unsigned n = 1, bit sync = 0, int tmo = -1);
  endtask
endclass
`
	newBase := `class clk_base;
  virtual task wait_clocks(int unsigned n = 1);
  endtask
endclass
`
	src := `class clk_ctrl extends clk_base;
  virtual task wait_clocks(int unsigned n = 1);
    repeat (n) #1;
  endtask
endclass
`
	f := parse(t, src)
	needsGrammar(t, f)
	ws := memWorkspace{
		{Path: "lib/r1/clock/clk_base.svh", File: parse(t, oldBase)},
		{Path: "lib/r2/clock/clk_base.svh", File: parse(t, newBase)},
		{Path: "lib/r2/clock/clk_ctrl.svh", File: f},
	}
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "lib/r2/clock/clk_ctrl.svh", File: f, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Rule == "rtl/virtual-override-signature" {
			t.Errorf("%s: %s", fd.Rule, fd.Message)
		}
	}
}

// TestPackageClassIgnoresOtherFilesUnitClasses: a class in a package cannot extend a class
// another file declares outside any package (IEEE 1800-2017 26.2: a package shall not
// refer to compilation-unit items), so a test's stub of the same name is not its base;
// when the package's file includes that file, the class is in the package and is.
func TestPackageClassIgnoresOtherFilesUnitClasses(t *testing.T) {
	stub := `class env_base;
  virtual function void build_phase();
  endfunction
endclass
`
	pkg := `package tb_pkg;
  import lib_pkg::*;
  class my_env extends env_base;
    virtual function void build_phase(int phase);
    endfunction
  endclass
endpackage
`
	for _, tc := range []struct {
		name, src string
		want      int
	}{
		{"no include", pkg, 0},
		{"included", "`include \"env_stub.sv\"\n" + pkg, 1},
	} {
		f := parse(t, tc.src)
		needsGrammar(t, f)
		ws := memWorkspace{
			{Path: "tests/other/env_stub.sv", File: parse(t, stub)},
			{Path: "tests/tb/tb_pkg.sv", File: f},
		}
		got := 0
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "tests/tb/tb_pkg.sv", File: f, Config: config.Default(), Workspace: ws}).Findings {
			if fd.Rule == "rtl/virtual-override-signature" {
				got++
			}
		}
		if got != tc.want {
			t.Errorf("%s: %d virtual-override-signature findings, want %d", tc.name, got, tc.want)
		}
	}
}
