package rtl

import (
	"context"
	"os"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
	rtlgrammar "github.com/gantry-dev/gantry/grammars/rtl"
)

// TestDump prints the tree of $RTL_DUMP (a debugging aid; skipped otherwise).
func TestDump(t *testing.T) {
	path := os.Getenv("RTL_DUMP")
	if path == "" {
		t.Skip("set RTL_DUMP=file.v to print its tree")
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := syntax.Parse(context.Background(), rtlgrammar.Language(), text)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(f.Root().String())
}
