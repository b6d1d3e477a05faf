package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Verilog fragments, files written to be `included inside a module (a header of module
// items, a testbench's properties in a .sv another file includes, statements for a
// block, a module header's parameters or ports), do not parse alone and have no syntax errors of their own; a header with a real
// error still has it, and so does a .sv file nothing includes.
func TestCheckIncludedFragmentsAreNotSyntaxErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "top.sv"), "module top (input logic clk, rst_n, req, output logic gnt);\n"+
		"  `include \"props.sv\"\n  `include \"memload.svh\"\n  always_ff @(posedge clk) gnt <= req;\nendmodule\n")
	write(t, filepath.Join(dir, "props.sv"), "// properties of top, included inside it\n"+
		"ReqGnt: assert property (@(posedge clk) disable iff (!rst_n) req |=> gnt);\n")
	write(t, filepath.Join(dir, "memload.svh"), "initial begin\n  $display(\"loading\");\nend\n")
	write(t, filepath.Join(dir, "core.sv"), "module core #(\n`include \"core_param.vh\"\n, parameter int TAG = 1) (\n"+
		"  input logic clk,\n`include \"core_ports.vh\"\n  output logic done);\n  assign done = pt.EN;\nendmodule\n")
	write(t, filepath.Join(dir, "core_param.vh"), "// generated\nparameter core_param_t pt = '{\n  EN : 1'b1,\n  W  : 8'h20\n}\n")
	write(t, filepath.Join(dir, "core_ports.vh"), "input logic [7:0] irq,\ninput logic nmi,\n")
	write(t, filepath.Join(dir, "broken.svh"), "always_comb begin\n  x = ;\nend\n")
	write(t, filepath.Join(dir, "alone.sv"), "ReqGnt: assert property (@(posedge clk) req |=> gnt);\n")
	out, errs, _ := gantryWithin(t, time.Minute, "check", dir)
	syntaxIn := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "rtl/syntax") {
			syntaxIn[filepath.Base(strings.SplitN(line, ":", 2)[0])] = true
		}
	}
	for name, want := range map[string]bool{"top.sv": false, "props.sv": false, "memload.svh": false, "core.sv": false, "core_param.vh": false, "core_ports.vh": false, "broken.svh": true, "alone.sv": true} {
		if syntaxIn[name] != want {
			t.Errorf("%s: syntax error reported %v, want %v\nout:\n%s\nerr:\n%s", name, syntaxIn[name], want, out, errs)
		}
	}
}
