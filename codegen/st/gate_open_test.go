package st

import (
	"testing"

	"github.com/gantry-dev/gantry/codegen/config"
)

// TestGateDropsABlockLeftOpen: a POU written without its END_* keyword ends with the text
// (CODESYS saves one POU a file so, TwinCAT a declaration), and only a document of that
// POU alone has that form. A model's POU header that nothing closes, offered between two
// blocks (where the unit's window ends, which is no end of the text), after blocks that
// close with END_*, or in a large file's unit, is dropped; the header of a document that
// holds only that POU's declarations, a line inside such a POU and a block that closes
// are shown.
func TestGateDropsABlockLeftOpen(t *testing.T) {
	const fbA = "FUNCTION_BLOCK FB_A\nVAR\n    x : INT;\nEND_VAR\nx := 1;\nEND_FUNCTION_BLOCK\n"
	const fbB = "FUNCTION_BLOCK FB_B\nVAR\n    y : INT;\nEND_VAR\ny := 2;\nEND_FUNCTION_BLOCK\n"
	open := []string{
		"FUNCTION_BLOCK FB_X",
		"FUNCTION_BLOCK FB_X\nVAR\n    z : INT;\nEND_VAR",
		"PROGRAM P_X",
		"FUNCTION F_X : INT",
	}
	closed := "FUNCTION_BLOCK FB_X\nVAR\n    z : INT;\nEND_VAR\nz := 3;\nEND_FUNCTION_BLOCK"
	for name, src := range map[string]string{
		"between two blocks":  fbA + "\n|\n\n" + fbB,
		"after the last":      fbA + "\n" + fbB + "\n|",
		"after one":           fbA + "\n|",
		"in a large file":     bigFile(30) + "\n|\n" + bigFile(2),
		"at a large file end": bigFile(30) + "\n|",
	} {
		t.Run(name, func(t *testing.T) {
			want := map[string]string{closed: ""}
			for _, c := range open {
				want[c] = "syntax"
			}
			expectVerdicts(t, gateAt(t, "blocks.st", src, config.Default()), want)
		})
	}
	decl := "|\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR\nVAR\n    nCount : INT;\nEND_VAR\n"
	expectVerdicts(t, gateAt(t, "FB_Count.st", decl, config.Default()), map[string]string{"FUNCTION_BLOCK FB_Count": ""})
	prg := "|\nVAR\n    nCycle : INT;\nEND_VAR\nnCycle := nCycle + 1;\n"
	expectVerdicts(t, gateAt(t, "PLC_PRG.st", prg, config.Default()), map[string]string{"PROGRAM PLC_PRG": ""})
	inside := "FUNCTION_BLOCK FB_Count\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR\nVAR\n    nCount : INT;\n|\nEND_VAR\n"
	expectVerdicts(t, gateAt(t, "FB_Count.st", inside, config.Default()), map[string]string{"bLast : BOOL;": ""})
	body := "FUNCTION_BLOCK FB_Count\nVAR_INPUT\n    bIn : BOOL;\nEND_VAR\nVAR\n    nCount : INT;\nEND_VAR\n|"
	expectVerdicts(t, gateAt(t, "FB_Count.st", body, config.Default()), map[string]string{"nCount := nCount + 1;": ""})
}
