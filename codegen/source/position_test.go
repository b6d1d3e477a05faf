package source

import (
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// German umlauts are 2 bytes and 1 UTF-16 unit; CJK characters 3 bytes and 1 unit; an emoji
// 4 bytes and 2 units (a surrogate pair).
const mixed = "(* Motor prüfen *)\r\nx := 1; // 启动电机 🚀 ok\nÄ\n"

func TestOffsetAndPositionRoundTripNonASCII(t *testing.T) {
	l := NewLines([]byte(mixed))
	cases := []struct {
		p    Position
		text string // what starts at the offset
	}{
		{Position{0, 0}, "(* Motor"},
		{Position{0, 11}, "üfen"},
		{Position{0, 12}, "fen"},
		{Position{1, 11}, "启动"},
		{Position{1, 12}, "动电"},
		{Position{1, 16}, "🚀"},
		{Position{1, 18}, " ok"},
		{Position{2, 1}, "\n"},
	}
	for _, c := range cases {
		off, err := l.Offset(c.p)
		if err != nil {
			t.Fatalf("%v: %v", c.p, err)
		}
		if got := mixed[off:]; len(got) < len(c.text) || got[:len(c.text)] != c.text {
			t.Errorf("%v: offset %d starts %q, want %q", c.p, off, got, c.text)
		}
		if back := l.Position(off); back != c.p {
			t.Errorf("%v: round trip gave %v", c.p, back)
		}
	}
}

func TestOffsetClampsAndRejects(t *testing.T) {
	l := NewLines([]byte(mixed))
	off, err := l.Offset(Position{0, 500})
	if err != nil || mixed[off:off+2] != "\r\n" {
		t.Errorf("character past the line end must clamp before CRLF, got %d %v", off, err)
	}
	// Inside the surrogate pair of the emoji: snaps to its start.
	off, _ = l.Offset(Position{1, 17})
	if mixed[off:off+4] != "🚀" {
		t.Errorf("mid-surrogate offset %d", off)
	}
	if _, err := l.Offset(Position{9, 0}); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("line past the end: %v", err)
	}
	if _, err := l.Offset(Position{-1, 0}); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("negative: %v", err)
	}
}

func TestRuneColumnCountsCodePoints(t *testing.T) {
	l := NewLines([]byte(mixed))
	off, _ := l.Offset(Position{1, 18}) // after the emoji
	if got := l.RuneColumn(off); got != 17 {
		t.Errorf("rune column %d, want 17", got)
	}
}

func TestApplyIncrementalChangeReportsEdit(t *testing.T) {
	l := NewLines([]byte("a := 1; (* Größe *)\nb := 2;\n"))
	text, e, err := Apply(l, Change{Range: &Range{Position{0, 14}, Position{1, 1}}, Text: "x\ny\nc"})
	if err != nil {
		t.Fatal(err)
	}
	if string(text) != "a := 1; (* Gröx\ny\nc := 2;\n" {
		t.Fatalf("text %q", text)
	}
	if e.StartByte != 15 || e.OldEndByte != 23 || e.NewEndByte != 20 {
		t.Errorf("bytes %+v", e)
	}
	if e.StartRow != 0 || e.StartColumn != 15 || e.OldEndRow != 1 || e.OldEndColumn != 1 || e.NewEndRow != 2 || e.NewEndColumn != 1 {
		t.Errorf("points %+v", e)
	}
	if _, _, err := Apply(l, Change{Range: &Range{Position{5, 0}, Position{5, 1}}}); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("out of range change: %v", err)
	}
}

func TestCheckText(t *testing.T) {
	if r := CheckText([]byte("ok 启动")); r != "" {
		t.Error(r)
	}
	if r := CheckText([]byte("a\x00b")); r == "" {
		t.Error("NUL must be rejected")
	}
	if r := CheckText([]byte("a\nb\xff")); r != "invalid UTF-8 at line 2" {
		t.Error(r)
	}
}

func TestOffsetAtRuneColumn(t *testing.T) {
	l := NewLines([]byte(mixed))
	off, err := l.OffsetAtRuneColumn(2, 12) // 1-based: the second CJK character
	if err != nil || mixed[off:off+3] != "启" {
		t.Errorf("got %d %v (%q)", off, err, mixed[off:])
	}
	if _, err := l.OffsetAtRuneColumn(99, 1); !errors.Is(err, ErrOutOfRange) {
		t.Error("line 99 must be out of range")
	}
}

func TestLinesApplyMatchesAFreshIndex(t *testing.T) {
	text := "a\nbb\nccc\n\nd 启动\n"
	l := NewLines([]byte(text))
	for _, c := range []Change{
		{Range: &Range{Position{1, 1}, Position{3, 0}}, Text: "X\nY\nZ"},
		{Range: &Range{Position{0, 0}, Position{0, 0}}, Text: "\n\n"},
		{Range: &Range{Position{4, 0}, Position{5, 0}}, Text: ""},
		{Range: &Range{Position{2, 2}, Position{2, 2}}, Text: "no newline"},
	} {
		nt, e, err := Apply(l, c)
		if err != nil {
			t.Fatal(err)
		}
		got, want := l.Apply(e, nt), NewLines(nt)
		if len(allStarts(got)) != len(allStarts(want)) {
			t.Fatalf("%q: %v vs %v", nt, allStarts(got), allStarts(want))
		}
		for i := range allStarts(want) {
			if allStarts(got)[i] != allStarts(want)[i] {
				t.Fatalf("%q: %v vs %v", nt, allStarts(got), allStarts(want))
			}
		}
	}
}

