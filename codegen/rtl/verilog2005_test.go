package rtl

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// A .v file follows IEEE 1364-2005, which reserves none of SystemVerilog's added keywords:
// an interrupt output named `int` or a data bus named `do` is a name there. Such a file
// gets one rtl/syntax warning naming the words; the same text as .sv, or a .v file with
// another error as well, keeps its errors.
func TestSystemVerilogKeywordAsAVerilogName(t *testing.T) {
	syntaxFindings := func(path, src string) (errs, warns int, msg string) {
		errs, warns, w := syntaxCounts(t, path, src)
		if warns > 0 {
			msg = src[w.Start:w.End] + ": " + w.Message
		}
		return errs, warns, msg
	}
	const ctrl = "module dma_ch (clk, rst, ack, int);\n" +
		"  input clk, rst, ack;\n  output int;\n  reg int;\n" +
		"  always @(posedge clk)\n    if (rst) int <= 1'b0;\n    else if (ack) int <= 1'b1;\nendmodule\n"
	const bus = "module z80_io (input wire clk, input wire [7:0] di, output reg [7:0] do);\n" +
		"  always @(posedge clk) do <= di;\nendmodule\n"
	cases := []struct {
		name, path, src string
		errs, warns     int
		word            string
	}{
		{"int as a port", "rtl/dma_ch.v", ctrl, 0, 1, "int: `int` is a SystemVerilog keyword"},
		{"do as a bus in a header", "rtl/z80_io.vh", bus, 0, 1, "do: `do` is a SystemVerilog keyword"},
		{"the same text as SystemVerilog", "rtl/dma_ch.sv", ctrl, 1, 0, ""},
		{"another error besides", "rtl/dma_ch2.v", strings.Replace(ctrl, "input clk, rst, ack;", "input clk, rst, ack", 1), 1, 0, ""},
	}
	for _, c := range cases {
		errs, warns, msg := syntaxFindings(c.path, c.src)
		if errs < c.errs || (c.errs == 0 && errs != 0) || warns != c.warns {
			t.Errorf("%s: %d syntax errors, %d warnings (%s); want %d, %d", c.name, errs, warns, msg, c.errs, c.warns)
		}
		if c.word != "" && !strings.HasPrefix(msg, c.word) {
			t.Errorf("%s: warning %q, want it at and naming %q", c.name, msg, c.word)
		}
	}
}

// An instance connecting `.int(irq)` to a Verilog-2005 module whose port is named int:
// Gantry's reading of that header has no such port (the grammar reads the word as a
// keyword), so the connection is not reported; a port the module lacks (bogus) still is.
func TestConnectionToAVerilogPortNamedLikeAKeyword(t *testing.T) {
	ch := parse(t, "module dma_ch (clk, ack, int,\n    done);\n  input clk, ack;\n  output int;\n  output done;\n  reg int;\n  always @(posedge clk) int <= ack;\n  assign done = ack;\nendmodule\n")
	top := parse(t, "module dma_top (input wire clk, input wire ack, output wire irq);\n  dma_ch u_ch (.clk(clk), .ack(ack), .int(irq), .done(), .bogus());\nendmodule\n")
	ws := memWorkspace{{Path: "rtl/dma_ch.v", File: ch}, {Path: "rtl/dma_top.v", File: top}}
	var got []string
	for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "rtl/dma_top.v", File: top, Config: config.Default(), Workspace: ws}).Findings {
		if fd.Rule == "rtl/port-connection-mismatch" {
			got = append(got, fd.Message)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "has no port bogus") {
		t.Errorf("port findings %q, want only the missing port bogus", got)
	}
}
