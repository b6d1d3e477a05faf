package rtl

import (
	"slices"
	"testing"
)

// TestDeclaredNames: what a Verilog file declares for other files, from a word scan: unit
// names (through qualifiers), a header's $unit declarations and enumeration values, and
// included files; not keywords, system tasks, directive words or names inside units.
func TestDeclaredNames(t *testing.T) {
	text := []byte("`ifndef DEFS_SVH\n`define DEFS_SVH 1\n`include \"widths.svh\"\n" +
		"typedef enum logic [1:0] {IDLE, BUSY, DONE} state_t;\nparameter int DEPTH = 4;\n" +
		"function automatic int clog(input int v);\n  return $clog2(v);\nendfunction\n`endif\n" +
		"module automatic fifo #(parameter W = 8) (input logic clk);\n  logic [W-1:0] mem;\nendmodule\n" +
		"virtual class base_c;\nendclass\ninterface class shape_if;\nendclass\npackage cfg_pkg;\n  localparam int N = 2;\nendpackage\n")
	got := New().DeclaredNames(text)
	for _, want := range []string{"IDLE", "BUSY", "DONE", "state_t", "DEPTH", "clog", "fifo", "base_c", "shape_if", "cfg_pkg", includedName("widths.svh")} {
		if !slices.Contains(got, want) {
			t.Errorf("%s is missing from %v", want, got)
		}
	}
	for _, not := range []string{"DEFS_SVH", "clog2", "mem", "W", "N", "automatic", "logic", "clk", "v"} {
		if slices.Contains(got, not) {
			t.Errorf("%s is listed: %v", not, got)
		}
	}
}
