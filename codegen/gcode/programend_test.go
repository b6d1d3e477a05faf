package gcode

import (
	"context"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// LinuxCNC stops reading at the program end: notes below the final M2 are no syntax error,
// but the same notes before it are, and subprograms after a Fanuc M30 are still read.
func TestTextAfterProgramEndIsNotCode(t *testing.T) {
	pk := New()
	cases := []struct {
		text   string
		errors bool
	}{
		{"o<on_abort> sub\n  M5\no<on_abort> endsub\nm2\n\nThese are the abort numbers:\n  EMC_ABORT = 1,\n", false},
		{"G0 X1\nThese are the abort numbers:\nM2\n", true},
		{"o100 if [#1 GT 0]\n  M2\no100 endif\nnot code (\n", true},
		{"O1000\nG0 X1\nM30\nO2000\nG0 X2 = oops\nM99\n", true},
	}
	for _, c := range cases {
		f, err := codegen.Parse(context.Background(), pk, "/tmp/t.ngc", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := len(syntax.Errors(f, f.Root())) > 0; got != c.errors {
			t.Errorf("syntax errors %v, want %v in:\n%s", got, c.errors, c.text)
		}
	}
}
