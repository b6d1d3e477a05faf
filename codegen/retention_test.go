package codegen_test

import (
	"context"
	"runtime"
	"testing"
	"weak"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/st"
	"github.com/gantry-dev/gantry/codegen/syntax"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

// TestTypingKeepsNoOldVersions: a typing session where every keystroke asks for the
// cursor's unit (as a suggestion's context and gate do) and its model keeps no earlier
// version's text alive: what a snapshot remembers for itself must not reach the
// snapshots edited from it (a parsed window once did, through the facts they inherit,
// and the suggestion benchmark's heap grew by every version's text).
func TestTypingKeepsNoOldVersions(t *testing.T) {
	ctx, p, f, at := typingInLastUnit(t)
	var early []weak.Pointer[byte]
	for step := 0; step < 60; step++ {
		next, err := f.Apply(ctx, rangeChange(f, at, at, " "))
		if err != nil {
			t.Fatal(err)
		}
		f = next
		if _, _, _, ok := codegen.CursorUnit(ctx, p, f, nil, "main.st", at); !ok {
			t.Fatal("no cursor unit")
		}
		p.Check(ctx, codegen.CheckRequest{Path: "main.st", File: f})
		if step < 10 {
			early = append(early, weak.Make(&f.Bytes()[0]))
		}
	}
	runtime.GC()
	runtime.GC()
	kept := 0
	for _, w := range early {
		if w.Value() != nil {
			kept++
		}
	}
	if kept > 0 {
		t.Errorf("%d of the first 10 versions' texts are still alive after 50 more edits", kept)
	}
	runtime.KeepAlive(f)
}

// TestCursorWindowFollowsTyping: after each keystroke the cursor's unit is reparsed from
// the last version's window of it, around the edit; the window must be the one a fresh
// parse makes, whatever was typed (broken code included).
func TestCursorWindowFollowsTyping(t *testing.T) {
	ctx, p, f, at := typingInLastUnit(t)
	for step, typed := range []string{"I", "F", " ", "x", " ", "THEN", "\n", "(* 注释", " *)", "y := (", "1);", "\n", "END_IF;", "\n", "\x00"} {
		next, err := f.Apply(ctx, rangeChange(f, at, at, typed))
		if err != nil {
			t.Fatal(err)
		}
		f, at = next, at+len(typed)
		w, span, _, ok := codegen.CursorUnit(ctx, p, f, nil, "main.st", at)
		if !ok {
			t.Fatalf("step %d: no cursor unit", step)
		}
		fresh, err := f.ParseWindow(ctx, span[0], span[1])
		if err != nil {
			t.Fatal(err)
		}
		if got, want := w.Root().String(), fresh.Root().String(); got != want {
			t.Fatalf("step %d (typed %q): the cursor's window differs from a fresh parse:\n%s\nfresh:\n%s", step, typed, got, want)
		}
	}
}

// typingInLastUnit parses a document of many ST units and returns the offset before the
// last unit's END_PROGRAM, where the typing tests type.
func typingInLastUnit(t *testing.T) (context.Context, codegen.Pack, *syntax.File, int) {
	t.Helper()
	text := stUnitsDoc()
	f, err := syntax.Parse(context.Background(), stgrammar.Language(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return context.Background(), st.New(), f, len(text) - len("END_PROGRAM\n")
}
