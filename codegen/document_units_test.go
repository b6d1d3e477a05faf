package codegen_test

import (
	"context"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rtl"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/st"
	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

// stUnitsDoc is a document with the things that move unit boundaries: doc comments and
// pragmas above POUs, a configuration holding globals, a block comment, methods.
func stUnitsDoc() string {
	var sb strings.Builder
	sb.WriteString("(* Anlage 3 – Förderband *)\nTYPE E_Mode : (Manual, Auto);\nEND_TYPE\n\n")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&sb, "// Baustein %d 控制\n{attribute 'hide'}\nFUNCTION_BLOCK FB_Unit%d\nVAR_INPUT\n    bStart : BOOL;\nEND_VAR\nVAR\n    nCount : INT;\nEND_VAR\n(* Zähler\n   mehrzeilig *)\nnCount := nCount + 1;\nEND_FUNCTION_BLOCK\n\n", i, i)
		if i%4 == 1 {
			sb.WriteString("CONFIGURATION Cfg\nVAR_GLOBAL\n    gRun : BOOL;\nEND_VAR\nEND_CONFIGURATION\n\n")
		}
	}
	sb.WriteString("PROGRAM Main\nVAR\n    fb : FB_Unit1;\nEND_VAR\nfb(bStart := TRUE);\nEND_PROGRAM\n")
	return sb.String()
}

const rtlUnitsDoc = "`timescale 1ns/1ps\n// top\nmodule a (input logic clk, output logic q);\n  always_ff @(posedge clk) q <= ~q;\nendmodule\n\n/* block\n   comment */\nmodule b #(parameter W = 4) (input logic [W-1:0] d, output logic [W-1:0] y);\n  assign y = d;\nendmodule\n\npackage p;\n  typedef enum {A, B} e_t;\nendpackage\n\ninterface bus_if;\n  logic v;\nendinterface\n\nmodule c;\n  a u_a (.clk(), .q());\nendmodule\n"

// TestDocumentUnitsFollowEdits: after every one of many random edits (typing, deleting,
// pasting unit headers, opening comments that swallow what follows), the units derived
// from the previous snapshot's are exactly those a scan of the whole new text finds, and
// so are the names each declares.
func TestDocumentUnitsFollowEdits(t *testing.T) {
	for _, tc := range []struct {
		name string
		pack codegen.Pack
		text string
		bits []string
	}{
		{"st", st.New(), stUnitsDoc(), []string{"x", "\n", "END_FUNCTION_BLOCK\n", "FUNCTION_BLOCK FB_New\n", "(*", "*)", "//", "'", "PROGRAM P2\nEND_PROGRAM\n", "VAR_GLOBAL\n g : INT;\nEND_VAR\n", "ß中", "\nCONFIGURATION C2\n", "END_CONFIGURATION\n", "{pragma}\n", "nCount := nCount + 1;\n"}},
		{"rtl", rtl.New(), rtlUnitsDoc, []string{"x", "\n", "endmodule\n", "module m2;\n", "/*", "*/", "//", "\"", "package q;\nendpackage\n", "class k;\nendclass\n", "begin", "end", "`define X 1\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			us := tc.pack.(codegen.UnitScanner)
			ns, _ := tc.pack.(codegen.NameScanner)
			rng := rand.New(rand.NewSource(7))
			lang := stgrammar.Language()
			if tc.name == "rtl" {
				lang = rtlgrammar.Language()
			}
			f := syntax.TextOnly(lang, []byte(tc.text))
			codegen.UnitsOf(us, f)
			incremental := 0
			for step := 0; step < 3000; step++ {
				text := f.Bytes()
				at := rng.Intn(len(text) + 1)
				var change source.Change
				if rng.Intn(3) == 0 && len(text) > 0 {
					end := min(len(text), at+rng.Intn(40))
					change = rangeChange(f, at, end, "")
				} else {
					change = rangeChange(f, at, at, tc.bits[rng.Intn(len(tc.bits))])
				}
				next, err := f.Apply(context.Background(), change)
				if err != nil {
					t.Fatal(err)
				}
				du := codegen.UnitsOf(us, next)
				want := us.Units(next.Bytes())
				if !reflect.DeepEqual(du.Ranges, want) {
					t.Fatalf("step %d: units %v, a whole scan finds %v\n%s", step, du.Ranges, want, next.Bytes())
				}
				if ns != nil {
					for _, r := range want {
						for _, name := range ns.DeclaredNames(next.Bytes()[r[0]:r[1]]) {
							if !du.Declares(name) {
								t.Fatalf("step %d: %q declared in %v is not known", step, name, r)
							}
						}
					}
				}
				if len(f.Bytes()) > 4000 || len(f.Bytes()) < 200 {
					next = syntax.TextOnly(lang, []byte(tc.text)) // keep the document a realistic size
					codegen.UnitsOf(us, next)
				} else {
					incremental++
				}
				f = next
			}
			t.Logf("%d edits", incremental)
		})
	}
}

func rangeChange(f *syntax.File, start, end int, text string) source.Change {
	r := source.Range{Start: f.Lines.Position(start), End: f.Lines.Position(end)}
	return source.Change{Range: &r, Text: text}
}