// With utf-8 negotiated, characters are byte columns: no conversion, and a column inside a
// multi-byte character snaps to its start.
func TestUTF8PositionsAreByteColumns(t *testing.T) {
	l := NewLines([]byte(mixed))
	line1 := len("(* Motor prüfen *)\r\n")
	for _, c := range []struct {
		p    Position
		text string
	}{
		{Position{0, 11}, "üfen"},
		{Position{0, 13}, "fen"},
		{Position{0, 12}, "üfen"}, // inside ü
		{Position{1, 14}, "动电"},
		{Position{1, 24}, "🚀"},
		{Position{1, 26}, "🚀"}, // inside the emoji
		{Position{1, 29}, "ok"},
		{Position{1, 99}, "\nÄ"},
	} {
		off, err := l.OffsetIn(c.p, UTF8)
		if err != nil {
			t.Fatal(err)
		}
		if got := mixed[off:]; len(got) < len(c.text) || got[:len(c.text)] != c.text {
			t.Errorf("%v: offset %d starts %q, want %q", c.p, off, got, c.text)
		}
	}
	if p := l.PositionIn(line1+14, UTF8); p != (Position{1, 14}) {
		t.Errorf("PositionIn: %v", p)
	}
	if p := l.PositionIn(line1+14, UTF16); p != (Position{1, 12}) {
		t.Errorf("PositionIn utf-16: %v", p)
	}
	text, _, err := Apply(l, Change{Range: &Range{Start: Position{0, 11}, End: Position{0, 13}}, Text: "u", Encoding: UTF8})
	if err != nil || string(text[:16]) != "(* Motor prufen " {
		t.Errorf("Apply in utf-8: %q %v", text, err)
	}
}

// allStarts lists every line's start.
func allStarts(l *Lines) []int {
	out := make([]int, l.Count())
	for i := range out {
		out[i] = l.Start(i)
	}
	return out
}

// TestLinesApplyAcrossBlocks: thousands of random edits to a text of several blocks of
// lines (inserting and deleting breaks, CRLF halves, whole line ranges) leave an index
// equal to a fresh one, line by line and offset by offset.
func TestLinesApplyAcrossBlocks(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 3*maxLineBlockSize; i++ {
		fmt.Fprintf(&sb, "N%d G1 X%d ; Zeile 行\r\n", i, i)
	}
	text := []byte(sb.String())
	l := NewLines(text)
	rng := rand.New(rand.NewSource(3))
	bits := []string{"\n", "\r", "\r\n", "x", "G0 Z5\nG1 X1\n", ""}
	for step := 0; step < 2000; step++ {
		a := rng.Intn(len(text) + 1)
		b := a
		if rng.Intn(3) == 0 {
			b = min(len(text), a+rng.Intn(60))
		}
		c := Change{Range: &Range{l.Position(a), l.Position(b)}, Text: bits[rng.Intn(len(bits))]}
		nt, e, err := Apply(l, c)
		if err != nil {
			t.Fatal(err)
		}
		got, want := l.Apply(e, nt), NewLines(nt)
		if !slices.Equal(allStarts(got), allStarts(want)) {
			t.Fatalf("step %d: the index differs from a fresh one", step)
		}
		for k := 0; k < 20; k++ {
			off := rng.Intn(len(nt) + 1)
			if got.LineOf(off) != want.LineOf(off) {
				t.Fatalf("step %d: LineOf(%d) = %d, fresh %d", step, off, got.LineOf(off), want.LineOf(off))
			}
		}
		text, l = nt, got
	}
	if len(l.blocks) < 3 {
		t.Errorf("%d blocks at the end: the test no longer spans blocks", len(l.blocks))
	}
}

// TestPositionInsideACharacterIsItsStart: a byte offset inside a multi-byte character has
// the character's position, so positions never decrease as offsets grow (an edit range
// built from two offsets never ends before it starts; found by FuzzIncrementalEdit).
func TestPositionInsideACharacterIsItsStart(t *testing.T) {
	l := NewLines([]byte(mixed))
	for _, enc := range []Encoding{UTF16, UTF8} {
		prev := Position{}
		for off := 0; off <= len(mixed); off++ {
			p := l.PositionIn(off, enc)
			if p.Line < prev.Line || p.Line == prev.Line && p.Character < prev.Character {
				t.Fatalf("%s: offset %d is at %v, before offset %d's %v", enc, off, p, off-1, prev)
			}
			prev = p
		}
	}
	at := strings.Index(mixed, "启")
	if got, want := l.Position(at+1), l.Position(at); got != want {
		t.Errorf("inside 启: %v, want %v", got, want)
	}
	if got, want := l.RuneColumn(at+2), l.RuneColumn(at); got != want {
		t.Errorf("rune column inside 启: %d, want %d", got, want)
	}
}
