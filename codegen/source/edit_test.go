package source

import (
	"bytes"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestEditKeepsTheTextInBlocks: random edits through Edit (inserting and deleting breaks,
// CR/LF halves, umlauts, CJK and emoji, whole line ranges) give an index whose lines,
// slices and positions equal a fresh index of the same text, joined never being made
// until Text is called; the text joined then equals the one Apply makes.
func TestEditKeepsTheTextInBlocks(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 3*maxLineBlockSize; i++ {
		fmt.Fprintf(&sb, "N%d G1 X%d (Zeile 行 🚀)\r\n", i, i)
	}
	for _, start := range []string{sb.String(), "a\rb\r\nc\n\r\rd", ""} {
		text := []byte(start)
		l := NewLines(text)
		rng := rand.New(rand.NewSource(5))
		bits := []string{"\n", "\r", "\r\n", "x", "ü", "启", "🚀", "G0 Z5\nG1 X1\n", ""}
		for step := 0; step < 1500; step++ {
			a := rng.Intn(len(text) + 1)
			b := a
			if rng.Intn(3) == 0 {
				b = min(len(text), a+rng.Intn(80))
			}
			enc := Encoding(rng.Intn(2))
			c := Change{Range: &Range{l.PositionIn(a, enc), l.PositionIn(b, enc)}, Text: bits[rng.Intn(len(bits))], Encoding: enc}
			wantText, wantEdit, err := Apply(l, c)
			if err != nil {
				t.Fatal(err)
			}
			got, e, err := l.Edit(c)
			if err != nil {
				t.Fatal(err)
			}
			if e != wantEdit {
				t.Fatalf("step %d: edit %+v, Apply's %+v", step, e, wantEdit)
			}
			if got.Joined() {
				t.Fatalf("step %d: the edited text was joined", step)
			}
			want := NewLines(wantText)
			if got.Len() != len(wantText) || got.Count() != want.Count() || !slices.Equal(allStarts(got), allStarts(want)) {
				t.Fatalf("step %d: the index differs from a fresh one", step)
			}
			for k := 0; k < 10; k++ {
				off := rng.Intn(len(wantText) + 1)
				line := want.LineOf(off)
				if got.LineOf(off) != line || got.End(line) != want.End(line) || !bytes.Equal(got.LineText(line), want.LineText(line)) {
					t.Fatalf("step %d: line %d at %d differs", step, line, off)
				}
				if got.Position(off) != want.Position(off) || got.RuneColumn(off) != want.RuneColumn(off) {
					t.Fatalf("step %d: position of %d: %v, fresh %v", step, off, got.Position(off), want.Position(off))
				}
				p := want.Position(off)
				if o1, o2 := mustOffset(t, got, p), mustOffset(t, want, p); o1 != o2 {
					t.Fatalf("step %d: offset of %v: %d, fresh %d", step, p, o1, o2)
				}
				to := min(len(wantText), off+rng.Intn(3*len(wantText)/(maxLineBlockSize+1)+2))
				if !bytes.Equal(got.Slice(off, to), wantText[off:to]) {
					t.Fatalf("step %d: slice %d..%d differs", step, off, to)
				}
			}
			if got.Joined() {
				t.Fatalf("step %d: reading lines joined the text", step)
			}
			text, l = wantText, got
		}
		var pieces []byte
		for off, data := range l.Pieces {
			if off != len(pieces) {
				t.Fatalf("a piece at %d after %d bytes", off, len(pieces))
			}
			pieces = append(pieces, data...)
		}
		if !bytes.Equal(pieces, text) || l.Joined() {
			t.Fatalf("the pieces differ from the text, or were joined")
		}
		if !bytes.Equal(l.Text(), text) || !l.Joined() {
			t.Fatalf("the joined text differs from Apply's")
		}
		if len(start) > 1000 && len(l.blocks) < 3 {
			t.Errorf("%d blocks at the end: the test no longer spans blocks", len(l.blocks))
		}
	}
}

func mustOffset(t *testing.T, l *Lines, p Position) int {
	off, err := l.Offset(p)
	if err != nil {
		t.Fatal(err)
	}
	return off
}

// A whole-text change through Edit starts a new index; positions past the end are errors.
func TestEditWholeTextAndBadRanges(t *testing.T) {
	l := NewLines([]byte("a\nb\n"))
	nl, e, err := l.Edit(Change{Text: "x 启动\ny"})
	if err != nil || string(nl.Text()) != "x 启动\ny" || e.OldEndByte != 4 || e.NewEndRow != 1 {
		t.Fatalf("%q %+v %v", nl.Text(), e, err)
	}
	if _, _, err := l.Edit(Change{Range: &Range{Position{5, 0}, Position{5, 0}}, Text: "z"}); err == nil {
		t.Error("an edit past the end was accepted")
	}
	if _, _, err := l.Edit(Change{Range: &Range{Position{1, 0}, Position{0, 0}}, Text: "z"}); err == nil {
		t.Error("a range ending before it starts was accepted")
	}
}
