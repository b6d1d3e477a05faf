package codegen_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// FuzzGate vets arbitrary candidates at a cursor: the gate never panics, and what it lets
// through never adds a syntax error to the unit nor writes the forbidden variable.
func FuzzGate(f *testing.F) {
	for _, s := range []string{"x := 1;", "forbidden := 2;", "x := (1 + ;", "IF x > 1 THEN\n  x := 2;\nEND_IF;",
		"(* 😀 *) x := x + 1;\r\n", "x := 1;\rforbidden := 1;", "END_IF;\nEND_PROGRAM\nPROGRAM Q", "forbidden\n:= 3;"} {
		f.Add(s)
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, cand string) {
		if len(cand) > 2000 || !utf8.ValidString(cand) {
			return
		}
		v := gateFor(t).Vet(ctx, cand)
		if v.Reason != "" {
			return
		}
		before := syntax.Count(parse(t, prog).Root())
		after := parse(t, prog[:cursorOffset]+v.Text+prog[cursorOffset:])
		if n := syntax.Count(after.Root()); n > before {
			t.Fatalf("the gate passed %q, which adds %d syntax errors", v.Text, n-before)
		}
		res := codegen.Diagnose(ctx, testPack{}, codegen.CheckRequest{Path: "p.st", File: after, Config: config.Default()})
		for _, fd := range res.Findings {
			if fd.Rule == "t/forbidden" {
				t.Fatalf("the gate passed %q, which writes forbidden", v.Text)
			}
		}
	})
}
