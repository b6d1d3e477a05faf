package packs_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// largeDocument repeats a unit with a known finding until the text passes
// codegen.WindowedAbove; each copy's names carry the copy's number.
func largeDocument(unit string) (string, int) {
	var sb strings.Builder
	n := 0
	for sb.Len() <= codegen.WindowedAbove {
		sb.WriteString(strings.ReplaceAll(unit, "NN", fmt.Sprint(n)))
		n++
	}
	return sb.String(), n
}

// TestLargeDocumentsAreCheckedUnitByUnit: above codegen.WindowedAbove an ST or Verilog
// document is kept as text and checked unit by unit: every copy of a unit's fault is found
// on its own line, a name declared in another unit of the document is not undeclared, and
// hover and the cursor context work on the unit under the cursor.
func TestLargeDocumentsAreCheckedUnitByUnit(t *testing.T) {
	cases := []struct {
		lang, path, unit, rule string
		faultLine              int // 1-based line of the fault in unit
		hoverAt                string
	}{
		{"st", "big.st", "FUNCTION_BLOCK FB_NN\nVAR_INPUT bIn : BOOL; END_VAR\nVAR fbNext : FB_Last; END_VAR\nbIn := TRUE;\nfbNext();\nEND_FUNCTION_BLOCK\n",
			"st/write-to-input", 4, "bIn := TRUE"},
		{"rtl", "big.sv", "module m_NN(input logic clk, input logic [7:0] d, output logic [7:0] q);\n  always_ff @(posedge clk) q = d;\nendmodule\n",
			"rtl/blocking-in-always-ff", 2, "q = d"},
	}
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			p := packs.Registry().ByID(tc.lang)
			text, copies := largeDocument(tc.unit)
			if tc.lang == "st" {
				text += "FUNCTION_BLOCK FB_Last\nEND_FUNCTION_BLOCK\n" // declared once, at the end
			}
			f, err := codegen.Parse(context.Background(), p, tc.path, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if f.HasTree() {
				t.Fatalf("a %d-byte document was parsed whole", len(text))
			}
			res := codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: tc.path, File: f, Config: allRulesOn(p)})
			unitLines := strings.Count(tc.unit, "\n")
			found := 0
			for _, fd := range res.Findings {
				line := f.Lines.LineOf(fd.Start) + 1
				switch {
				case fd.Rule == tc.rule:
					found++
					if (line-1)%unitLines+1 != tc.faultLine {
						t.Errorf("%s on line %d, not on a copy's line %d", fd.Rule, line, tc.faultLine)
					}
				case fd.Severity >= 3:
					t.Errorf("line %d: unexpected %s: %s", line, fd.Rule, fd.Message)
				}
			}
			if found != copies {
				t.Errorf("%d findings of %s for %d copies", found, tc.rule, copies)
			}
			// The unit under a cursor in the middle of the document.
			mid := strings.Index(text[len(text)/2:], tc.hoverAt) + len(text)/2
			cr := codegen.ContextRequest{Path: tc.path, File: f, Offset: mid + 1, Config: allRulesOn(p)}
			if h, ok := p.(codegen.Hoverer); ok && h.Hover(context.Background(), cr) == "" {
				t.Errorf("no hover in the middle of a large document")
			}
			c := p.Context(context.Background(), cr)
			if c.Unit[1] <= c.Unit[0] || c.Unit[0] > mid || c.Unit[1] < mid {
				t.Errorf("the cursor's unit %v does not hold the cursor %d", c.Unit, mid)
			}
		})
	}
}

