package gcode

import (
	"context"
	"os"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// TestObjectCancelNameIsText: M486's A names the object printed next, in text to the end of
// the line (`M486 Abracket-left.stl`, as PrusaSlicer writes it, or quoted as RepRapFirmware
// takes it): the tree reads it as the command's text, not as letters and a syntax error,
// and the line scanner (the path of large files) keeps it as the block's text.
func TestObjectCancelNameIsText(t *testing.T) {
	text, err := os.ReadFile("testdata/rules/marlin/object_cancel_labels.gcode")
	if err != nil {
		t.Fatal(err)
	}
	f, err := syntax.Parse(context.Background(), language, text)
	if err != nil {
		t.Fatal(err)
	}
	if f.Root().HasError() {
		t.Fatalf("M486 object labels do not parse: %s", f.Root().String())
	}
	for line, want := range map[string]string{
		"M486 Abracket-left.stl":   "Abracket-left.stl",
		`M486 S1 A"spacer copy 2"`: `S1 A"spacer copy 2"`,
		"M486 S-1":                 "S-1",
	} {
		var b Block
		scanLine(&b, []byte(line), 0, 0, len(line))
		if b.Bad() || b.Text != want {
			t.Errorf("%q: text %q (bad %v), want %q", line, b.Text, b.Bad(), want)
		}
	}
}
