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
		// a DOS end-of-file byte after the closing % ends the text
		{"%\r\nO1000\r\nG0 X1\r\nM30\r\n%\r\n\x1a", false},
		{"%\nO1000\nG0 X1\nM30\n%\n", false},
		// the tape's closing % reopens nothing: an old tail left above it never runs
		{"%\nO1000\nG0 X1\nM30\nG0 X2 = oops\nM30\n%\n(notes)\n", false},
		// a second % starts another tape, which is read
		{"%\nO1000\nG0 X1\nM30\n%\n%\nG0 X2 = oops\nM30\n%\n", true},
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

// The program end read from a document's chunks (their summaries, and the lines of those
// holding an M2/M30) is the one read from the whole text, whatever the chunk size.
func TestProgramEndOfChunks(t *testing.T) {
	texts := []string{
		"G21 G90\nG0 X1\nM2\nnotes below\nG1 X5 X6\n",
		"o<a> sub\no10 if [#1 LE 0]\n  o<a> endsub\n  M2\no10 endif\nG0 X#1\no<a> endsub\nM2\nnotes\n",
		"o100 if [#1 GT 0]\n  M2\no100 endif\nG0 X1\nM30\nnot code (\n",
		"O1000\nG0 X1\nM30\nO2000\nG0 X2\nM99\n",
		"G0 X1\nM30\n%\n",
		"%\nO1\nG0 X1\nM30\nG0 X2\nM30\n%\n(notes)\n",
		"%\nG0 X1\nM30\n%\n%\nG0 X2\nM30\n%\n",
		"G0 X1\nM2\n\n\n\no<later> sub\nG0 X2\no<later> endsub\n",
		"G0 X1\nG0 X2\n",
	}
	for _, text := range texts {
		want := programEnd([]byte(text))
		for n := 1; n <= 4; n++ {
			chunks := splitLines([]byte(text), 0, 0, n)
			for _, c := range chunks {
				scanChunk(c)
			}
			if got := programEndOf(chunks, len(text)); got != want {
				t.Errorf("chunks of %d lines: end %d, want %d in:\n%s", n, got, want, text)
			}
		}
	}
}
