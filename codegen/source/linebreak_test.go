package source

import (
	"math/rand"
	"slices"
	"testing"
)

// LSP 3.17: "\r\n", "\n" and a lone "\r" each end a line.
func TestLoneCarriageReturnEndsALine(t *testing.T) {
	l := NewLines([]byte("PROGRAM P\rVAR\r\nx : INT;\nEND_VAR\r"))
	want := []string{"PROGRAM P", "VAR", "x : INT;", "END_VAR", ""}
	if l.Count() != len(want) {
		t.Fatalf("%d lines, want %d", l.Count(), len(want))
	}
	for i, w := range want {
		if got := string(l.LineText(i)); got != w {
			t.Errorf("line %d = %q, want %q", i, got, w)
		}
	}
	if p := l.Position(len("PROGRAM P\rV")); p != (Position{1, 1}) {
		t.Errorf("position after a lone CR: %+v", p)
	}
	if off, _ := l.Offset(Position{2, 0}); off != len("PROGRAM P\rVAR\r\n") {
		t.Errorf("offset of line 2: %d", off)
	}
}

// The line index kept under edits equals a fresh one, whatever the edits do to CR/LF pairs
// (joining "\r" and "\n" into one break, splitting one apart).
func TestLinesApplyWithCarriageReturnsMatchesAFreshIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	alphabet := []string{"\r", "\n", "\r\n", "a", "ü", "🚀", " "}
	text := []byte("a\rb\r\nc\n\r\rd")
	l := NewLines(text)
	for i := 0; i < 3000; i++ {
		start := rng.Intn(len(text) + 1)
		end := min(start+rng.Intn(4), len(text))
		ins := ""
		for k := rng.Intn(4); k > 0; k-- {
			ins += alphabet[rng.Intn(len(alphabet))]
		}
		r := Range{l.PositionIn(start, UTF8), l.PositionIn(end, UTF8)}
		nt, e, err := Apply(l, Change{Range: &r, Text: ins, Encoding: UTF8})
		if err != nil {
			t.Fatal(err)
		}
		got, want := l.Apply(e, nt), NewLines(nt)
		if !slices.Equal(allStarts(got), allStarts(want)) {
			t.Fatalf("edit %d (%q over %d..%d of %q): %v, fresh %v", i, ins, start, end, text, allStarts(got), allStarts(want))
		}
		text, l = nt, got
	}
}
