package workspace

import (
	"context"
	"fmt"
	"testing"

	"github.com/gantry-dev/gantry/codegen/syntax"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

// Files parsed for their names keep their trees, for their own checks, only while those
// trees hold at most a quarter of the bound of code; a file whose own check is done, or
// that leaves, makes room again. Where no bound is set (the server) none is kept.
func TestParsedFilesKeepTreesWithinTheBound(t *testing.T) {
	source := func(i int) string {
		return fmt.Sprintf("FUNCTION_BLOCK FB_%03d\nVAR_INPUT x : INT; END_VAR\nEND_FUNCTION_BLOCK\n", i)
	}
	parse := func(i int) *syntax.File {
		src := source(i)
		f, err := syntax.Parse(context.Background(), stgrammar.Language(), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	c := newLRU(100, 0)
	c.treeBytes = 4 * (3*len(source(0)) + 10) // a quarter of it: three files
	freed := 0
	free := func() { freed++ }
	var kept []bool
	for i := 0; i < 5; i++ {
		kept = append(kept, c.putParsed(fmt.Sprint(i), 1, 1, parse(i), free))
	}
	if want := []bool{true, true, true, false, false}; fmt.Sprint(kept) != fmt.Sprint(want) || freed != 2 {
		t.Fatalf("kept %v (%d freed), want %v", kept, freed, want)
	}
	c.putChecked("0", 1, 1, parse(0)) // its own check is done: room for one more
	if !c.putParsed("5", 1, 1, parse(5), free) {
		t.Error("no room after a file's own check")
	}
	c.remove("1") // gone: room for one more
	if !c.putParsed("6", 1, 1, parse(6), free) {
		t.Error("no room after a file left")
	}
	if c.putParsed("7", 1, 1, parse(7), free) {
		t.Error("a tree kept beyond the bound")
	}
	server := newLRU(100, 0)
	if server.putParsed("0", 1, 1, parse(0), free) {
		t.Error("a tree kept without a bound")
	}
}
