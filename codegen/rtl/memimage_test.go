package rtl

import (
	"context"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// TestMemoryImageIsData: a $readmemh image named .v (what `objcopy -O verilog` writes for a
// testbench to load) is data, not source, and has no syntax error; Verilog around such
// words, or a file of comments only, keeps its errors.
func TestMemoryImageIsData(t *testing.T) {
	for _, c := range []struct {
		text  string
		image bool
	}{
		{"@00010000\n13 05 00 00 93 05 00 00\n@00010010\n6F 00 00 00\n", true},
		{"00000000\n00000000\n", true},
		{"// boot ROM\n/* words */ DEADBEEF\ncafe_f00d\n0000xxxx zzzz1111\n@8000_0000 0101\n", true},
		{"1010\r\n0110\r\n", true},
		{"// nothing here\n", false},
		{"", false},
		{"@00010000\n13 05 00\nmodule m; endmodule\n", false},
		{"@0001 13 05 /* open comment\n", false},
		{"@ 13 05\n", false},
		{"13 05 = 00;\n", false},
		{"module m;\nendmodule\n", false},
	} {
		if got := memoryImage([]byte(c.text)); got != c.image {
			t.Errorf("memoryImage(%q) = %v, want %v", c.text, got, c.image)
		}
	}
	check := func(text string) int {
		f := parse(t, text)
		p := New()
		n := 0
		for _, fd := range codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: "tests/prog.v", File: f, Config: config.Default()}).Findings {
			if fd.Rule == "rtl/syntax" {
				n++
			}
		}
		return n
	}
	if n := check("@00010000\n13 05 00 00 93 05 00 00\n"); n != 0 {
		t.Errorf("memory image: %d syntax findings, want none", n)
	}
	if n := check("@00010000\n13 05 00 00\nmodule m; assign = ; endmodule\n"); n == 0 {
		t.Errorf("words before broken Verilog: no syntax finding")
	}
}
