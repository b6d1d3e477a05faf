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
	ctx := context.Background()
	p := st.New()
	text := stUnitsDoc()
	f, err := syntax.Parse(ctx, stgrammar.Language(), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	at := len(text) - len("END_PROGRAM\n")
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
			early = append(early, weak.Make(&f.Text[0]))
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
