package syntax_test

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
	"github.com/gantry-dev/gantry/grammars/st"
)

// A cut of a window is the unit as a document of its own, the insertion in place: its tree
// is the one a fresh parse of those bytes gives (whether or not the insertion breaks the
// syntax), its offsets count from the unit's start, and its lines keep the document's
// numbers.
func TestCutIsTheUnitAloneWithTheInsertion(t *testing.T) {
	ctx := context.Background()
	first := "FUNCTION_BLOCK FB_A\nVAR\n    n : INT; (* Zähler, 计数 *)\nEND_VAR\nn := n + 1;\nEND_FUNCTION_BLOCK\n\n"
	unit := "PROGRAM Main\nVAR\n    nCount : INT;\nEND_VAR\nIF nCount > 0 THEN\n    \nEND_IF;\nEND_PROGRAM\n"
	doc := first + unit + "\nFUNCTION F : INT\nF := 1;\nEND_FUNCTION\n"
	f, err := syntax.Parse(ctx, st.Language(), []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	start := len(first)
	w, err := f.ParseWindow(ctx, start, start+len(unit))
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(doc, "    \nEND_IF") + 4
	for _, insert := range []string{"nCount := nCount - 1;", "nCount := ;\nIF", "", "x\ny\n"} {
		cut, err := w.Cut(ctx, at, insert)
		if err != nil {
			t.Fatal(err)
		}
		want := unit[:at-start] + insert + unit[at-start:]
		if string(cut.Bytes()) != want {
			t.Fatalf("%q: text %q, want %q", insert, cut.Bytes(), want)
		}
		fresh, _ := syntax.Parse(ctx, st.Language(), []byte(want))
		if got, exp := cut.Root().String(), fresh.Root().String(); got != exp {
			t.Errorf("%q: tree\n%s\nwant a fresh parse's\n%s", insert, got, exp)
		}
		if s, e := cut.Span(); s != 0 || e != len(want) {
			t.Errorf("%q: span %d-%d, want the whole cut", insert, s, e)
		}
		// The IF line is the document's line 11 (0-based), 4 into the unit.
		if l := cut.Line(strings.Index(want, "IF nCount")); l != 11 {
			t.Errorf("%q: IF on line %d, want 11", insert, l)
		}
		if cut.Document() != w {
			t.Errorf("%q: a cut's document is the window it was cut from", insert)
		}
	}
	if _, err := w.Cut(ctx, start-1, "x"); err == nil {
		t.Error("an offset outside the window was cut")
	}
	if _, err := f.Cut(ctx, at, "x"); err == nil {
		t.Error("a whole document was cut as a window")
	}
}
