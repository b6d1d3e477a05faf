package rtl

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

func contextAt(t *testing.T, src string, ws codegen.Workspace) (codegen.Context, int, *syntax.File) {
	t.Helper()
	i := strings.Index(src, "|")
	text := src[:i] + src[i+1:]
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	c := New().Context(context.Background(), codegen.ContextRequest{Path: "m.sv", File: f, Offset: i, Config: config.Default(), Workspace: ws})
	return c, i, f
}

const ctxModule = `module counter #(parameter int W = 8) (
  input  logic         clk,
  input  logic         rst_n,
  input  logic         en,
  output logic [W-1:0] q,
  output logic         wrap
);
  logic [W-1:0] next_q;
  // a comment |here
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= '0;
    else        q <= next_q;
  assign next_q = en ? q + 1'b1 : q;
endmodule
`

func TestContextSkip(t *testing.T) {
	c, _, _ := contextAt(t, ctxModule, nil)
	if c.Skip == "" {
		t.Errorf("no skip inside a comment")
	}
	c, _, _ = contextAt(t, strings.Replace(strings.Replace(ctxModule, "|", "", 1), "next_q;\n  //", "ne|xt_q;\n  //", 1), nil)
	if c.Skip == "" {
		t.Errorf("no skip mid-identifier")
	}
}

func TestContextBlocksAndUnit(t *testing.T) {
	src := strings.Replace(strings.Replace(ctxModule, "|", "", 1), "  assign next_q", "\n  |\n  assign next_q", 1)
	c, off, f := contextAt(t, src, nil)
	if c.Skip != "" || !c.Multiline {
		t.Fatalf("skip %q multiline %v at an empty line", c.Skip, c.Multiline)
	}
	if c.Unit[0] != 0 || c.Unit[1] < off || c.Unit[1] > len(f.Bytes()) {
		t.Errorf("unit %v", c.Unit)
	}
	all := ""
	for _, b := range c.Blocks {
		all += b.Source + ":\n" + b.Text + "\n"
	}
	for _, want := range []string{"module counter", "logic [W-1:0] next_q", "posedge clk, asynchronous active-low reset rst_n", "active-low signals end in _n"} {
		if !strings.Contains(all, want) {
			t.Errorf("context lacks %q:\n%s", want, all)
		}
	}
	if len(c.Stop) == 0 || c.Stop[0] != "\nendmodule" {
		t.Errorf("stop %q", c.Stop)
	}
	// wrap is an output nothing drives: an always_ff skeleton resets it (or a comb default)
	found := false
	for _, h := range c.Hints {
		if strings.Contains(h, "wrap") {
			found = true
		}
	}
	if !found {
		t.Errorf("no hint drives wrap: %q", c.Hints)
	}
}

func TestContextSingleLineMidStatement(t *testing.T) {
	src := strings.Replace(strings.Replace(ctxModule, "|", "", 1), "assign next_q = en", "assign next_q = |en", 1)
	c, _, _ := contextAt(t, src, nil)
	if c.Multiline {
		t.Errorf("multiline in the middle of a statement")
	}
}

func TestContextHintsCloseAndDefaults(t *testing.T) {
	src := `module m (input logic a, b, output logic y, z);
  always_comb begin
    |
    if (a) y = b;
    z = a;
  end
endmodule
`
	c, _, _ := contextAt(t, src, nil)
	if len(c.Hints) == 0 || !strings.Contains(c.Hints[0], "y = '0;") {
		t.Errorf("no defaults hint first: %q", c.Hints)
	}
	open := `module m (input logic clk, input logic [1:0] s, output logic y);
  always_comb begin
    case (s)
      2'd0: y = 1'b0;
      default: y = 1'b1;
    |
endmodule
`
	c, _, _ = contextAt(t, open, nil)
	if !containsHint(c.Hints, "endcase") {
		t.Errorf("no endcase hint: %q", c.Hints)
	}
}

func containsHint(hints []string, s string) bool {
	for _, h := range hints {
		if h == s {
			return true
		}
	}
	return false
}

func TestContextInstanceHint(t *testing.T) {
	lib := `module fifo #(parameter int WIDTH = 8) (input logic clk, rst_n, input logic [WIDTH-1:0] din, output logic [WIDTH-1:0] dout);
  assign dout = din;
endmodule
`
	lf, err := syntax.Parse(context.Background(), rtlgrammar.Language(), []byte(lib))
	if err != nil {
		t.Fatal(err)
	}
	ws := memWorkspace{{Path: "lib/fifo.sv", File: lf}}
	src := `module top (input logic clk, rst_n, input logic [7:0] din, output logic [7:0] dout);
  localparam int WIDTH = 8;
  fifo|
endmodule
`
	c, _, _ := contextAt(t, src, ws)
	if len(c.Hints) == 0 || !strings.Contains(c.Hints[0], "u_fifo (") || !strings.Contains(c.Hints[0], ".clk   (clk)") || !strings.Contains(c.Hints[0], "#(.WIDTH(WIDTH))") {
		t.Errorf("instance hint: %q", c.Hints)
	}
	found := false
	for _, b := range c.Blocks {
		if b.Source == "lib/fifo.sv" && strings.Contains(b.Text, "module fifo") {
			found = true
		}
	}
	if !found {
		t.Errorf("no port list block for fifo: %+v", c.Blocks)
	}
}

