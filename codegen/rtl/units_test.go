package rtl

import (
	"strings"
	"testing"
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
