package rtl

import (
	"context"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// TestNamesInASyntaxErrorAreNotCalledUndrivenOrUnread: an instance whose header the
// preprocessor picks (one `ifdef per memory size, each opening the same instance: T-Head's
// cache arrays) is a syntax error to a parser that does not expand macros. The output it
// drives and the clock it reads are inside that error, and the rules that report a missing
// driver or reader must not blame the names the broken text may use.
func TestNamesInASyntaxErrorAreNotCalledUndrivenOrUnread(t *testing.T) {
	const head = "module dcache (clk, en, dout);\n" +
		"input         clk;\n" +
		"input         en;\n" +
		"output [31:0] dout;\n" +
		"wire          clk;\n" +
		"wire          en;\n" +
		"wire   [31:0] dout;\n" +
		"wire          gated_clk;\n" +
		"assign gated_clk = clk & en;\n"
	const broken = head +
		"`ifdef SIZE_2K\n" + "ram_2k u_ram (\n" + "`endif\n" +
		"`ifdef SIZE_4K\n" + "ram_4k u_ram (\n" + "`endif\n" +
		"`ifdef SIZE_8K\n" + "ram_8k u_ram (\n" + "`endif\n" +
		"`ifdef SIZE_16K\n" + "ram_16k u_ram (\n" + "`endif\n" +
		"`ifdef SIZE_32K\n" + "ram_32k u_ram (\n" + "`endif\n" +
		"  .CLK (gated_clk),\n" +
		"  .Q   (dout)\n" +
		");\n" +
		"endmodule\n"
	// The same module without the instance: both rules report.
	const missing = head + "endmodule\n"
	rulesFound := func(src string) (map[string]int, bool) {
		f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]int{}
		for _, fd := range New().Check(context.Background(), codegen.CheckRequest{Path: "dcache.v", File: f, Config: config.Default()}).Findings {
			found[fd.Rule]++
		}
		return found, f.Root().HasError()
	}
	found, hasError := rulesFound(broken)
	if !hasError {
		t.Fatalf("the instance opened five times parses clean; the test needs a syntax error")
	}
	if found["rtl/undriven-output"] != 0 || found["rtl/unused-signal"] != 0 {
		t.Errorf("names inside the syntax error reported: %v", found)
	}
	found, _ = rulesFound(missing)
	if found["rtl/undriven-output"] != 1 || found["rtl/unused-signal"] != 1 {
		t.Errorf("without the instance: %v, want one undriven-output and one unused-signal", found)
	}
}
