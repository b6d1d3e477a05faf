package rtl

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

func TestUnitsSplitAtTopLevelDesignUnits(t *testing.T) {
	text := "// file header\n" + // 1
		"`timescale 1ns/1ps\n" + // 2
		"module a(input x, output y);\n" + // 3
		"  assign y = x; // module in a comment\n" + // 4
		"  initial $display(\"module b\");\n" + // 5
		"endmodule\n" + // 6
		"(* keep *)\n" + // 7
		"package p;\n" + // 8
		"  typedef class c;\n" + // 9
		"  class c;\n" + // 10
		"  endclass\n" + // 11
		"  virtual class v;\n" + // 12
		"  endclass\n" + // 13
		"  interface class ic;\n" + // 14
		"  endclass\n" + // 15
		"endpackage\n" + // 16
		"module left_open(input a);\n" + // 17
		"  wire w;\n" + // 18
		"module b;\n" + // 19
		"  always @(*) begin end\n" + // 20
		"endmodule\n" + // 21
		"virtual class top_v;\n" + // 22
		"endclass\n" // 23
	units := New().Units([]byte(text))
	var got []int
	for _, u := range units {
		got = append(got, strings.Count(text[:u[0]], "\n")+1)
	}
	want := []int{1, 7, 17, 19, 22}
	if len(got) != len(want) {
		t.Fatalf("units start on lines %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("units start on lines %v, want %v", got, want)
		}
	}
	if units[len(units)-1][1] != len(text) {
		t.Errorf("the last unit does not reach the end")
	}
}

// A unit is cached by its text and the `ifdef path in force where it starts: the same
// module inside `ifdef V (its `ifndef V write then meets no port) and outside it (the
// write drives the input) give their own findings, in either order, from one cache.
func TestUnitCacheKeyHoldsOuterIfdef(t *testing.T) {
	module := "module m(input logic c);\n`ifndef V\n  assign c = 1'b1;\n`endif\nendmodule\n"
	inside := "`ifdef V\n" + module + "`endif\n"
	for _, order := range [][]string{{inside, module}, {module, inside}} {
		pack := New()
		check := checker(pack, config.Default())
		for _, text := range order {
			f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, fd := range check("m.sv", f) {
				if fd.Rule == "rtl/assign-to-input" {
					n++
				}
			}
			if want := map[bool]int{true: 0, false: 1}[text == inside]; n != want {
				t.Errorf("%q: %d assign-to-input findings, want %d", text, n, want)
			}
		}
	}
}
