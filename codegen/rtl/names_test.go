package rtl

import (
	"context"
	"slices"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
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

// TestMacroBodiesAndMembersDeclareNothing: a macro's body continued over backslash lines
// and a member after a dot (q.size(), .clk(clk)) are not declarations of the file, as UVM's
// single-file package, 3,900 lines of macros before `package uvm_pkg`, showed.
func TestMacroBodiesAndMembersDeclareNothing(t *testing.T) {
	text := []byte("`define grow(Q, V) \\\n  Q.push_back(V); \\\n  tmp = Q.size();\n" +
		"`define note(MSG) \\\r\n  report_note(MSG, LINE);\r\n" +
		"parameter int DEPTH = 4;\n" +
		"module top;\n  sub u (.clk(clk));\nendmodule\n")
	got := New().DeclaredNames(text)
	if !slices.Contains(got, "DEPTH") || !slices.Contains(got, "top") {
		t.Errorf("DEPTH or top is missing from %v", got)
	}
	for _, not := range []string{"push_back", "tmp", "size", "Q", "V", "report_note", "LINE", "MSG"} {
		if slices.Contains(got, not) {
			t.Errorf("%s is listed: %v", not, got)
		}
	}
}

// TestForeignWordsLeaveOutMembers: the names a file asks the workspace for are its free
// words: not members (q.size()), later parts of hierarchical names (u_core.state), the
// ports of named connections, which the instantiated module's definition answers, nor a
// module the file defines itself; an instance named as its module still asks for it.
func TestForeignWordsLeaveOutMembers(t *testing.T) {
	text := []byte("module top (input clk);\n  int q[$];\n  core u_core (.clk(clk), .rst (rst_n));\n" +
		"  initial if (q.size() > 0 && u_core.state == IDLE) q. push_back(1);\n" +
		"  alu alu ();\n  local_m #(1) u_local ();\nendmodule\nmodule local_m #(parameter P = 0);\nendmodule\n")
	p := New()
	f, err := codegen.Parse(context.Background(), p, "top.sv", text)
	if err != nil {
		t.Fatal(err)
	}
	got := foreignWords(text, p.cache.fileModel(f))
	for _, want := range []string{"core", "rst_n", "IDLE", "alu"} {
		if !slices.Contains(got, want) {
			t.Errorf("%s is missing from %v", want, got)
		}
	}
	for _, not := range []string{"size", "state", "push_back", "rst", "clk", "u_core", "local_m"} {
		if slices.Contains(got, not) {
			t.Errorf("%s is asked for: %v", not, got)
		}
	}
}