// TestEmbeddedHintsPassTheGate: every hint the pack offers at an opening passes the gate.
func TestEmbeddedHintsPassTheGate(t *testing.T) {
	src := strings.Replace(strings.Replace(ctxModule, "|", "", 1), "  assign next_q", "\n  |\n  assign next_q", 1)
	c, off, f := contextAt(t, src, nil)
	pack := New()
	g := codegen.NewGate(context.Background(), pack, codegen.CheckRequest{Path: "m.sv", File: f, Config: config.Default()}, off, c.Unit)
	for _, h := range c.Hints {
		if v := g.Vet(context.Background(), h); v.Reason != "" {
			t.Errorf("hint dropped: %v", v)
		}
	}
}

// TestAlwaysFFBodyHint: in a clocked block just opened (`always_ff … begin` with nothing
// closing it yet), the first offer is the body with the block's reset over the registers
// nothing drives, closed with `end`, and it passes the gate.
func TestAlwaysFFBodyHint(t *testing.T) {
	for _, src := range []string{
		// open: nothing closes the block, error recovery swallows the module
		`module top (input logic clk, rst_n, input logic [7:0] x, output logic [7:0] q);
  logic [7:0] acc;
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) q <= '0;
    else        q <= x;
  always_ff @(posedge clk or negedge rst_n) begin
    |
endmodule
`,
		// closed: an empty block
		`module top (input logic clk, rst_n, input logic [7:0] x, output logic [7:0] q);
  logic [7:0] acc;
  assign q = x;
  always_ff @(posedge clk or negedge rst_n) begin
    |
  end
endmodule
`} {
		c, off, f := contextAt(t, src, nil)
		if len(c.Hints) == 0 || !strings.Contains(c.Hints[0], "if (!rst_n) begin") || !strings.Contains(c.Hints[0], "acc <= '0;") {
			t.Fatalf("hints: %q", c.Hints)
		}
		closes := strings.HasSuffix(c.Hints[0], "\n  end")
		if open := !strings.Contains(src[off:], "  end\n"); open != closes {
			t.Errorf("closing end %v, want %v: %q", closes, open, c.Hints[0])
		}
		g := codegen.NewGate(context.Background(), New(), codegen.CheckRequest{Path: "m.sv", File: f, Config: config.Default()}, off, c.Unit)
		if v := g.Vet(context.Background(), c.Hints[0]); v.Reason != "" {
			t.Errorf("hint dropped: %v\n%s", v, c.Hints[0])
		}
	}
}

// In a module of many signals the ones the code around the cursor names come first in
// "signals in scope" (a list block), the nearest mention first: where the prompt has room
// for only some, those are the ones the next line uses.
func TestSignalsNearTheCursorComeFirst(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("module wide (input logic clk, input logic rst_n);\n")
	for i := 0; i < 120; i++ {
		fmt.Fprintf(&sb, "  logic [7:0] early_%d;\n", i)
	}
	sb.WriteString("  logic [3:0] late_state;\n  logic late_done;\n")
	for i := 0; i < 120; i++ {
		fmt.Fprintf(&sb, "  assign early_%d = 8'd%d;\n", i, i)
	}
	sb.WriteString("  always_ff @(posedge clk)\n    if (late_state == 4'd3) late_done <= 1'b1;\n  |\nendmodule\n")
	c, _, _ := contextAt(t, sb.String(), nil)
	var signals *codegen.Block
	for i := range c.Blocks {
		if c.Blocks[i].Source == "signals in scope" {
			signals = &c.Blocks[i]
		}
	}
	if signals == nil || !signals.List {
		t.Fatalf("no list block of signals: %+v", c.Blocks)
	}
	lines := strings.Split(signals.Text, "\n")
	if len(lines) < 3 || !strings.Contains(lines[0], "late_done") || !strings.Contains(lines[1], "late_state") || !strings.Contains(lines[2], "early_119") {
		t.Errorf("the signals the code at the cursor uses are not first:\n%s", strings.Join(lines[:min(5, len(lines))], "\n"))
	}
}