// TestLargeFilesAreTextOnly: above its pack's bound a G-code, ST or Verilog file is kept
// without a whole-file tree; a project file with code embedded in XML keeps its regions.
// A G-code program is checked in chunks from 128 KB: its whole tree took 34 bytes of C
// memory per source byte (a token every few bytes), and the chunks find the same.
func TestLargeFilesAreTextOnly(t *testing.T) {
	for _, c := range []struct {
		path, unit string
		size       int
		textOnly   bool
	}{
		{"big.ngc", "G1 X10 Y10 F100\n", 3 << 20, true},
		{"mid.ngc", "G1 X10 Y10 F100\n", 200 << 10, true},
		{"small.ngc", "G1 X10 Y10 F100\n", 100 << 10, false},
		{"big.st", "PROGRAM P\nx := 1;\nEND_PROGRAM\n", 3 << 20, true},
		{"big.sv", "module m; endmodule\n", 3 << 20, true},
	} {
		p := packs.Registry().ForPath(c.path)
		text := strings.Repeat(c.unit, c.size/len(c.unit))
		f, err := codegen.Parse(context.Background(), p, c.path, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if f.HasTree() == c.textOnly {
			t.Errorf("%s (%d bytes): whole-file tree %v, want text only %v", c.path, len(text), f.HasTree(), c.textOnly)
		}
	}
}

// TestLargeDocumentPassFreesItsTrees: a pass over a large document closes every unit it
// parses and every unit another unit asked for (more than the pass keeps at once, so some
// are let go of on the way); a tree left to the collector is freed only when the Go heap's
// growth starts a collection, which a tree's C memory does not count towards. The units
// still see each other: one instance's wrong port is reported, the others are not.
func TestLargeDocumentPassFreesItsTrees(t *testing.T) {
	cases := []struct{ lang, path, unit, rule string }{
		{"st", "big.st", "FUNCTION_BLOCK FB_NN\nVAR_INPUT bIn : BOOL; END_VAR\nVAR fbNext : FB_NEXT; END_VAR\nfbNext(bIn := bIn);\nEND_FUNCTION_BLOCK\n", "st/undeclared-identifier"},
		{"rtl", "big.sv", "module m_NN(input logic clk, input logic [7:0] d, output logic [7:0] q);\n  m_NEXT u_next(.clk(clk), .PORT(d), .q());\n  always_ff @(posedge clk) q <= d;\nendmodule\n", "rtl/port-connection-mismatch"},
	}
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			p := packs.Registry().ByID(tc.lang)
			var sb strings.Builder
			n := 0
			for ; sb.Len() <= codegen.WindowedAbove; n++ {
				u := strings.ReplaceAll(tc.unit, "NEXT", fmt.Sprint(n+1))
				// One unit names what its neighbour does not declare.
				port, input := "d", "bIn"
				if n == 7 {
					port, input = "nope", "bNope"
				}
				u = strings.ReplaceAll(strings.ReplaceAll(u, "PORT", port), "bIn := bIn", input+" := bIn")
				sb.WriteString(strings.ReplaceAll(u, "NN", fmt.Sprint(n)))
			}
			// The last unit's neighbour.
			if tc.lang == "st" {
				fmt.Fprintf(&sb, "FUNCTION_BLOCK FB_%d\nVAR_INPUT bIn : BOOL; END_VAR\nEND_FUNCTION_BLOCK\n", n)
			} else {
				fmt.Fprintf(&sb, "module m_%d(input logic clk, input logic [7:0] d, output logic [7:0] q);\nendmodule\n", n)
			}
			text := sb.String()
			f, err := codegen.Parse(context.Background(), p, tc.path, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if f.HasTree() {
				t.Fatalf("a %d-byte document was parsed whole", len(text))
			}
			before := syntax.OpenWindows()
			res := codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: tc.path, File: f, Config: allRulesOn(p)})
			if open := syntax.OpenWindows() - before; open != 0 {
				t.Errorf("%d windows of the %d units left open after the pass", open, n+1)
			}
			// The wrong name is reported, at unit 7 only; nothing else is an error.
			unitLines := strings.Count(tc.unit, "\n")
			named := 0
			for _, fd := range res.Findings {
				line := f.Lines.LineOf(fd.Start)
				switch {
				case fd.Rule == tc.rule && line/unitLines == 7:
					if strings.Contains(strings.ToLower(fd.Message), "nope") {
						named++
					}
				case fd.Rule == tc.rule || fd.Severity >= 3:
					t.Errorf("line %d: unexpected %s: %s", line+1, fd.Rule, fd.Message)
				}
			}
			if named != 1 {
				t.Errorf("the wrong name of unit 7 reported %d times by %s, want once", named, tc.rule)
			}
		})
	}
}
