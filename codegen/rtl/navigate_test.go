package rtl

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

const lspLib = `module adder #(parameter int W = 8) (input logic [W-1:0] a, b, output logic [W:0] s);
  assign s = a + b;
endmodule
`

const lspTop = `module top (input logic clk, rst_n, input logic [7:0] x, y, output logic [8:0] sum_q);
  logic [8:0] sum;
  adder #(.W(8)) u_add (.a(x), .b(y), .s(sum));
  always_ff @(posedge clk or negedge rst_n)
    if (!rst_n) sum_q <= '0;
    else        sum_q <= sum;
endmodule
`

func parse(t *testing.T, s string) *syntax.File {
	t.Helper()
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestSymbols(t *testing.T) {
	syms := Symbols(parse(t, lspTop))
	got := map[string]string{}
	for _, s := range syms {
		got[s.Name] = s.Kind
	}
	for name, kind := range map[string]string{"top": "module", "clk": "port", "sum": "variable", "u_add": "instance", "sum_q": "port"} {
		if got[name] != kind {
			t.Errorf("symbol %s: kind %q, want %q (all %v)", name, got[name], kind, got)
		}
	}
}

func TestHoverDefinitionReferences(t *testing.T) {
	lib := parse(t, lspLib)
	ws := memWorkspace{{Path: "rtl/adder.sv", File: lib}}
	f := parse(t, lspTop)
	at := func(s string, nth int) int {
		i := -1
		for k := 0; k <= nth; k++ {
			i += 1 + strings.Index(lspTop[i+1:], s)
		}
		return i + 1
	}
	h := Hover(f, at("sum;", 0), ws)
	for _, want := range []string{"logic [8:0] sum", "width: 9 bits", "instance u_add of adder, port s", "read at 1 place"} {
		if !strings.Contains(h, want) {
			t.Errorf("hover lacks %q:\n%s", want, h)
		}
	}
	if h := Hover(f, at("rst_n", 1), ws); !strings.Contains(h, "asynchronous reset, active low") {
		t.Errorf("reset hover: %s", h)
	}
	loc, ok := Definition(f, at("adder", 0), ws)
	if !ok || loc.Path != "rtl/adder.sv" || lspLib[loc.Start:loc.End] != "adder" {
		t.Errorf("module definition: %+v %v", loc, ok)
	}
	loc, ok = Definition(f, at(".s(", 0)+1, ws)
	if !ok || loc.Path != "rtl/adder.sv" || lspLib[loc.Start:loc.End] != "s" {
		t.Errorf("port definition: %+v %v", loc, ok)
	}
	loc, ok = Definition(f, at("sum)", 0), ws)
	if !ok || loc.Path != "" || lspTop[loc.Start:loc.End] != "sum" || loc.Start != at("sum;", 0)-1 {
		t.Errorf("signal definition: %+v %v", loc, ok)
	}
	refs := References(f, at("sum;", 0), ws)
	if len(refs) != 3 {
		t.Errorf("references of sum: %+v", refs)
	}
	if h := Hover(f, at("adder", 0), ws); !strings.Contains(h, "module adder") {
		t.Errorf("module hover: %s", h)
	}
}
